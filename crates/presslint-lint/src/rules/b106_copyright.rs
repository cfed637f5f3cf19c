use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A copyright or all-rights-reserved line.
    ///
    /// ## What it finds
    /// Lines that start with `©`, `(c)` or `Copyright` and a year, and short lines that say `All rights reserved`.
    ///
    /// ## Why it matters
    /// The line belongs to the page or the wire, not the article, and repeats across a whole source.
    ///
    /// ## Example
    /// ```text
    /// © 1995-2020 IPD Group, Inc. All Right Reserved.
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct Copyright {
        code: "B106",
        name: "copyright",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Copyright], |text| {
        format!("copyright line `{}`", text)
    });
}
