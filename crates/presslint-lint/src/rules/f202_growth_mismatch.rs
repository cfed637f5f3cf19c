use presslint_core::{Figure, Role, Unit};

use crate::rule::{DocContext, declare_rule};
use crate::rules::figures::{describe, inside};

declare_rule! {
    /// A rate of change that its own before and after figures contradict.
    ///
    /// ## What it finds
    /// A sentence that states a change in percent together with the new and
    /// the old value — `rose 76% to $1.13bn from $639m`, `sales fell 25% to
    /// $30m, from $36m` — where the change the two values imply, with each
    /// value taken as the interval its rounding allows, cannot be the stated
    /// rate (itself an interval: `76%` is 75.5–76.5%, `about 20%` is wider).
    /// The direction comes from the verb (`rose`, `fell`, `up`, `down`).
    /// Changes between percentages (`rose 2% to 5.1% from 5%`) are left
    /// alone: percent and percentage points are too often mixed to tell.
    ///
    /// ## Why it matters
    /// A growth rate is what a reader remembers; when it does not follow from
    /// the figures beside it, one of the three is wrong.
    ///
    /// ## Example
    /// ```text
    /// Turnover rose 10% to 120 from 100.
    ///               ^^^ the figures imply a rise of 20.0% (18.9% to 21.1% allowing for rounding): `120` (119.5–120.5) from `100` (99.5–100.5)
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct GrowthMismatch {
        code: "F202",
        name: "growth-mismatch",
        family: Figure,
        severity: Warning,
    }
}

/// The sign the words before a change give it: +1 for a rise, -1 for a fall.
fn direction(text: &str, change: &Figure, sentence_start: usize) -> Option<f64> {
    let before = &text[sentence_start..change.span.start];
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().rev().take(4).find_map(|w| {
        if presslint_parse::figures::is_fall(w) {
            Some(-1.0)
        } else if presslint_parse::figures::is_rise(w) {
            Some(1.0)
        } else {
            None
        }
    })
}

/// Report changes that their before and after values contradict.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let figures = ctx.figures();
    let mut found = Vec::new();
    for &sentence in ctx.sentences() {
        let in_sentence = &figures[inside(figures, sentence)];
        for (k, change) in in_sentence.iter().enumerate() {
            if change.role != Role::Change || change.unit != Unit::Percent {
                continue;
            }
            let Some(sign) = direction(text, change, sentence.start) else {
                continue;
            };
            let money_or_count = |f: &&Figure| matches!(f.unit, Unit::Currency(_) | Unit::Plain);
            let Some(previous) = in_sentence[k + 1..]
                .iter()
                .filter(money_or_count)
                .find(|f| f.role == Role::Previous)
            else {
                continue;
            };
            // The new value: `to X` after the change, or the figure just before it (`X, up 5%`).
            let current = in_sentence[k + 1..]
                .iter()
                .filter(money_or_count)
                .find(|f| f.role == Role::Current)
                .or_else(|| {
                    k.checked_sub(1)
                        .map(|j| &in_sentence[j])
                        .filter(|f| money_or_count(f))
                });
            let Some(current) = current else { continue };
            if current.unit != previous.unit
                || previous.interval.low <= 0.0
                || current.hedge.is_some()
                || previous.hedge.is_some()
            {
                continue;
            }
            let (a, b) = (current.interval, previous.interval);
            let implied = (a.low - b.high) / b.high * 100.0..=(a.high - b.low) / b.low * 100.0;
            let stated = if sign > 0.0 {
                change.interval.low..=change.interval.high
            } else {
                -change.interval.high..=-change.interval.low
            };
            if implied.end() < stated.start() || stated.end() < implied.start() {
                let exact = (current.magnitude() - previous.magnitude()) / previous.magnitude() * 100.0;
                let kind = if exact >= 0.0 { "rise" } else { "fall" };
                let (from, to) = if exact >= 0.0 {
                    (*implied.start(), *implied.end())
                } else {
                    (-implied.end(), -implied.start())
                };
                found.push((
                    change.span,
                    format!(
                        "the figures imply a {kind} of {:.1}% ({:.1}% to {:.1}% allowing for rounding): {} from {}",
                        exact.abs(),
                        from,
                        to,
                        describe(current, text),
                        describe(previous, text)
                    ),
                    current.span,
                    previous.span,
                ));
            }
        }
    }
    for (span, message, current, previous) in found {
        let related = vec![
            ctx.related(current, "the new value"),
            ctx.related(previous, "the old value"),
        ];
        ctx.report(span, message).related.extend(related);
    }
}
