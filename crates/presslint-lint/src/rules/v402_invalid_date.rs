use presslint_core::{CivilDate, Span};
use serde::Deserialize;

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A metadata date that does not parse, lies in the future, or lies before the corpus starts.
    ///
    /// ## What it finds
    /// A `date` in front matter or a JSONL record that is not an ISO 8601
    /// calendar date (`2020-11-05`, optionally followed by a time), names a
    /// day that does not exist, is later than today, or is earlier than the
    /// configured `earliest` date.
    ///
    /// ## Why it matters
    /// Dates order a corpus, resolve `on Thursday` and `last year` in the text,
    /// and choose the canonical copy among duplicates; a wrong one silently
    /// skews all three.
    ///
    /// ## Example
    /// ```text
    /// warning[V402]: metadata date `2020-02-30` is not a calendar date
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [rules.invalid-date]
    /// earliest = "1990-01-01"   # dates before this are reported (default: none)
    /// allow-future = false      # dates after today are reported unless true
    /// ```
    pub struct InvalidDate {
        code: "V402",
        name: "invalid-date",
        family: Validation,
        severity: Warning,
    }
}

/// Options of `invalid-date`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct InvalidDateOptions {
    /// Dates before this day (ISO 8601) are reported.
    pub earliest: Option<String>,
    /// Do not report dates after today.
    pub allow_future: bool,
}

/// Report a metadata date that is malformed or out of range.
pub fn check(ctx: &mut DocContext<'_>) {
    let Some(raw) = ctx.doc.meta.date.clone() else {
        return;
    };
    let options = &ctx.config.rules.invalid_date;
    let message = match CivilDate::parse_iso(&raw) {
        None if looks_iso(&raw) => format!("metadata date `{raw}` is not a calendar date"),
        None => format!("metadata date `{raw}` is not an ISO 8601 date (YYYY-MM-DD)"),
        Some(date) if date > ctx.today && !options.allow_future => {
            format!("metadata date {date} is in the future")
        }
        Some(date) => match options.earliest.as_deref().and_then(CivilDate::parse_iso) {
            Some(earliest) if date < earliest => {
                format!("metadata date {date} is before the corpus starts ({earliest})")
            }
            _ => return,
        },
    };
    ctx.report(Span::new(0, 0), message).evidence = format!("date {raw}");
}

fn looks_iso(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() >= 10 && b[4] == b'-' && b[7] == b'-'
}
