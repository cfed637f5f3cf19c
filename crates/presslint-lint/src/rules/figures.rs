//! What the figure rules share: the article's figures, how two keys name the
//! same fact, and how a figure is shown in a message so that a reader can
//! check the comparison by hand.

use presslint_core::{BlockKind, CivilDate, Document, FactKey, Figure, Interval, Span, Unit};

/// The figures of the article text: residue the classifier is sure of is left out.
pub fn article_figures(doc: &Document) -> Vec<Figure> {
    article_figures_besides(
        doc,
        &presslint_parse::dates::find_day_mentions_besides(&doc.text, &doc.dates),
    )
}

/// [`article_figures`] with the days the text names besides its full dates
/// already found.
pub fn article_figures_besides(doc: &Document, days: &[presslint_parse::dates::DayMention]) -> Vec<Figure> {
    let date = doc.meta.date.as_deref().and_then(CivilDate::parse_iso);
    let mut residue = crate::textutil::SpanWalk::new(
        doc.boilerplate
            .iter()
            .filter(|b| b.confidence >= crate::rules::residue::SURE)
            .map(|b| b.span),
    );
    presslint_parse::figures::find_figures_besides(&doc.text, date, &doc.dates, days)
        .into_iter()
        .filter(|f| !residue.overlaps(f.span))
        .collect()
}

/// The head word of a measure and its modifier: `net profit` → (`profit`, `net`).
fn head(measure: &str) -> (&str, Option<&str>) {
    match measure.rsplit_once(' ') {
        Some((modifier, head)) => (head, Some(modifier)),
        None => (measure, None),
    }
}

/// Whether two keys can name the same fact inside one document: the same
/// measure (a bare `profit` agrees with `net profit`, `net` does not with
/// `operating`), the same unit family, and subjects and periods that agree
/// where both are given.
pub fn same_fact(a: &FactKey, b: &FactKey) -> bool {
    let ((ha, ma), (hb, mb)) = (head(&a.measure), head(&b.measure));
    let agree = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    ha == hb
        && (ma.is_none() || mb.is_none() || ma == mb)
        && a.family == b.family
        && agree(&a.subject, &b.subject)
        && agree(&a.period, &b.period)
}

/// A number for a message: at most four decimals, trailing zeros dropped.
pub fn number(value: f64) -> String {
    if value.is_infinite() {
        return if value > 0.0 { "∞" } else { "-∞" }.to_string();
    }
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// An interval in the scale of `like` (`5.15–5.25 billion USD`).
pub fn interval_in(interval: &Interval, like: &Figure) -> String {
    let factor = like.scale.map_or(1.0, presslint_core::Scale::factor);
    let scale = like.scale.map_or(String::new(), |s| format!(" {}", s.as_str()));
    let unit = match &like.unit {
        Unit::Plain => String::new(),
        Unit::Percent => "%".to_string(),
        other => format!(" {}", other.label()),
    };
    format!(
        "{}–{}{scale}{unit}",
        number(interval.low / factor),
        number(interval.high / factor)
    )
}

/// A figure as the text states it and the interval it allows: `` `$5.2bn` (5.15–5.25 billion USD) ``.
pub fn describe(figure: &Figure, text: &str) -> String {
    format!(
        "`{}` ({})",
        figure.span.slice(text),
        interval_in(&figure.interval, figure)
    )
}

/// The headline block, if the document has one.
pub fn headline(doc: &Document) -> Option<Span> {
    doc.blocks
        .iter()
        .find(|b| b.kind == BlockKind::Headline)
        .map(|b| b.span)
}

/// The figures of `figures` inside `span`, by index.
pub fn inside(figures: &[Figure], span: Span) -> std::ops::Range<usize> {
    let from = figures.partition_point(|f| f.span.start < span.start);
    let to = figures.partition_point(|f| f.span.start < span.end);
    from..to.max(from)
}

/// The interval of a figure when it may restate another: a round figure
/// (`$600m`, `5,000`) may be a rounding of a precise one (`$598.7m`,
/// `4,960`), so it is widened to half a unit of its last non-zero digit.
pub fn restated(figure: &Figure) -> Interval {
    if figure.decimals > 0 || figure.value < 10.0 || figure.value.fract() != 0.0 {
        return figure.interval;
    }
    let mut step = 1.0;
    let mut rest = figure.value;
    while rest >= 10.0 && rest % 10.0 == 0.0 {
        rest /= 10.0;
        step *= 10.0;
    }
    let widen = (step - 1.0) / 2.0 * figure.scale.map_or(1.0, presslint_core::Scale::factor);
    Interval {
        low: figure.interval.low - widen,
        high: figure.interval.high + widen,
    }
}
