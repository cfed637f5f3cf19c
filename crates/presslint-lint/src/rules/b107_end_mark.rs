use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// An end mark such as `###`, `-30-` or `ENDS`.
    ///
    /// ## What it finds
    /// The marks press releases and agency copy use to say the text is over: `###`, `# # #`, `-30-`, `ENDS`, `Enditem`.
    ///
    /// ## Why it matters
    /// They carry no content and end up inside datasets as stray tokens.
    ///
    /// ## Example
    /// ```text
    /// ###
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct EndMark {
        code: "B107",
        name: "end-mark",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::EndMark], |text| {
        format!("end mark `{}`", text)
    });
}
