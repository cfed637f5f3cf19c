use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A navigation menu or section list flattened to text.
    ///
    /// ## What it finds
    /// Runs of three or more short title-case labels on lines of their own (`Tourism`, `Hotels`, `Dining`, ...), and labels joined by bars (`Local | Crime | Business | Sports`). Fixture lists (`Arsenal v Stoke`), places with their city and dated lines are not menu labels, and a single short line followed by prose is a subheading.
    ///
    /// ## Why it matters
    /// A menu is the website's, not the article's; flattened into the text it looks like a list of nonsense headings.
    ///
    /// ## Example
    /// ```text
    /// Tourism
    /// Attraction
    /// Hotels
    /// Dining
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct Navigation {
        code: "B301",
        name: "navigation",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Navigation], |text| {
        format!("navigation menu item `{}`", text)
    });
}
