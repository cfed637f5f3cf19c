//! Output formats: each its own small renderer over the same [`Report`].

mod concise;
mod github;
mod html;
mod human;
mod json;
mod sarif;
mod statistics;

use std::io::{self, Write};

use crate::engine::Report;

pub use json::JSON_FORMAT_VERSION;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Like rustc and ruff: message, location and the source underlined.
    Human,
    /// `path:line:col: CODE message`, one line each.
    Concise,
    /// The stable JSON contract (see the README).
    Json,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// GitHub Actions workflow commands, which annotate pull requests.
    Github,
    /// One self-contained HTML page summarising the run.
    Html,
}

impl Format {
    /// Every format's name, for help texts.
    pub const NAMES: [&'static str; 6] = ["human", "concise", "json", "sarif", "github", "html"];

    /// The format with this name.
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "human" => Some(Format::Human),
            "html" => Some(Format::Html),
            "concise" => Some(Format::Concise),
            "json" => Some(Format::Json),
            "sarif" => Some(Format::Sarif),
            "github" => Some(Format::Github),
            _ => None,
        }
    }
}

/// How to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RenderOptions {
    /// Use ANSI colours (human format only).
    pub color: bool,
    /// Print counts per rule instead of the findings (human and concise formats).
    pub statistics: bool,
    /// Leave out the closing summary line (human and concise formats).
    pub quiet: bool,
}

/// Write `report` to `out` in `format`.
pub fn render(
    report: &Report,
    format: Format,
    options: RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human | Format::Concise if options.statistics => statistics::render(report, out)?,
        Format::Human => human::render(report, options.color, out)?,
        Format::Concise => concise::render(report, out)?,
        Format::Json => return json::render(report, out),
        Format::Sarif => return sarif::render(report, out),
        Format::Github => return github::render(report, out),
        Format::Html => return html::render(report, out),
    }
    if !options.quiet {
        writeln!(out, "{}", summary_line(report))?;
    }
    Ok(())
}

/// The closing line of human output: how many findings in how many documents.
pub fn summary_line(report: &Report) -> String {
    let n = report.diagnostics.len();
    let docs = plural(report.documents, "document");
    let mut line = match n {
        0 => format!("No findings in {docs}."),
        _ => format!("Found {} in {docs}.", plural(n, "finding")),
    };
    if report.baselined > 0 {
        line.pop();
        line.push_str(&format!(
            " ({} accepted by the baseline).",
            plural(report.baselined, "finding")
        ));
    }
    line
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The label of a location in text output: `path:line:col`, with the record
/// id for JSONL records (`path#id:line:col`).
pub(crate) fn location_label(location: &presslint_core::Location) -> String {
    format!(
        "{}:{}:{}",
        location.doc, location.start.line, location.start.column
    )
}

/// The source a finding belongs to, for counts by source: the JSONL file of
/// a record, the folder of a file.
pub(crate) fn source_of(d: &presslint_core::Diagnostic) -> &str {
    let doc = &d.location.doc;
    match doc.line {
        Some(_) => doc.path.as_str(),
        None => doc.path.rsplit_once('/').map_or(".", |(dir, _)| dir),
    }
}
