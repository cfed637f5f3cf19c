use presslint_core::{Figure, Interval, Role, Unit};

use crate::rule::{DocContext, declare_rule};
use crate::rules::figures::{describe, inside, interval_in, number};

declare_rule! {
    /// Listed components that do not add up to the stated total.
    ///
    /// ## What it finds
    /// A sentence or table row that lists two or more figures and then a
    /// total (`total 2,692.4`, `a total of 425`, `totalling $3m`, `out of the
    /// 370 members`), or a figure and then its breakdown (`employs 4,350
    /// people: 2,900 in Germany, …`, `a $860 million budget split between
    /// …`, `38 medals — 12 gold, …`) in the same unit, where the sum of the components, each taken as the interval its
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

/// The longest text between two figures of one list (`, 135 in the second and `).
const LIST_GAP: usize = 40;

/// Words that open a breakdown of the figure before them.
const BREAKDOWN: [&str; 8] = [
    ":",
    "—",
    "–",
    "split between",
    "split into",
    "divided between",
    "divided into",
    "made up of",
];

/// The components of `total` (at `k` in its sentence): the figures listed
/// before a stated total (`…, a total of 425`, `out of the 370`), or after a
/// figure that a breakdown follows (`4,350 people: 2,900 in Germany, …`).
fn components<'f>(text: &str, in_sentence: &'f [Figure], k: usize) -> Vec<&'f Figure> {
    let total = &in_sentence[k];
    let addable = |f: &&Figure| f.unit == total.unit && f.role == Role::Plain && f.hedge.is_none();
    let measure = |f: &Figure| f.key.as_ref().map(|k| k.measure.clone());
    let digits = |f: &&Figure| text[f.span.start..f.span.end].contains(|c: char| c.is_ascii_digit());
    if total.role == Role::Total {
        let out_of = text[..total.span.start].trim_end().to_lowercase();
        let out_of = out_of.ends_with("out of") || out_of.ends_with("out of the");
        // The list runs back from the total without gaps longer than a short
        // phrase: `Between 15,000 and 20,000 couples ... in nine out of 10`
        // lists nothing.
        let mut from = k;
        while from > 0 && text[in_sentence[from - 1].span.end..in_sentence[from].span.start].len() <= LIST_GAP
        {
            from -= 1;
        }
        return in_sentence[from..k]
            .iter()
            .filter(addable)
            // A stated total counts one thing: its components must count it
            // too (`22 Maori and four others ... a total of 107 matches` are
            // not matches). `Out of the 370 members` is what the parts divide.
            .filter(|f| out_of || measure(total).is_none() || measure(f) == measure(total))
            .collect();
    }
    let Some(next) = in_sentence.get(k + 1) else {
        return Vec::new();
    };
    let between = &text[total.span.end..next.span.start];
    if total.role != Role::Plain
        || !digits(&total)
        || between.len() > 60
        || !BREAKDOWN.iter().any(|b| between.contains(b))
    {
        return Vec::new();
    }
    // No part of a breakdown exceeds the whole: `two batches: 900,000 in
    // September and 600,000 in October` breaks down doses, not batches.
    // Parts are written in digits and listed without long gaps.
    let mut to = k + 1;
    while to + 1 < in_sentence.len()
        && text[in_sentence[to].span.end..in_sentence[to + 1].span.start].len() <= LIST_GAP
    {
        to += 1;
    }
    let parts: Vec<&Figure> = in_sentence[k + 1..=to]
        .iter()
        .filter(addable)
        .filter(digits)
        .collect();
    if parts.iter().any(|f| f.interval.low > total.interval.high) {
        return Vec::new();
    }
    parts
}

/// Report totals that their listed components contradict.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let figures = ctx.figures();
    let mut found = Vec::new();
    for &sentence in ctx.sentences() {
        let range = inside(figures, sentence);
        let in_sentence = &figures[range];
        for (k, total) in in_sentence.iter().enumerate() {
            if matches!(total.unit, Unit::Ordinal) || total.hedge.is_some() {
                continue;
            }
            let parts = components(text, in_sentence, k);
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
