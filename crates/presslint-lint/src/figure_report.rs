//! What `presslint figures` shows: every figure the figure rules see, with
//! its value, interval, unit and key, and every relative date with what it
//! resolves to — so that a user can see why a finding was or was not raised.

use std::io::{self, Write};

use presslint_core::{CivilDate, DocRef, Document, Figure, LineIndex, Role, Span};
use presslint_parse::relative::{Relative, find_relative};
use serde::Serialize;

use crate::event::{EventSketch, document_date, event_sketch};
use crate::rules::figures::{article_figures, interval_in, number};

/// Where a document's date comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "from")]
pub enum DateSource {
    /// Its metadata or its dateline.
    Document,
    /// A dated document about the same event, whose day falls on a weekday
    /// this one names (`on Thursday`).
    SameEvent {
        /// The dated document.
        other: String,
    },
}

/// A relative date or period and what it resolves to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedMention {
    /// Where it is.
    pub span: Span,
    /// Its text.
    pub text: String,
    /// What it means, when the document has a date (or names the year itself).
    pub resolved: Option<String>,
}

/// The figures and relative dates of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentFigures {
    /// The document.
    pub doc: DocRef,
    /// The date relative mentions are resolved against.
    pub date: Option<CivilDate>,
    /// Where that date comes from.
    pub date_source: Option<DateSource>,
    /// Its figures, in text order.
    pub figures: Vec<Figure>,
    /// Its relative dates and periods, in text order.
    pub mentions: Vec<ResolvedMention>,
}

/// Names two documents must share before one lends the other its date.
const MIN_NAMES: usize = 2;

/// The figures of every document; an undated document borrows the date of a
/// dated one about the same event when its bare weekday fits that one's day.
pub fn report(docs: &[Document]) -> Vec<DocumentFigures> {
    let events: Vec<EventSketch> = docs
        .iter()
        .map(|d| event_sketch(d, &presslint_parse::normalize::article_text(d)))
        .collect();
    docs.iter()
        .zip(&events)
        .map(|(doc, event)| {
            let (date, date_source) = match document_date(doc) {
                Some(date) => (Some(date), Some(DateSource::Document)),
                None => match borrowed_date(doc, event, docs, &events) {
                    Some((date, other)) => (Some(date), Some(DateSource::SameEvent { other })),
                    None => (None, None),
                },
            };
            let mentions = find_relative(&doc.text)
                .into_iter()
                .map(|m| ResolvedMention {
                    span: m.span,
                    text: m.span.slice(&doc.text).to_string(),
                    resolved: date
                        .map(|d| m.relative.resolve(d))
                        .or_else(|| m.relative.resolve_alone()),
                })
                .collect();
            let mut dated = doc.clone();
            if doc.meta.date.is_none() {
                dated.meta.date = date.map(|d| d.to_string());
            }
            DocumentFigures {
                doc: doc.doc.clone(),
                date,
                date_source,
                figures: article_figures(&dated),
                mentions,
            }
        })
        .collect()
}

/// The day an undated document's `on Thursday` names, from the dated
/// document about the same event that shares the most names with it.
fn borrowed_date(
    doc: &Document,
    event: &EventSketch,
    docs: &[Document],
    events: &[EventSketch],
) -> Option<(CivilDate, String)> {
    let names_weekday = find_relative(&doc.text)
        .iter()
        .any(|m| matches!(m.relative, Relative::Weekday(_)));
    if !names_weekday {
        return None;
    }
    docs.iter()
        .zip(events)
        .filter(|(other, _)| other.doc != doc.doc)
        .filter_map(|(other, e)| {
            let names = crate::similarity::intersection(&event.names, &e.names);
            let day = event.weekday_in(e)?;
            (names >= MIN_NAMES).then_some((names, day, other.doc.to_string()))
        })
        .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.2.cmp(&a.2)))
        .map(|(_, day, other)| (day, other))
}

/// Write the report for people: a block a document.
pub fn render_human(reports: &[DocumentFigures], texts: &[&str], out: &mut dyn Write) -> io::Result<()> {
    for (report, text) in reports.iter().zip(texts) {
        let index = LineIndex::new(text);
        let at = |span: Span| {
            let p = index.line_col(text, span.start);
            format!("{}:{}", p.line, p.column)
        };
        let date = match (&report.date, &report.date_source) {
            (Some(d), Some(DateSource::SameEvent { other })) => {
                format!(
                    "{d} ({} in `{other}`, which covers the same event)",
                    d.weekday().name()
                )
            }
            (Some(d), _) => d.to_string(),
            (None, _) => "none".to_string(),
        };
        writeln!(out, "{}  date: {date}", report.doc)?;
        if report.figures.is_empty() {
            writeln!(out, "  no figures")?;
        }
        for f in &report.figures {
            let key = f.key.as_ref().map_or_else(
                || "no key".to_string(),
                |k| {
                    format!(
                        "key: {} | {} | {} | {}",
                        k.measure,
                        k.subject.as_deref().unwrap_or("-"),
                        k.period.as_deref().unwrap_or("-"),
                        k.family
                    )
                },
            );
            let hedge = f.hedge.map_or(String::new(), |h| format!(" ({})", h.as_str()));
            let role = match f.role {
                Role::Plain => "",
                Role::Current => " new value",
                Role::Previous => " old value",
                Role::Change => " change",
                Role::Total => " total",
            };
            writeln!(
                out,
                "  {:<7} {:<24} {}{}{hedge} = {}{role}; {key}",
                at(f.span),
                format!("`{}`", f.span.slice(text)),
                number(f.value),
                f.scale.map_or(String::new(), |s| format!(" {}", s.as_str())),
                interval_in(&f.interval, f),
            )?;
        }
        for m in &report.mentions {
            writeln!(
                out,
                "  {:<7} {:<24} → {}",
                at(m.span),
                format!("`{}`", m.text),
                m.resolved.as_deref().unwrap_or("unresolved: no document date")
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
