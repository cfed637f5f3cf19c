use presslint_core::Span;

use crate::rule::{DocContext, declare_rule, single_edit};

declare_rule! {
    /// Non-breaking spaces that change how the text reads to tools.
    ///
    /// ## What it finds
    /// A no-break space (U+00A0, U+202F or U+2007) that stands inside a
    /// number (`10 000`, read as two numbers by most tools and as one by
    /// others), that doubles a space, or that starts or ends a line — the
    /// leftovers of `&nbsp;` layout. No-break spaces between a word and a
    /// number or unit (`5 km`, `Page 3`), which typographers use on purpose,
    /// are left alone.
    ///
    /// ## Why it matters
    /// Figures split or joined differently by different tools give different
    /// numbers, and layout spaces survive every `split(' ')`.
    ///
    /// ## Example
    /// ```text
    /// The plant employs 12 500 people.
    ///                     ^ no-break space inside a number
    /// ```
    /// Layout spaces are removed or made ordinary; a space inside a number is
    /// only reported, since whether it is a thousands separator is for a
    /// person to decide.
    ///
    /// ## Options
    /// None.
    pub struct NonbreakingSpace {
        code: "V204",
        name: "nonbreaking-space",
        family: Validation,
        severity: Info,
    }
}

fn is_nbsp(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

/// Report no-break spaces inside numbers, doubled, or at line edges.
pub fn check(ctx: &mut DocContext<'_>) {
    if ctx.text_is_ascii() {
        return;
    }
    let text = &ctx.doc.text;
    let mut found = Vec::new();
    for (i, c) in crate::textutil::non_ascii_chars(text).filter(|&(_, c)| is_nbsp(c)) {
        let span = Span::new(i, i + c.len_utf8());
        let before = text[..i].chars().next_back();
        let after = text[span.end..].chars().next();
        if before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit()) {
            found.push((span, "no-break space inside a number", None));
        } else if before.is_none_or(|b| b == '\n' || b == '\r')
            || after.is_none_or(|a| a == '\n' || a == '\r')
        {
            found.push((span, "no-break space at the edge of a line", Some("")));
        } else if before.is_some_and(char::is_whitespace) || after.is_some_and(char::is_whitespace) {
            found.push((span, "no-break space doubling a space", Some("")));
        }
    }
    for (span, message, replacement) in found {
        let d = ctx.report(span, message);
        if let Some(r) = replacement {
            d.fix = Some(single_edit("remove the layout space", span, r));
        }
    }
}
