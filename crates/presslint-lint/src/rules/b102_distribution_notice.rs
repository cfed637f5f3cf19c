use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A notice about where a release was distributed or can be viewed.
    ///
    /// ## What it finds
    /// Lines a wire adds to say where the release came from or lives: `This press release can be viewed online at: ...`, `View original content: ...`, `Distribution channels: ...`, `News Provided By`, `SOURCE Acme Corp`, logo and photo links, and a bare link at the foot of the text.
    ///
    /// ## Why it matters
    /// They describe the distribution, not the news, and differ between copies of the same release on different wires.
    ///
    /// ## Example
    /// ```text
    /// This press release can be viewed online at: https://www.einpresswire.com/article/525516510
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct DistributionNotice {
        code: "B102",
        name: "distribution-notice",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::DistributionNotice], |text| {
        format!("distribution notice `{}`", text)
    });
}
