use std::io::{self, Write};

use presslint_core::{Location, Severity};
use serde_json::{Value, json};

use crate::engine::Report;
use crate::rules::REGISTRY;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// SARIF 2.1.0: every rule in `tool.driver.rules`, one result a finding,
/// related locations, and the baseline fingerprint as a partial fingerprint.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let rules: Vec<Value> = REGISTRY
        .iter()
        .map(|r| {
            let doc = crate::docs::rule_markdown(&r.info);
            json!({
                "id": r.info.code,
                "name": r.info.name,
                "shortDescription": {"text": r.info.summary},
                "fullDescription": {"text": doc},
                "help": {"text": doc, "markdown": doc},
                "defaultConfiguration": {"level": level(r.info.default_severity)},
                "properties": {"family": r.info.family.as_str()},
            })
        })
        .collect();
    let results: Vec<Value> = report
        .diagnostics
        .iter()
        .map(|d| {
            let index = REGISTRY.iter().position(|r| r.info.code == d.code.as_str());
            let related: Vec<Value> = d
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut v = physical(&r.location);
                    v["id"] = json!(i + 1);
                    v["message"] = json!({"text": r.message});
                    v
                })
                .collect();
            let fingerprint = crate::baseline::fingerprint(d, std::path::Path::new("/"));
            json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": index,
                "level": level(d.severity),
                "message": {"text": d.message},
                "locations": [physical(&d.location)],
                "relatedLocations": related,
                "partialFingerprints": {"presslintEvidence/v1": fingerprint.hash},
            })
        })
        .collect();
    let value = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "presslint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &value)?;
    writeln!(out)
}

/// A SARIF location. Regions are in file lines: a JSONL record is located at
/// its line, and named as a logical location by its id.
fn physical(l: &Location) -> Value {
    let region = match l.doc.line {
        Some(line) => json!({"startLine": line}),
        None => json!({
            "startLine": l.start.line,
            "startColumn": l.start.column,
            "endLine": l.end.line,
            "endColumn": l.end.column,
        }),
    };
    let mut v = json!({
        "physicalLocation": {
            "artifactLocation": {"uri": uri(&l.doc.path)},
            "region": region,
        }
    });
    if let Some(id) = &l.doc.id {
        v["logicalLocations"] = json!([{"name": id, "kind": "record"}]);
    }
    v
}

/// A relative path stays a relative reference; an absolute one becomes a `file://` URI.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 7);
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
