use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// The issuer's standing `About <Company>` section.
    ///
    /// ## What it finds
    /// The `About Acme Corp.` heading at the end of a release and the one to three paragraphs of standing description under it — what the public-relations trade itself calls the boilerplate. A sentence that merely starts with `About` (`About 300 people attended.`) is not a heading.
    ///
    /// ## Why it matters
    /// The section is the same in every release of the issuer; left in, it makes unrelated releases of one company look like near duplicates.
    ///
    /// ## Example
    /// ```text
    /// About Acme Robotics
    /// Acme Robotics builds warehouse robots ...
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct AboutCompany {
        code: "B105",
        name: "about-company",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::AboutCompany], |text| {
        format!("`About` section `{}`", text)
    });
}
