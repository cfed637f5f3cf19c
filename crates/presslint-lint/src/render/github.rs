use std::io::{self, Write};

use presslint_core::Severity;

use crate::engine::Report;

/// GitHub Actions workflow commands. Positions are file lines: for a JSONL
/// record that is the record's line, and the record's id leads the message.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for d in &report.diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let loc = &d.location;
        let mut props = format!("file={}", property(&loc.doc.path));
        match loc.doc.line {
            Some(line) => props.push_str(&format!(",line={line}")),
            None => props.push_str(&format!(
                ",line={},col={},endLine={},endColumn={}",
                loc.start.line, loc.start.column, loc.end.line, loc.end.column
            )),
        }
        props.push_str(&format!(",title={}", property(&format!("{} {}", d.code, d.rule))));
        let mut message = d.message.clone();
        if let (Some(_), Some(id)) = (loc.doc.line, &loc.doc.id) {
            message = format!("[{id}] {message}");
        }
        writeln!(out, "::{command} {props}::{}", data(&message))?;
    }
    Ok(())
}

fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
