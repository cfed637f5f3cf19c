//! The `presslint` command line, as a library so that it can be run and
//! tested in-process: [`run`] takes the arguments and the standard streams and
//! returns the exit code.
//!
//! Exit codes: `0` no finding at or above the failing severity, `1`
//! findings, `2` a usage, configuration or output error.
//!
//! ```
//! let mut out = Vec::new();
//! let mut err = Vec::new();
//! let code = presslint_cli::run(["presslint", "rule", "B101"], std::io::empty(), &mut out, &mut err, Default::default());
//! assert_eq!(code, 0);
//! assert!(String::from_utf8(out).unwrap().starts_with("# wire-dateline (B101)"));
//! ```
#![deny(missing_docs)]

mod args;
mod check;
mod clean_cmd;
mod figures_cmd;
mod progress;
mod rules_cmd;
mod sketch_cmd;

use std::ffi::OsString;
use std::io::{Read, Write};

use clap::Parser;

pub use args::Cli;

/// Exit code: nothing at or above the failing severity.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above the failing severity.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage, configuration or output error.
pub const EXIT_ERROR: u8 = 2;

/// Whether the standard streams are terminals (decides colour and progress).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terminal {
    /// Standard output is a terminal.
    pub stdout: bool,
    /// Standard error is a terminal.
    pub stderr: bool,
}

/// Run the command line with `args` (the first is the program name) and
/// return the exit code.
pub fn run<I, T>(
    args: I,
    stdin: impl Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
    terminal: Terminal,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            let text = err.render().to_string();
            return if err.use_stderr() {
                let _ = write!(stderr, "{text}");
                EXIT_ERROR
            } else {
                let _ = write!(stdout, "{text}");
                EXIT_OK
            };
        }
    };
    let result = match cli.command {
        args::Command::Check(check) => check::run(check, stdin, stdout, stderr, terminal),
        args::Command::Clean(clean) => clean_cmd::run(clean, stdin, stdout, stderr),
        args::Command::Rules { format } => rules_cmd::list(format, stdout),
        args::Command::Rule { code } => rules_cmd::show(&code, stdout),
        args::Command::Figures(figures) => figures_cmd::run(figures, stdin, stdout, stderr),
        args::Command::Sketch(sketch) => sketch_cmd::run(sketch, stdin, stdout, stderr),
        args::Command::Report(report) => {
            // `check --format html -o FILE`, under the name a reader looks for.
            let mut argv: Vec<OsString> = vec!["presslint".into(), "check".into()];
            argv.extend(report.paths.iter().map(|p| p.clone().into_os_string()));
            argv.extend([
                "--format".into(),
                "html".into(),
                "--exit-zero".into(),
                "-o".into(),
            ]);
            argv.push(report.html.clone().into_os_string());
            if let Some(config) = &report.config {
                argv.extend(["--config".into(), config.clone().into_os_string()]);
            }
            if report.no_baseline {
                argv.push("--no-baseline".into());
            }
            match Cli::try_parse_from(argv).map(|cli| cli.command) {
                Ok(args::Command::Check(check)) => check::run(check, stdin, stdout, stderr, terminal),
                _ => Err("cannot build the report's check".to_string()),
            }
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(stderr, "presslint: error: {message}");
            EXIT_ERROR
        }
    }
}

/// The configuration a command uses: the file given with `--config`, or the
/// `presslint.toml` found from the first path (not `-`) upwards.
fn load_config(
    config: Option<&std::path::Path>,
    paths: &[std::path::PathBuf],
) -> Result<presslint_lint::Config, String> {
    match config {
        Some(path) => presslint_lint::Config::load(path),
        None => presslint_lint::Config::discover(
            paths
                .iter()
                .find(|p| p.as_os_str() != "-")
                .map_or(std::path::Path::new("."), |p| p),
        ),
    }
    .map_err(|e| e.to_string())
}

/// An error for the first path given that does not exist (`-` is standard input).
fn require_paths(paths: &[std::path::PathBuf]) -> Result<(), String> {
    // A link whose target is missing passes: reading it is a V001 finding,
    // and the run goes on with the rest.
    match paths
        .iter()
        .find(|p| p.as_os_str() != "-" && !p.exists() && p.symlink_metadata().is_err())
    {
        Some(missing) => Err(format!("`{}` does not exist", missing.display())),
        None => Ok(()),
    }
}

/// The inputs and a linter without a baseline, for the commands that read
/// documents without checking them (`figures`, `sketch`).
fn reading_linter(
    config: Option<&std::path::Path>,
    paths: &[std::path::PathBuf],
) -> Result<(presslint_lint::Linter, Vec<presslint_lint::Input>), String> {
    require_paths(paths)?;
    let linter = presslint_lint::Linter::builder()
        .config(load_config(config, paths)?)
        .use_baseline(false)
        .build()
        .map_err(|e| e.to_string())?;
    Ok((linter, inputs(paths)))
}

/// The inputs the paths of a command name: `-` is standard input.
fn inputs(paths: &[std::path::PathBuf]) -> Vec<presslint_lint::Input> {
    paths
        .iter()
        .map(|p| {
            if p.as_os_str() == "-" {
                presslint_lint::Input::Stdin
            } else {
                presslint_lint::Input::Path(p.clone())
            }
        })
        .collect()
}
