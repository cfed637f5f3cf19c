use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A wire's or publisher's editorial disclaimer left in the text.
    ///
    /// ## What it finds
    /// Source-transparency paragraphs, legal disclaimers and editorial notes that wires and publishers append (`EIN Presswire's priority is source transparency...`, `Legal Disclaimer:` and the paragraph under it, `Our Standards: The Trust Principles.`).
    ///
    /// ## Why it matters
    /// A disclaimer is the publisher's voice, not the article's; in a dataset it repeats across thousands of documents.
    ///
    /// ## Example
    /// ```text
    /// EIN Presswire's priority is source transparency. We do not allow opaque clients, ...
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct Disclaimer {
        code: "B103",
        name: "disclaimer",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Disclaimer], |text| {
        format!("editorial disclaimer `{}`", text)
    });
}
