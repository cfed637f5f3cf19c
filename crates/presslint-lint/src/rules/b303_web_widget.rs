use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// Share links, `Read more` lists, newsletter prompts and cookie banners.
    ///
    /// ## What it finds
    /// Text of the page's widgets: `Share this article`, `Read more:` and the list of headlines under it, `Related stories`, `Sign up to our newsletter`, `Enter your email address`, `We use cookies ...`, `Was this page helpful?`, and lone buttons (`Accept`, `Reject`, `Sign up`).
    ///
    /// ## Why it matters
    /// None of it is the article; headline lists in particular make unrelated stories look related.
    ///
    /// ## Example
    /// ```text
    /// We use cookies to give you the best experience on our website.
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct WebWidget {
        code: "B303",
        name: "web-widget",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::WebWidget], |text| {
        format!("page widget `{}`", text)
    });
}
