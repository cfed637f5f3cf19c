//! `presslint rules` and `presslint rule CODE`.

use std::io::Write;

use presslint_lint::docs;
use presslint_lint::rules::{REGISTRY, by_code};
use serde_json::json;

use crate::EXIT_OK;
use crate::args::ListFormat;

pub fn list(format: ListFormat, out: &mut dyn Write) -> Result<u8, String> {
    let write_err = |e: std::io::Error| format!("cannot write output: {e}");
    match format {
        ListFormat::Json => {
            let rules: Vec<_> = REGISTRY
                .iter()
                .map(|r| {
                    json!({
                        "code": r.info.code,
                        "name": r.info.name,
                        "family": r.info.family.as_str(),
                        "severity": r.info.default_severity.as_str(),
                        "summary": r.info.summary,
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &rules)
                .map_err(|e| format!("cannot write output: {e}"))?;
            writeln!(out).map_err(write_err)?;
        }
        ListFormat::Human => {
            let width = REGISTRY.iter().map(|r| r.info.name.len()).max().unwrap_or(4);
            writeln!(
                out,
                "{:<4}  {:<width$}  {:<11}  {:<8}  SUMMARY",
                "CODE", "NAME", "FAMILY", "SEVERITY"
            )
            .map_err(write_err)?;
            for r in REGISTRY {
                writeln!(
                    out,
                    "{:<4}  {:<width$}  {:<11}  {:<8}  {}",
                    r.info.code,
                    r.info.name,
                    r.info.family.as_str(),
                    r.info.default_severity.as_str(),
                    r.info.summary
                )
                .map_err(write_err)?;
            }
        }
    }
    Ok(EXIT_OK)
}

pub fn show(code: &str, out: &mut dyn Write) -> Result<u8, String> {
    let rule = by_code(code).ok_or_else(|| format!("unknown rule `{code}`; `presslint rules` lists them"))?;
    write!(out, "{}", docs::rule_page(&rule.info)).map_err(|e| format!("cannot write output: {e}"))?;
    Ok(EXIT_OK)
}
