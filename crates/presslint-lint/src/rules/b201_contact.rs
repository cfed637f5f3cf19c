use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A media-contact block, phone number or e-mail line left in the text.
    ///
    /// ## What it finds
    /// A `Media Contact:` heading and the name, title, company, phone and e-mail lines under it; short lines with a phone number or e-mail address; `email us here` and `Visit us on social media:` residue; and blocks of short lines held together by a phone number or e-mail address. A phone number inside a sentence of prose is not flagged.
    ///
    /// ## Why it matters
    /// Contact details are personal data and wrapper text; in a dataset they leak names and numbers and repeat across releases.
    ///
    /// ## Example
    /// ```text
    /// Meng Zhong clover exhibition Inc +1 626-378-1851 email us here
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct Contact {
        code: "B201",
        name: "contact",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Contact], |text| {
        format!("contact details `{}`", text)
    });
}
