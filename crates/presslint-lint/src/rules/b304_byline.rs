use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A byline, date line or agency sign-off.
    ///
    /// ## What it finds
    /// Lines that name the author or give the publication time: `By Jane Doe`, `Tom Ferriday, Staff Writer`, `Published: 10:32 GMT, 3 March 2022`, `Updated 2 hours ago`, a date glued to a name (`May 22, 2021Byiqingdao`), `(Reporting by ...; Editing by ...)`, `Associated Press writer ... contributed to this report.` and desk codes such as `hs/am/lb`.
    ///
    /// ## Why it matters
    /// Bylines are metadata: they belong in the `author` and `date` fields, not in the text, where they defeat duplicate detection between outlets.
    ///
    /// ## Example
    /// ```text
    /// May 22, 2021Byiqingdao
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct Byline {
        code: "B304",
        name: "byline",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Byline], |text| {
        format!("byline `{}`", text)
    });
}
