//! What the boilerplate rules share: reporting the residue spans of their
//! kinds, with a fix that removes them when the classifier is sure.

use presslint_core::{BoilerplateKind, Edit, Fix, Severity, Span};

use crate::rule::DocContext;

/// Residue below this confidence is reported as `info`, without a fix: the
/// classifier is unsure, so the text stays as it is.
pub const SURE: f32 = 0.8;

/// The edit that removes `span` from `text`: a whole line goes with its line
/// break; residue glued to a word is replaced by a line break so that the
/// words on either side stay apart.
pub fn removal(text: &str, span: Span) -> Edit {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let line_start = before.is_none_or(|c| c == '\n' || c == '\r');
    let line_end = after.is_none_or(|c| c == '\n' || c == '\r');
    if line_start && line_end {
        let rest = &text[span.end..];
        let newline = if rest.starts_with("\r\n") {
            2
        } else {
            usize::from(rest.starts_with(['\n', '\r']))
        };
        return Edit {
            span: Span::new(span.start, span.end + newline),
            replacement: String::new(),
        };
    }
    let glued = before.is_some_and(|c| !c.is_whitespace()) && after.is_some_and(|c| !c.is_whitespace());
    Edit {
        span,
        replacement: if glued { "\n".to_string() } else { String::new() },
    }
}

/// Report every residue span of `kinds` with `message(text)`.
pub fn report_kinds(ctx: &mut DocContext<'_>, kinds: &[BoilerplateKind], message: impl Fn(&str) -> String) {
    let text = &ctx.doc.text;
    let found: Vec<(Span, f32)> = ctx
        .doc
        .boilerplate
        .iter()
        .filter(|b| kinds.contains(&b.kind))
        .map(|b| (b.span, b.confidence))
        .collect();
    for (span, confidence) in found {
        let shown = excerpt(span.slice(text));
        let edit = removal(text, span);
        let d = ctx.report(span, message(&shown));
        if confidence >= SURE {
            d.fix = Some(Fix {
                message: "remove it".to_string(),
                edits: vec![edit],
            });
        } else {
            d.severity = Severity::Info;
            d.message.push_str(" (unsure)");
        }
    }
}

/// A short quotation of residue for messages.
fn excerpt(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= 60 {
        flat
    } else {
        flat.chars().take(57).collect::<String>() + "…"
    }
}
