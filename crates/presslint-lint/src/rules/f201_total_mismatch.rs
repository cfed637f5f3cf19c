use presslint_core::{Interval, Role, Unit};

use crate::rule::{DocContext, declare_rule};
use crate::rules::figures::{describe, inside, interval_in, number, sentences};

declare_rule! {
    /// Listed components that do not add up to the stated total.
    ///
    /// ## What it finds
    /// A sentence or table row that lists two or more figures and then a
    /// total (`total 2,692.4`, `a total of 425`, `totalling $3m`) in the same
    /// unit, where the sum of the components, each taken as the interval its
    /// rounding allows, cannot be the total. Components larger in sum than
    /// the total are always wrong; a smaller sum is reported only when the
    /// list does not say it is partial (`including`, `such as`, `among`,
    /// `of which`). Counts of different things (`300 staff and 20 offices`,
    /// `22 Maori and four others ... a total of 107 matches`) are not added:
    /// components and total must count the same noun, or none.
    ///
    /// ## Why it matters
    /// A total that does not match its parts means one of the numbers was
    /// mistyped or left over from an earlier version — in a table that
    /// readers copy, the error travels.
    ///
    /// ## Example
    /// ```text
    /// Sales were 120 in the first quarter, 135 in the second and 150 in the third, a total of 425.
    ///                                                                               ^^^ the components add up to 405 (403.5–406.5), not `425` (424.5–425.5)
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct TotalMismatch {
        code: "F201",
        name: "total-mismatch",
        family: Figure,
        severity: Warning,
    }
}

/// Words that say a list is only part of the total.
const PARTIAL: [&str; 9] = [
    "including",
    "includes",
    "included",
    "such as",
    "among",
    "of which",
    "excluding",
    "except",
    "led by",
];

/// Report totals that their listed components contradict.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let figures = ctx.figures();
    let mut found = Vec::new();
    for sentence in sentences(ctx.doc) {
        let range = inside(figures, sentence);
        let in_sentence = &figures[range];
        for (k, total) in in_sentence.iter().enumerate() {
            if total.role != Role::Total || matches!(total.unit, Unit::Ordinal) || total.hedge.is_some() {
                continue;
            }
            let measure = |f: &presslint_core::Figure| f.key.as_ref().map(|k| k.measure.clone());
            let parts: Vec<_> = in_sentence[..k]
                .iter()
                .filter(|f| f.unit == total.unit && f.role == Role::Plain && f.hedge.is_none())
                // Counts add up only when they count the same thing: both the
                // same noun, or no noun at all (`120 in the first quarter`).
                .filter(|f| measure(f) == measure(total))
                .collect();
            if parts.len() < 2 {
                continue;
            }
            let sum = Interval {
                low: parts.iter().map(|f| f.interval.low).sum(),
                high: parts.iter().map(|f| f.interval.high).sum(),
            };
            let exact: f64 = parts.iter().map(|f| f.magnitude()).sum();
            let lowered = sentence.slice(text).to_lowercase();
            let partial = PARTIAL.iter().any(|w| lowered.contains(w));
            let too_big = sum.low > total.interval.high;
            let too_small = sum.high < total.interval.low && !partial;
            if !(too_big || too_small) {
                continue;
            }
            let factor = total.scale.map_or(1.0, presslint_core::Scale::factor);
            found.push((
                total.span,
                format!(
                    "the {} components add up to {} ({}), not {}",
                    parts.len(),
                    number(exact / factor),
                    interval_in(&sum, total),
                    describe(total, text)
                ),
                parts.iter().map(|f| f.span).collect::<Vec<_>>(),
            ));
        }
    }
    for (span, message, parts) in found {
        let related: Vec<_> = parts.into_iter().map(|p| ctx.related(p, "a component")).collect();
        ctx.report(span, message).related.extend(related);
    }
}
