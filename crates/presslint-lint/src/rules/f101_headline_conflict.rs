use crate::rule::{DocContext, declare_rule};
use crate::rules::figures::{describe, headline, restated, same_fact};
use presslint_core::Role;

declare_rule! {
    /// A figure in the headline that the body contradicts.
    ///
    /// ## What it finds
    /// A figure in the headline and figures in the body for the same fact —
    /// the same measure (`profit`, `net profit`), unit family, and, where both
    /// name them, the same subject and period — when every body figure for
    /// that fact is incompatible with the headline's: their intervals, after
    /// the stated rounding and hedges, share no value. A round figure is
    /// read as a rounding (`$600m` may be `$598.7m`). `$5.2bn` in the
    /// headline agrees with `$5.17 billion` in the body; `$4.6 billion` does
    /// not. A body that restates the headline's figure anywhere (`grew by
    /// 8.1%`, whatever the sentence) supports it. A change in the headline
    /// (`profit falls 18%`) is read against the changes of the body. Figures
    /// that differ only in scale (`$3.2m` and `$3.2bn`) are left
    /// to `F204`; figures in sentences about forecasts are never compared.
    ///
    /// ## Why it matters
    /// Headlines are what gets quoted and indexed; a headline number that the
    /// article itself contradicts spreads the wrong one.
    ///
    /// ## Example
    /// ```text
    /// Harbor Foods profit jumps to $5.2bn
    ///                              ^^^^^^ headline says `$5.2bn` (5.15–5.25 billion USD) for profit; the body says `$4.6 billion` (4.55–4.65 billion USD)
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct HeadlineConflict {
        code: "F101",
        name: "headline-conflict",
        family: Figure,
        severity: Warning,
    }
}

fn comparable(role: Role) -> bool {
    matches!(role, Role::Plain | Role::Current)
}

/// Report headline figures that every body figure for their fact contradicts.
pub fn check(ctx: &mut DocContext<'_>) {
    let Some(head) = headline(ctx.doc) else { return };
    let text = &ctx.doc.text;
    let figures = ctx.figures();
    let mut found = Vec::new();
    for h in figures
        .iter()
        .filter(|f| head.contains(f.span) && f.role != Role::Previous)
    {
        let Some(key) = &h.key else { continue };
        // Values against values, changes against changes: `profit falls 18%`
        // in the headline is read against `fell 12 percent` in the body.
        let body: Vec<_> = figures
            .iter()
            .filter(|b| b.span.start >= head.end && b.role != Role::Previous)
            .filter(|b| comparable(b.role) == comparable(h.role))
            .filter(|b| b.key.as_ref().is_some_and(|k| same_fact(key, k)))
            .collect();
        let Some(first) = body.first() else { continue };
        let same_numeral = body.iter().any(|b| b.value == h.value && b.scale != h.scale);
        // The headline's figure restated anywhere in the body, whatever its
        // role or key (`rose by 8.1%`, `the $102.6bn`), supports it.
        let restated_in_body = figures.iter().any(|b| {
            b.span.start >= head.end
                && b.unit.family() == h.unit.family()
                && !restated(b).disjoint(&restated(h))
        });
        if same_numeral || restated_in_body {
            continue;
        }
        found.push((
            h.span,
            first.span,
            format!(
                "headline says {} for {}; the body says {}",
                describe(h, text),
                key.measure,
                describe(first, text)
            ),
        ));
    }
    for (span, other, message) in found {
        let related = ctx.related(other, "the body's figure for the same fact");
        ctx.report(span, message).related.push(related);
    }
}
