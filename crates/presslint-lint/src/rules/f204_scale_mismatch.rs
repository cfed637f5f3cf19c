use crate::rule::{DocContext, declare_rule};
use crate::rules::figures::same_fact;

declare_rule! {
    /// The same figure for the same fact at two different scales.
    ///
    /// ## What it finds
    /// Two figures in one document for the same fact (the same measure and
    /// unit, subjects and periods agreeing where both are named) with the same
    /// numeral but different scales: `revenue of $3.2 million` and `the $3.2
    /// billion revenue`. The numeral repeated is the tell of a slipped scale
    /// word, as opposed to two genuinely different values.
    ///
    /// ## Why it matters
    /// A factor of a thousand is the most expensive typo a number can have,
    /// and the one spell-checkers never see.
    ///
    /// ## Example
    /// ```text
    /// The $3.2 billion revenue was a record.
    ///     ^^^^^^^^^^^^ `$3.2 billion` here, `$3.2 million` earlier for revenue: the same numeral at another scale
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct ScaleMismatch {
        code: "F204",
        name: "scale-mismatch",
        family: Figure,
        severity: Warning,
    }
}

/// Report figures that repeat an earlier figure's numeral at another scale.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let figures = ctx.figures();
    let mut found = Vec::new();
    for (k, later) in figures.iter().enumerate() {
        let Some(key) = &later.key else { continue };
        let earlier = figures[..k].iter().find(|e| {
            e.value == later.value
                && e.decimals == later.decimals
                && e.unit == later.unit
                && e.scale != later.scale
                && e.hedge.is_none()
                && later.hedge.is_none()
                && e.key.as_ref().is_some_and(|ek| same_fact(ek, key))
        });
        if let Some(earlier) = earlier {
            found.push((
                later.span,
                earlier.span,
                format!(
                    "`{}` here, `{}` earlier for {}: the same numeral at another scale",
                    later.span.slice(text),
                    earlier.span.slice(text),
                    key.measure
                ),
            ));
        }
    }
    for (span, other, message) in found {
        let related = ctx.related(other, "the same numeral at another scale");
        ctx.report(span, message).related.push(related);
    }
}
