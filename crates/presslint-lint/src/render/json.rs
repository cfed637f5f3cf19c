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
    serde_json::to_writer_pretty(&mut *out, &value)?;
    writeln!(out)
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
