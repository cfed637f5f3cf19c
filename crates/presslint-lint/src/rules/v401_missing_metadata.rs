use presslint_core::Span;
use serde::Deserialize;

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A metadata field the configuration requires is missing or empty.
    ///
    /// ## What it finds
    /// Documents whose front matter or JSONL record lacks a field listed in
    /// `required` (`title`, `date`, `source`, `url`, `lang`, or any other key),
    /// or has it empty. Nothing is required unless configured.
    ///
    /// ## Why it matters
    /// A corpus is only as useful as what is known about each document:
    /// without a date there is no timeline, without a source no provenance.
    ///
    /// ## Example
    /// ```text
    /// warning[V401]: required metadata `date` is missing
    ///  --> releases/launch.md:1:1
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [rules.missing-metadata]
    /// required = ["title", "date", "source"]
    /// ```
    pub struct MissingMetadata {
        code: "V401",
        name: "missing-metadata",
        family: Validation,
        severity: Warning,
    }
}

/// Options of `missing-metadata`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct MissingMetadataOptions {
    /// Fields every document must have.
    pub required: Vec<String>,
}

/// Report each required field that is missing or empty.
pub fn check(ctx: &mut DocContext<'_>) {
    let meta = &ctx.doc.meta;
    let missing: Vec<String> = ctx
        .config
        .rules
        .missing_metadata
        .required
        .iter()
        .filter(|field| {
            let value = match field.as_str() {
                "title" => meta.title.clone(),
                "date" => meta.date.clone(),
                "source" => meta.source.clone(),
                "url" => meta.url.clone(),
                "lang" => meta.lang.clone(),
                other => meta.extra.get(other).map(|v| match v {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    v => v.to_string(),
                }),
            };
            value.is_none_or(|v| v.trim().is_empty())
        })
        .cloned()
        .collect();
    for field in missing {
        ctx.report(Span::new(0, 0), format!("required metadata `{field}` is missing"))
            .evidence = format!("missing {field}");
    }
}
