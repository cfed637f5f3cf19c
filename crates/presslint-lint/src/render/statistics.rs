use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::engine::Report;

/// Counts per rule, most frequent first, like `ruff --statistics`; then per
/// source — the JSONL file of a record, the folder of a file — when the
/// findings come from more than one.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for d in &report.diagnostics {
        *counts.entry((d.code.as_str(), d.rule.as_str())).or_insert(0) += 1;
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let width = rows.first().map_or(1, |r| r.1.to_string().len());
    for ((code, rule), n) in rows {
        writeln!(out, "{n:>width$}  {code}  {rule}")?;
    }
    let mut sources: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &report.diagnostics {
        *sources.entry(super::source_of(d)).or_insert(0) += 1;
    }
    if sources.len() > 1 {
        let mut rows: Vec<_> = sources.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        writeln!(out, "by source:")?;
        for (source, n) in rows {
            writeln!(out, "{n:>width$}  {source}")?;
        }
    }
    Ok(())
}
