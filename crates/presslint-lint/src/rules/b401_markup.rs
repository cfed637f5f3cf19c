use presslint_core::BoilerplateKind;

use super::residue::report_kinds;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// HTML tags or character entities left in the text.
    ///
    /// ## What it finds
    /// Tags such as `<p>`, `</div>`, `<br/>` and `<a href=...>`, and entities such as `&amp;`, `&nbsp;`, `&#8217;` and `&#x2019;` — the text of a page that was not fully converted. Comparisons in prose (`a < b`) and names such as `AT&T` are not markup.
    ///
    /// ## Why it matters
    /// Readers see `caf&#233;` instead of `café`; tokenisers split it into noise, and exact duplicates stop being exact.
    ///
    /// ## Example
    /// ```text
    /// The communiqu&#233; was signed in Paris.
    /// ```
    /// The fix removes it when the classifier is sure; unsure residue is
    /// reported at `info` and left in place.
    ///
    /// ## Options
    /// None.
    pub struct Markup {
        code: "B401",
        name: "markup",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report the residue of this rule's kind.
pub fn check(ctx: &mut DocContext<'_>) {
    report_kinds(ctx, &[BoilerplateKind::Markup], |text| {
        format!("markup residue `{}`", text)
    });
}
