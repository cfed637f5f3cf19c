use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A forward-looking-statements (safe harbour) paragraph.
    ///
    /// ## What it finds
    /// The legal paragraph issuers attach to releases that mention plans or forecasts: a heading such as `Forward-Looking Statements` or `Safe Harbor Statement` and the paragraphs under it, or a paragraph about forward-looking statements with the usual markers (`risks`, `uncertainties`, `actual results`, `undue reliance`, `undertake no obligation`).
    ///
    /// ## Why it matters
    /// It is boilerplate of the issuer's lawyers, the same in every release, and it is full of words (`expected`, `growth`) that mislead topic and sentiment models.
    ///
    /// ## Example
    /// ```text
    /// This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995 ...
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct SafeHarbor {
        code: "B104",
        name: "safe-harbor",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::SafeHarbor], |text| {
        format!("forward-looking-statements paragraph `{}`", text)
    });
}
