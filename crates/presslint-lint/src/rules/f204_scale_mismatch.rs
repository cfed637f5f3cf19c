use crate::rule::{DocContext, declare_rule};
use presslint_core::{Figure, Role, Unit};

declare_rule! {
    /// The same numeral for one fact at two different scales, currencies or units.
    ///
    /// ## What it finds
    /// Two figures in one document with the same numeral in digits (to the
    /// same decimals) but a different scale word (`revenue of $3.2 million`,
    /// then `the $3.2 billion revenue`), a different currency for a scaled
    /// amount (`5.6 billion yuan`, then `the $5.6 billion plant`; prices such as
    /// `$99` and `£99` are set per market, and a document that converts
    /// amounts, `$3.3bn (£1.8bn)`, repeats numerals across currencies by chance) or a different unit of one dimension (`a
    /// 12-kilometre tunnel`, then `the 12-mile tunnel`; `MW` and `GW`). The
    /// repeated numeral is the tell of a slipped word, as opposed to two
    /// genuinely different values. When both figures have fact keys, their
    /// measures and periods must agree (`$1.5m` of profit in 2020 and `$1.5bn`
    /// in 2019 are two facts); hedged figures and changes are left alone.
    ///
    /// ## Why it matters
    /// A factor of a thousand is the most expensive typo a number can have,
    /// and the one spell-checkers never see.
    ///
    /// ## Example
    /// ```text
    /// The $3.2 billion revenue was a record.
    ///     ^^^^^^^^^^^^ `$3.2 billion` here, `$3.2 million` earlier: the same numeral with another scale
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

/// What differs between two statements of one numeral, if it is a slip:
/// the scale, the currency, or the physical unit of one dimension.
fn slip(text: &str, earlier: &Figure, later: &Figure) -> Option<&'static str> {
    if earlier.value != later.value || earlier.decimals != later.decimals {
        return None;
    }
    if earlier.hedge.is_some() || later.hedge.is_some() || later.role == Role::Change {
        return None;
    }
    // Number words repeat by nature (`five` firms, `five million` users),
    // and a range's first end only borrows its scale (`20-30bn`): both
    // figures are written in digits with their own scale or unit.
    let written = |f: &Figure| {
        text.get(f.span.start..f.span.end).is_some_and(|t| {
            let last_digit = t.rfind(|c: char| c.is_ascii_digit());
            last_digit.is_some_and(|k| t[k..].contains(char::is_alphabetic) || f.scale.is_none())
        })
    };
    if !written(earlier) || !written(later) {
        return None;
    }
    // Scale words on both (`million` and `billion`), never one bare figure
    // beside a scaled one (`Two` people, `two million` viewers); currencies
    // only for scaled amounts (prices of `$99` and `£99` are set per market).
    let scaled = earlier.scale.is_some() && later.scale.is_some();
    match (&earlier.unit, &later.unit) {
        (a, b) if a == b && scaled && earlier.scale != later.scale && !matches!(a, Unit::Ordinal) => {
            Some("scale")
        }
        (Unit::Currency(a), Unit::Currency(b)) if a != b && scaled && earlier.scale == later.scale => {
            Some("currency")
        }
        (a, b) if a != b && a.dimension().is_some() && a.dimension() == b.dimension() => Some("unit"),
        _ => None,
    }
}

/// Whether the keys allow the two figures to be one fact: the same measure
/// and period when both have keys; figures without a key are judged by
/// their numeral alone, which is rarely repeated by chance at another scale.
fn may_be_one_fact(text: &str, earlier: &Figure, later: &Figure) -> bool {
    match (&earlier.key, &later.key) {
        (Some(a), Some(b)) => {
            let (ha, hb) = (a.measure.rsplit(' ').next(), b.measure.rsplit(' ').next());
            ha == hb && (a.period.is_none() || b.period.is_none() || a.period == b.period)
        }
        // Without both keys, the nouns right after them must not differ:
        // `€1.2 billion` of revenue is not a `€1.2 million pay package`.
        _ => match (noun_after(text, earlier), noun_after(text, later)) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        },
    }
}

/// The word right after a figure, when it reads as the noun it measures.
fn noun_after(text: &str, figure: &Figure) -> Option<String> {
    if let Some(key) = &figure.key {
        return key.measure.rsplit(' ').next().map(str::to_string);
    }
    let word: String = text[figure.span.end..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let stop = [
        "of", "in", "to", "from", "for", "a", "an", "the", "and", "or", "on", "at", "by", "with", "is",
        "was", "will", "per",
    ];
    (word.starts_with(|c: char| c.is_lowercase()) && !stop.contains(&word.as_str())).then_some(word)
}

/// Whether the document converts amounts between currencies, `$3.3bn
/// (£1.8bn)`: the same numeral then turns up in two currencies by chance.
fn converts(text: &str, figures: &[Figure]) -> bool {
    figures.windows(2).any(|w| {
        let between = &text[w[0].span.end.min(w[1].span.start)..w[1].span.start];
        matches!((&w[0].unit, &w[1].unit), (Unit::Currency(a), Unit::Currency(b)) if a != b)
            && between.trim() == "("
    })
}

/// Report figures that repeat an earlier figure's numeral at another scale or unit.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let figures = ctx.figures();
    let converting = converts(text, figures);
    let mut found = Vec::new();
    for (k, later) in figures.iter().enumerate() {
        let Some((earlier, what)) = figures[..k].iter().find_map(|e| {
            // A repeated numeral in another currency or unit is telling
            // enough; at another scale it must also read as one fact.
            slip(text, e, later)
                .filter(|&w| w != "currency" || !converting)
                .filter(|&w| w != "scale" || may_be_one_fact(text, e, later))
                .map(|w| (e, w))
        }) else {
            continue;
        };
        found.push((
            later.span,
            earlier.span,
            format!(
                "`{}` here, `{}` earlier: the same numeral with another {what}",
                later.span.slice(text),
                earlier.span.slice(text),
            ),
        ));
    }
    for (span, other, message) in found {
        let related = ctx.related(other, "the same numeral");
        ctx.report(span, message).related.push(related);
    }
}
