use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A photo credit or caption credit.
    ///
    /// ## What it finds
    /// `Photo: ...`, `(Photo by ...)`, `Image caption: ...`, credits ending in `Getty Images` or `/AFP`, and — reported as unsure, at `info` and without a fix — a lone one- or two-word name above the story with no headline (`Ti Gong`).
    ///
    /// ## Why it matters
    /// A credit is about the picture, which is not in the text.
    ///
    /// ## Example
    /// ```text
    /// Ti Gong
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct PhotoCredit {
        code: "B305",
        name: "photo-credit",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::PhotoCredit], |text| {
        format!("photo credit `{}`", text)
    });
}
