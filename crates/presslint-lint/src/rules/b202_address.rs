use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A street address or office hours left in the text.
    ///
    /// ## What it finds
    /// Short lines that give a street address (a street word such as `Street`, `Avenue`, `Suite`, `District` with a number or a place) or office hours (`Monday - Friday 9:00am - 5:00pm`).
    ///
    /// ## Why it matters
    /// They are a page footer's content, not the article's.
    ///
    /// ## Example
    /// ```text
    /// Monday - Friday 9:00am - 5:00pm
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct Address {
        code: "B202",
        name: "address",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Address], |text| {
        format!("address or office hours `{}`", text)
    });
}
