use crate::rule::{DocContext, declare_rule, single_edit};
use crate::textutil::non_ascii_runs;

declare_rule! {
    /// A byte-order mark inside the text rather than at its start.
    ///
    /// ## What it finds
    /// U+FEFF anywhere but at the very start of a document: the trace of files
    /// concatenated with their byte-order marks, or of a zero-width no-break
    /// space pasted in.
    ///
    /// ## Why it matters
    /// It is invisible, yet it makes two identical strings differ and can split
    /// or glue words for tokenisers.
    ///
    /// ## Example
    /// ```text
    /// first file ends here.\u{FEFF}Second Headline
    /// ```
    /// The fix removes it.
    ///
    /// ## Options
    /// None.
    pub struct StrayBom {
        code: "V104",
        name: "stray-bom",
        family: Validation,
        severity: Warning,
    }
}

/// Report byte-order marks after the first byte.
pub fn check(ctx: &mut DocContext<'_>) {
    if ctx.text_is_ascii() {
        return;
    }
    for span in non_ascii_runs(&ctx.doc.text, |c| c == '\u{FEFF}') {
        if span.start == 0 {
            continue;
        }
        ctx.report(span, "byte-order mark inside the text").fix =
            Some(single_edit("remove the byte-order mark", span, ""));
    }
}
