use crate::rule::{DocContext, declare_rule};
use crate::textutil::non_ascii_runs;

declare_rule! {
    /// The Unicode replacement character `�` in the text.
    ///
    /// ## What it finds
    /// Each run of U+FFFD REPLACEMENT CHARACTER: the mark a decoder leaves where
    /// it met bytes it could not read.
    ///
    /// ## Why it matters
    /// Whatever stood there — a currency sign, a quote, an accented letter —
    /// is lost, and cannot be recovered from this copy. The source should be
    /// decoded again with the right encoding.
    ///
    /// ## Example
    /// ```text
    /// Tickets cost �45 each.
    ///              ^ a character was lost when the text was decoded
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct ReplacementCharacter {
        code: "V103",
        name: "replacement-character",
        family: Validation,
        severity: Warning,
    }
}

/// Report each run of replacement characters.
pub fn check(ctx: &mut DocContext<'_>) {
    if ctx.text_is_ascii() {
        return;
    }
    for span in non_ascii_runs(&ctx.doc.text, |c| c == '\u{FFFD}') {
        let n = span.len() / '\u{FFFD}'.len_utf8();
        let what = if n == 1 {
            "a character was".to_string()
        } else {
            format!("{n} characters were")
        };
        ctx.report(
            span,
            format!("replacement character: {what} lost when the text was decoded"),
        );
    }
}
