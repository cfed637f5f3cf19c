use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A line the configuration names as template text.
    ///
    /// ## What it finds
    /// Lines that match, ignoring case and spacing, one of the `templates` listed under `[boilerplate]` in `presslint.toml`, and lines matching the user's own `patterns` there are reported by the rule of the kind they name.
    ///
    /// ## Why it matters
    /// A corpus often has template lines of its own that no general rule knows: a source's standard sign-off, a campaign tagline.
    ///
    /// ## Example
    /// ```text
    /// [boilerplate]
    /// templates = ["Follow the Port Authority on social media for updates."]
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// See `[boilerplate]` in the configuration: `templates` (lines) and `patterns` (tables with `kind` and `starts-with` or `contains`).
    pub struct TemplateLine {
        code: "B501",
        name: "template-line",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Template], |text| {
        format!("template line `{}`", text)
    });
}
