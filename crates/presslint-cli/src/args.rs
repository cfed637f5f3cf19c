//! Arguments, parsed with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// presslint keeps a corpus of press releases and news articles clean: it
/// finds duplicate coverage, boilerplate residue, inconsistent figures and
/// invalid data.
#[derive(Debug, Parser)]
#[command(name = "presslint", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check documents and report findings.
    Check(CheckArgs),
    /// Write documents without their boilerplate residue.
    Clean(CleanArgs),
    /// List every rule: code, name, family, default severity.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
    },
    /// Write one sketch record a document (JSONL), for the corpus pass to run
    /// elsewhere: `presslint check --sketches DIR` over the merged shards.
    Sketch(SketchArgs),
    /// Write one self-contained HTML page summarising a corpus: findings by
    /// rule and source, duplicate clusters, template lines, every finding.
    Report(ReportArgs),
    /// Show the figures and relative dates the figure rules read, with their
    /// values, intervals, units and fact keys.
    Figures(FiguresArgs),
    /// Print a rule's documentation.
    Rule {
        /// The rule's code, such as B101.
        code: String,
    },
}

/// Formats of `presslint rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table.
    Human,
    /// A JSON array.
    Json,
}

/// Output formats of `presslint check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Source snippets with the span underlined, like rustc.
    Human,
    /// One line a finding: path:line:col: CODE message.
    Concise,
    /// The stable JSON contract.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// One self-contained HTML page (write it with `-o report.html`).
    Html,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Arguments of `presslint check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and directories to check; `-` reads one document from standard input.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Keep per-document results in this folder and reuse them on the next
    /// run for documents that did not change (same bytes, same configuration).
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// Run the corpus rules over the sketch files in this folder (`*.jsonl`,
    /// or Spark's `part-*` files), written by `presslint sketch`, instead of
    /// reading documents; findings written with `sketch --findings` join them.
    #[arg(long, value_name = "DIR")]
    pub sketches: Option<PathBuf>,
    /// Configuration file (default: presslint.toml found from the first path upwards).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Run only these rules (codes or prefixes, comma-separated), replacing the configured selection.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub select: Option<Vec<String>>,
    /// Do not run these rules (codes or prefixes).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub ignore: Vec<String>,
    /// Run these rules as well (codes or prefixes).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub extend_select: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Print the number of findings per rule instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Baseline of accepted findings (overrides the configuration's).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write every current finding to the baseline, accepting them.
    #[arg(long)]
    pub update_baseline: bool,
    /// Report every finding, including those the baseline accepts.
    #[arg(long, conflicts_with_all = ["baseline", "update_baseline"])]
    pub no_baseline: bool,
    /// Exit with 0 even when there are findings.
    #[arg(long)]
    pub exit_zero: bool,
    /// Number of threads (default: one per core). Output does not depend on it.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Print findings only: no summary line and no progress.
    #[arg(long, short)]
    pub quiet: bool,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print how long each stage took to standard error.
    #[arg(long)]
    pub timings: bool,
}

/// Arguments of `presslint clean`.
#[derive(Debug, Args)]
pub struct CleanArgs {
    /// Files and directories to clean; `-` reads one document from standard
    /// input. Without `--out` or `--write`, one document is written to
    /// standard output.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Write cleaned copies into this folder, mirroring the input tree.
    #[arg(long, value_name = "DIR", conflicts_with = "write")]
    pub out: Option<PathBuf>,
    /// Rewrite the files in place (atomically; files with nothing to remove are not touched).
    #[arg(long)]
    pub write: bool,
    /// Show what would be removed, and write nothing.
    #[arg(long)]
    pub diff: bool,
    /// Remove residue only at or above this confidence (default 0.8, or `[clean] min-confidence`).
    #[arg(long, value_name = "X")]
    pub min_confidence: Option<f32>,
    /// Configuration file (default: presslint.toml found from the first path upwards).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Arguments of `presslint figures`.
#[derive(Debug, clap::Args)]
pub struct FiguresArgs {
    /// Files and directories to read; `-` reads one document from standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub format: ListFormat,
    /// Configuration file (default: presslint.toml found from the first path upwards).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Arguments of `presslint report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Files and directories to check.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Where to write the page.
    #[arg(long, value_name = "FILE")]
    pub html: PathBuf,
    /// Configuration file (default: presslint.toml found from the first path upwards).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Include the findings the baseline accepts.
    #[arg(long)]
    pub no_baseline: bool,
}

/// Arguments of `presslint sketch`.
#[derive(Debug, clap::Args)]
pub struct SketchArgs {
    /// Files and directories to read; `-` reads one document from standard input.
    #[arg(required_unless_present = "located")]
    pub paths: Vec<PathBuf>,
    /// Where to write the sketches, one JSON record a line; `-` is standard output.
    #[arg(short = 'o', long = "output-file", value_name = "FILE")]
    pub output: PathBuf,
    /// Read standard input as located documents, one JSON object a line:
    /// `{"path": P, "line": N, "record": R}` for line N of the JSONL file P,
    /// or `{"path": P, "text": T}` for the text file P (for pipes from a
    /// job that has split the corpus itself, such as a Spark partition).
    #[arg(long, conflicts_with = "paths")]
    pub located: bool,
    /// Run the per-document rules too, and write their findings beside the
    /// sketches, so that `check --sketches` gives the whole report.
    #[arg(long)]
    pub findings: bool,
    /// Configuration file (default: presslint.toml found from the first path upwards).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}
