use presslint_core::Span;

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A document with no text.
    ///
    /// ## What it finds
    /// A file or record whose text is empty or only white space.
    ///
    /// ## Why it matters
    /// An empty document is almost always a failed download or extraction;
    /// it counts as a document in every statistic while carrying nothing.
    ///
    /// ## Example
    /// ```text
    /// warning[V005]: the document is empty
    ///   --> corpus/blank.txt:1:1
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct EmptyDocument {
        code: "V005",
        name: "empty-document",
        family: Validation,
        severity: Warning,
    }
}

/// Report a document without text.
pub fn check(ctx: &mut DocContext<'_>) {
    if ctx.doc.text.trim().is_empty() {
        let message = if ctx.doc.text.is_empty() {
            "the document is empty"
        } else {
            "the document holds only white space"
        };
        ctx.report(Span::new(0, 0), message);
    }
}
