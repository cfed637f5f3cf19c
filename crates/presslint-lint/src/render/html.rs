//! One self-contained HTML page that summarises a run over a corpus:
//! findings by rule and by source, duplicate clusters, figure conflicts,
//! template lines, and every finding, folded by rule. No scripts, no
//! external resources: the page can be mailed or archived as it is.

use std::collections::BTreeMap;
use std::io::{self, Write};

use presslint_core::Diagnostic;

use super::{location_label, source_of};
use crate::engine::Report;
use crate::rules::REGISTRY;

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2330}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d5dae3;padding-bottom:.3rem}\
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.card{background:#f3f5f9;border-radius:8px;padding:.8rem 1.2rem;min-width:9rem}\
.card b{display:block;font-size:1.6rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}\
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #e4e8ef;vertical-align:top}th{background:#f3f5f9}\
th.n,td.n{text-align:right;font-variant-numeric:tabular-nums}.bar{background:#5b7bd5;height:.7rem;border-radius:3px}\
code{font:13px ui-monospace,monospace;background:#f3f5f9;padding:0 .25rem;border-radius:3px}\
.error{color:#b3261e}.warning{color:#9a6700}.info{color:#3d5a99}details{margin:.3rem 0}summary{cursor:pointer}\
.muted{color:#667085}";

/// Write the page.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let diagnostics = &report.diagnostics;
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>presslint report</title><style>{STYLE}</style></head><body>"
    )?;
    writeln!(out, "<h1>presslint report</h1>")?;
    let by_family = |letter: char| {
        diagnostics
            .iter()
            .filter(|d| d.code.as_str().starts_with(letter))
            .count()
    };
    writeln!(out, "<div class=\"cards\">")?;
    for (label, n) in [
        ("documents", report.documents),
        ("findings", diagnostics.len()),
        ("duplicates (D)", by_family('D')),
        ("boilerplate (B)", by_family('B')),
        ("figures (F)", by_family('F')),
        ("validation (V)", by_family('V')),
        ("accepted by the baseline", report.baselined),
    ] {
        writeln!(out, "<div class=\"card\"><b>{n}</b>{label}</div>")?;
    }
    writeln!(out, "</div>")?;

    // Findings by rule, with a bar for each count.
    let mut by_rule: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diagnostics {
        by_rule.entry(d.code.as_str()).or_default().push(d);
    }
    let most = by_rule.values().map(Vec::len).max().unwrap_or(1).max(1);
    writeln!(
        out,
        "<h2>Findings by rule</h2><table><tr><th>code</th><th>rule</th><th>family</th><th>severity</th><th class=\"n\">findings</th><th style=\"width:30%\"></th></tr>"
    )?;
    for (code, found) in &by_rule {
        let info = REGISTRY.iter().find(|r| r.info.code == *code).map(|r| r.info);
        let (family, summary) = info.map_or(("", ""), |i| (i.family.as_str(), i.summary));
        let severity = found[0].severity.as_str();
        writeln!(
            out,
            "<tr><td><code>{code}</code></td><td>{} <span class=\"muted\">{}</span></td><td>{family}</td><td class=\"{severity}\">{severity}</td><td class=\"n\">{}</td><td><div class=\"bar\" style=\"width:{:.0}%\"></div></td></tr>",
            escape(&found[0].rule),
            escape(summary),
            found.len(),
            found.len() as f64 * 100.0 / most as f64
        )?;
    }
    writeln!(out, "</table>")?;

    let mut by_source: BTreeMap<&str, BTreeMap<char, usize>> = BTreeMap::new();
    for d in diagnostics {
        let family = d.code.as_str().chars().next().unwrap_or('?');
        *by_source
            .entry(source_of(d))
            .or_default()
            .entry(family)
            .or_insert(0) += 1;
    }
    writeln!(
        out,
        "<h2>Findings by source</h2><table><tr><th>source</th><th class=\"n\">D</th><th class=\"n\">B</th><th class=\"n\">F</th><th class=\"n\">V</th></tr>"
    )?;
    for (name, counts) in &by_source {
        let n = |c: char| counts.get(&c).copied().unwrap_or(0);
        writeln!(
            out,
            "<tr><td><code>{}</code></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(name),
            n('D'),
            n('B'),
            n('F'),
            n('V')
        )?;
    }
    writeln!(out, "</table>")?;

    // Duplicate clusters: members grouped under the document they point to.
    let mut clusters: BTreeMap<String, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diagnostics
        .iter()
        .filter(|d| matches!(d.code.as_str(), "D101" | "D102" | "D103" | "D105"))
    {
        if let Some(related) = d.related.first() {
            clusters
                .entry(related.location.doc.to_string())
                .or_default()
                .push(d);
        }
    }
    writeln!(out, "<h2>Duplicate clusters</h2>")?;
    if clusters.is_empty() {
        writeln!(out, "<p class=\"muted\">No duplicate or same-event coverage.</p>")?;
    } else {
        writeln!(out, "<table><tr><th>canonical document</th><th>members</th></tr>")?;
        for (canonical, members) in &clusters {
            write!(out, "<tr><td><code>{}</code></td><td>", escape(canonical))?;
            for d in members {
                let kind = match d.code.as_str() {
                    "D101" => "exact",
                    "D102" => "near",
                    "D103" => "syndicated",
                    _ => "same event",
                };
                write!(
                    out,
                    "<div><code>{}</code> {kind} <span class=\"muted\">{}</span></div>",
                    escape(&d.location.doc.to_string()),
                    escape(&d.message)
                )?;
            }
            writeln!(out, "</td></tr>")?;
        }
        writeln!(out, "</table>")?;
    }

    // Template lines: repeated lines of a source, one row per line.
    let mut templates: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diagnostics
        .iter()
        .filter(|d| matches!(d.code.as_str(), "B501" | "B502"))
    {
        templates.entry(d.evidence.as_str()).or_default().push(d);
    }
    writeln!(out, "<h2>Template lines</h2>")?;
    if templates.is_empty() {
        writeln!(
            out,
            "<p class=\"muted\">No configured or repeated template lines.</p>"
        )?;
    } else {
        writeln!(
            out,
            "<table><tr><th class=\"n\">documents</th><th>line</th><th>first seen</th></tr>"
        )?;
        let mut rows: Vec<_> = templates.into_iter().collect();
        rows.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
        for (_, found) in rows {
            let first = found[0];
            let line = first
                .location
                .snippet
                .as_ref()
                .map_or_else(|| first.message.clone(), |s| s.text.clone());
            writeln!(
                out,
                "<tr><td class=\"n\">{}</td><td>{}</td><td><code>{}</code></td></tr>",
                found.len(),
                escape(&line),
                escape(&location_label(&first.location))
            )?;
        }
        writeln!(out, "</table>")?;
    }

    writeln!(out, "<h2>Every finding</h2>")?;
    for (code, found) in &by_rule {
        writeln!(
            out,
            "<details><summary><code>{code}</code> {} ({})</summary><table>",
            escape(&found[0].rule),
            found.len()
        )?;
        for d in found {
            writeln!(
                out,
                "<tr><td><code>{}</code></td><td class=\"{}\">{}</td></tr>",
                escape(&location_label(&d.location)),
                d.severity.as_str(),
                escape(&d.message)
            )?;
        }
        writeln!(out, "</table></details>")?;
    }
    writeln!(
        out,
        "<p class=\"muted\">{}</p></body></html>",
        escape(&super::summary_line(report))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"AT&T's\"</b>"),
            "&lt;b&gt;&quot;AT&amp;T&#39;s&quot;&lt;/b&gt;"
        );
    }
}
