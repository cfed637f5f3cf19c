use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A breadcrumb trail, often with its labels glued together.
    ///
    /// ## What it finds
    /// A short line of section labels run together where markup was stripped (`HOMEBusinessBusiness NewsText`) or joined by `>`, `»`, `/` or `|` (`Home > World > Asia`).
    ///
    /// ## Why it matters
    /// It is the site's navigation, and glued it also produces words that do not exist.
    ///
    /// ## Example
    /// ```text
    /// HOMEBusinessBusiness NewsText
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct Breadcrumb {
        code: "B302",
        name: "breadcrumb",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Breadcrumb], |text| {
        format!("breadcrumb `{}`", text)
    });
}
