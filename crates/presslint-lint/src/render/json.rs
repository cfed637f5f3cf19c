use std::collections::BTreeMap;
use std::io::{self, Write};

use presslint_core::{Diagnostic, Location};
use serde_json::{Value, json};

use crate::engine::Report;

/// Version of the JSON output contract; bumped on any breaking change.
pub const JSON_FORMAT_VERSION: u32 = 1;

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &report.diagnostics {
        *by_code.entry(d.code.as_str()).or_insert(0) += 1;
    }
    // Written one finding at a time, in the layout `to_writer_pretty` gives
    // the whole report: a report of a million documents can hold a hundred
    // thousand findings, and their values all at once would outweigh the run.
    writeln!(out, "{{\n  \"version\": {JSON_FORMAT_VERSION},")?;
    if report.diagnostics.is_empty() {
        writeln!(out, "  \"diagnostics\": [],")?;
    } else {
        writeln!(out, "  \"diagnostics\": [")?;
        let mut buffer = Vec::new();
        for (k, d) in report.diagnostics.iter().enumerate() {
            buffer.clear();
            serde_json::to_writer_pretty(&mut buffer, &diagnostic(d))?;
            write_indented(out, &buffer, 4)?;
            writeln!(out, "{}", if k + 1 < report.diagnostics.len() { "," } else { "" })?;
        }
        writeln!(out, "  ],")?;
    }
    let summary = json!({
        "documents": report.documents,
        "diagnostics": report.diagnostics.len(),
        "baselined": report.baselined,
        "by_code": by_code,
    });
    buffer_and_indent(out, "summary", &summary)?;
    writeln!(out, "\n}}")
}

/// `"key": value` pretty-printed at the report's second level.
fn buffer_and_indent(out: &mut dyn Write, key: &str, value: &Value) -> io::Result<()> {
    let mut buffer = Vec::new();
    serde_json::to_writer_pretty(&mut buffer, value)?;
    write!(out, "  \"{key}\": ")?;
    // The first line follows the key; the rest are indented under it.
    let text = String::from_utf8_lossy(&buffer);
    let mut lines = text.split('\n');
    if let Some(first) = lines.next() {
        write!(out, "{first}")?;
    }
    for line in lines {
        write!(out, "\n  {line}")?;
    }
    Ok(())
}

/// Write pretty-printed JSON with every line indented by `spaces`.
fn write_indented(out: &mut dyn Write, json: &[u8], spaces: usize) -> io::Result<()> {
    let pad = " ".repeat(spaces);
    for (k, line) in json.split(|&b| b == b'\n').enumerate() {
        if k > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(pad.as_bytes())?;
        out.write_all(line)?;
    }
    Ok(())
}

fn diagnostic(d: &Diagnostic) -> Value {
    json!({
        "code": d.code.as_str(),
        "rule": d.rule,
        "severity": d.severity.as_str(),
        "message": d.message,
        "location": location(&d.location),
        "related": d.related.iter().map(|r| json!({
            "location": location(&r.location),
            "message": r.message,
        })).collect::<Vec<_>>(),
        "fix": d.fix.as_ref().map(|fix| json!({
            "message": fix.message,
            "edits": fix.edits.iter().map(|e| json!({
                "byte_range": [e.span.start, e.span.end],
                "replacement": e.replacement,
            })).collect::<Vec<_>>(),
        })),
    })
}

fn location(l: &Location) -> Value {
    json!({
        "path": l.doc.path,
        "id": l.doc.id,
        "record_line": l.doc.line,
        "start": {"line": l.start.line, "column": l.start.column},
        "end": {"line": l.end.line, "column": l.end.column},
        "byte_range": [l.span.start, l.span.end],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Linter;
    use presslint_core::{DocRef, Metadata};

    /// The report as one value, the layout the streamed output must keep.
    fn whole(report: &Report) -> String {
        let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &report.diagnostics {
            *by_code.entry(d.code.as_str()).or_insert(0) += 1;
        }
        let value = json!({
            "version": JSON_FORMAT_VERSION,
            "diagnostics": report.diagnostics.iter().map(diagnostic).collect::<Vec<_>>(),
            "summary": {
                "documents": report.documents,
                "diagnostics": report.diagnostics.len(),
                "baselined": report.baselined,
                "by_code": by_code,
            },
        });
        serde_json::to_string_pretty(&value).unwrap() + "\n"
    }

    #[test]
    fn streamed_output_is_the_pretty_printed_report() {
        let linter = Linter::builder().build().unwrap();
        for text in [
            "Port opens\n\nThe port opened a terminal on Monday after two years of building work.",
            "Port news\nBERLIN, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.\n\u{200b}",
        ] {
            let report = linter.check_documents(vec![(
                DocRef::file("a.txt"),
                Metadata::default(),
                text.to_string(),
            )]);
            let mut out = Vec::new();
            render(&report, &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), whole(&report));
        }
    }
}
