//! Figures in prose: every number with its span, value, scale, unit and
//! hedge, its value as an interval, its role in the sentence, and the fact it
//! states where the text says clearly enough.
//!
//! ```
//! use presslint_core::{Scale, Unit};
//! use presslint_parse::figures::find_figures;
//!
//! let text = "Quarterly profits at TimeWarner jumped 76% to $1.13bn from $639m.";
//! let figures = find_figures(text, None);
//! let profit = &figures[1];
//! assert_eq!((profit.value, profit.scale, &profit.unit), (1.13, Some(Scale::Billion), &Unit::Currency("USD".into())));
//! assert_eq!((profit.interval.low, profit.interval.high), (1.125e9, 1.135e9));
//! assert_eq!(profit.key.as_ref().unwrap().measure, "profit");
//! ```
//!
//! Intervals follow the stated precision: a value is exact to half a unit of
//! its last digit (`660.8` is `[660.75, 660.85]`, `639` is `[638.5, 639.5]`,
//! `$5bn` is `[4.5, 5.5]` billion). Hedges widen them: `about` by 10% either
//! side, `nearly` to 10% below, `more than` and `at least` to no upper
//! bound, `up to` and `less than` down to zero. Number words are exact.
//! Whether a round figure (`$600m`) restates a precise one (`$598.7m`) is a
//! question for the rules that compare restatements, which widen it.

mod keys;
mod tokens;
mod words;

use presslint_core::{CivilDate, DateMention, Figure, Hedge, Interval, Role, Scale, Span, Unit};

use crate::dates::DayMention;

use tokens::{Kind, Token, tokenize};

/// Every figure of `text`, in text order. `date` is the document's date,
/// against which relative periods (`last year`) are resolved.
pub fn find_figures(text: &str, date: Option<CivilDate>) -> Vec<Figure> {
    let full = crate::dates::find_dates(text);
    let days = crate::dates::find_day_mentions_besides(text, &full);
    find_figures_besides(text, date, &full, &days)
}

/// [`find_figures`] for a caller that has the text's dates already: its
/// full dates (`full`, from [`crate::dates::find_dates`]) and the days it
/// names besides (`days`, from [`crate::dates::find_day_mentions_besides`]).
/// Numbers inside them are parts of dates, not figures.
pub fn find_figures_besides(
    text: &str,
    date: Option<CivilDate>,
    full: &[DateMention],
    days: &[DayMention],
) -> Vec<Figure> {
    let tokens = tokenize(text);
    let mut excluded: Vec<Span> = full.iter().map(|d| d.span).collect();
    excluded.extend(days.iter().map(|d| d.span));
    excluded.sort_unstable();
    let mut found: Vec<(Figure, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(mut parsed) = figure_at(text, &tokens, i) else {
            i += 1;
            continue;
        };
        if parsed.figure.span.is_empty() || inside_any(&excluded, parsed.figure.span) {
            i = parsed.next.max(i + 1);
            continue;
        }
        // A range's first end takes the unit and scale of its second: `5-7%`, `$5-7m`.
        if let Some(second) = range_end(text, &tokens, &parsed) {
            if parsed.figure.unit == Unit::Plain && parsed.figure.scale.is_none() {
                parsed.figure.unit = second.figure.unit.clone();
                parsed.figure.scale = second.figure.scale;
                parsed.figure.interval = interval(&parsed.figure, parsed.step);
            }
            i = second.next;
            found.push((parsed.figure, parsed.first, parsed.next));
            found.push((second.figure, second.first, second.next));
        } else {
            i = parsed.next;
            found.push((parsed.figure, parsed.first, parsed.next));
        }
    }
    // Readings that overlap (`one third`: the count `one`, then the fraction
    // `one third`) keep the later, longer one.
    let mut kept: Vec<(Figure, usize, usize)> = Vec::with_capacity(found.len());
    for entry in found {
        while kept
            .last()
            .is_some_and(|(f, _, _)| f.span.end > entry.0.span.start)
        {
            kept.pop();
        }
        kept.push(entry);
    }
    let found = kept;
    let mut figures: Vec<Figure> = found.iter().map(|(f, _, _)| f.clone()).collect();
    let positions: Vec<(usize, usize)> = found.iter().map(|&(_, a, b)| (a, b)).collect();
    keys::assign(text, &tokens, &positions, &mut figures, date);
    figures
}

/// Whether `word` (lower case) says a value went down: `fell`, `down`, `cut`.
pub fn is_fall(word: &str) -> bool {
    words::FALLS.contains(&word)
}

/// Whether `word` (lower case) says a value went up: `rose`, `up`, `jumped`.
pub fn is_rise(word: &str) -> bool {
    words::RISES.contains(&word)
}

/// A figure as parsed from tokens, before its key is known.
struct Parsed {
    figure: Figure,
    /// Index of its first token (the currency or hedge-free start).
    first: usize,
    /// Index of the token after it.
    next: usize,
    /// The unit of its last significant digit, scale not applied.
    step: f64,
}

fn word_is(text: &str, token: Option<&Token>, words: &[&str]) -> bool {
    token.is_some_and(|t| t.kind == Kind::Word && words.iter().any(|w| t.text(text).eq_ignore_ascii_case(w)))
}

fn symbol_is(text: &str, token: Option<&Token>, symbols: &[&str]) -> bool {
    token.is_some_and(|t| t.kind == Kind::Symbol && symbols.contains(&t.text(text)))
}

fn glued(a: &Token, b: &Token) -> bool {
    a.span.end == b.span.start
}

/// The numeral of a digits token: value, decimals, and the unit of its last
/// significant digit. `None` for malformed grouping (`5,6`).
fn numeral(digits: &str) -> Option<(f64, u8, f64)> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if fraction.contains(',') || fraction.contains('.') {
        return None;
    }
    let groups: Vec<&str> = whole.split(',').collect();
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    let plain: String = groups.concat();
    let value: f64 = format!("{plain}.{}", if fraction.is_empty() { "0" } else { fraction })
        .parse()
        .ok()?;
    let step = 10f64.powi(-(fraction.len() as i32));
    Some((value, fraction.len().min(255) as u8, step))
}

/// The interval a figure's statement allows: its precision, then its hedge.
fn interval(figure: &Figure, step: f64) -> Interval {
    let factor = figure.scale.map_or(1.0, Scale::factor);
    let (value, half) = (figure.value * factor, step / 2.0 * factor);
    match figure.hedge {
        None => Interval {
            low: value - half,
            high: value + half,
        },
        Some(Hedge::About) => Interval {
            low: value * 0.9 - half,
            high: value * 1.1 + half,
        },
        Some(Hedge::Nearly) => Interval {
            low: value * 0.9 - half,
            high: value + half,
        },
        Some(Hedge::AtLeast) => Interval {
            low: value - half,
            high: f64::INFINITY,
        },
        Some(Hedge::AtMost) => Interval {
            low: 0.0,
            high: value + half,
        },
    }
}

/// The currency written before token `i`, if any: its code and first token.
fn currency_before(text: &str, tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let number = tokens[i];
    let previous = tokens.get(i.checked_sub(1)?)?;
    // `$1.13bn`, `US$5m`, `£600m`: a symbol glued to the digits (or one space away).
    if previous.kind == Kind::Symbol && number.span.start - previous.span.end <= 1 {
        let symbol = previous.text(text);
        if let Some(before) = i.checked_sub(2).map(|k| tokens[k])
            && before.kind == Kind::Word
            && glued(&before, previous)
        {
            let joined = format!("{}{symbol}", before.text(text));
            if let Some(&(_, code)) = words::CURRENCY_PREFIXES.iter().find(|(p, _)| *p == joined) {
                return Some((code, i - 2));
            }
        }
        return words::CURRENCY_PREFIXES
            .iter()
            .find(|(p, _)| *p == symbol)
            .map(|&(_, code)| (code, i - 1));
    }
    // `RMB 5 billion`, `CNY5bn`.
    if previous.kind == Kind::Word && number.span.start - previous.span.end <= 1 {
        let word = previous.text(text);
        return words::CURRENCY_PREFIXES
            .iter()
            .find(|(p, _)| *p == word && p.len() >= 2)
            .map(|&(_, code)| (code, i - 1));
    }
    None
}

/// Whether the word before token `i` makes its number part of a name
/// (`FTSE 100`, `Boeing 747`): a capitalised word that does not start its
/// sentence and is not a hedge.
fn part_of_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(previous) = i.checked_sub(1).map(|k| tokens[k]) else {
        return false;
    };
    if previous.kind != Kind::Word || !previous.text(text).starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let sentence_start = i < 2 || symbol_is(text, tokens.get(i - 2), &[".", "!", "?", "\n", ":", "\""]);
    let word = previous.text(text).to_ascii_lowercase();
    // Table rows label values with months: `Feb 872.0, March 164.6`.
    let month = crate::dates::month_named(&word).is_some()
        || [
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ]
        .contains(&word.as_str());
    if month {
        return false;
    }
    let hedge = words::HEDGES
        .iter()
        .any(|(w, _)| w.last() == Some(&word.as_str()))
        || [
            "only", "just", "all", "by", "to", "from", "of", "with", "and", "total",
        ]
        .contains(&word.as_str());
    !(sentence_start || hedge)
}

/// The hedge written right before token `first`, and the token it starts at.
pub(crate) fn hedge_before(text: &str, tokens: &[Token], first: usize) -> Option<(Hedge, usize)> {
    for (phrase, hedge) in words::HEDGES {
        let n = phrase.len();
        if first < n {
            continue;
        }
        let matches = phrase
            .iter()
            .enumerate()
            .all(|(k, w)| word_is(text, tokens.get(first - n + k), &[w]));
        if matches {
            return Some((hedge, first - n));
        }
    }
    None
}

/// The figure starting at token `i`, if one does.
fn figure_at(text: &str, tokens: &[Token], i: usize) -> Option<Parsed> {
    let token = tokens[i];
    let (mut value, decimals, mut step, mut next, mut unit, mut scale) = match token.kind {
        Kind::Number => {
            // Glued to letters before: a name or code (`A380`, `G8`, `MP3`), unless a currency code.
            if let Some(previous) = i.checked_sub(1).map(|k| tokens[k])
                && previous.kind == Kind::Word
                && glued(&previous, &token)
                && currency_before(text, tokens, i).is_none()
            {
                return None;
            }
            // The minutes of a time, the digits after a decimal comma or a slash.
            if symbol_is(
                text,
                i.checked_sub(1).and_then(|k| tokens.get(k)),
                &[":", "/", "#"],
            ) && i > 1
                && glued(&tokens[i - 1], &token)
            {
                return None;
            }
            let (value, decimals, step) = numeral(token.text(text))?;
            (value, decimals, step, i + 1, Unit::Plain, None)
        }
        Kind::Word => {
            let word = token.text(text);
            // Most words are passed over by their first two letters, before being folded.
            if !words::may_start_number_word(word) {
                return None;
            }
            // Nor is any number word without a hyphen shorter than `one` or longer than `seventeenth`.
            let hyphen = word.contains('-');
            if !hyphen && !(3..=11).contains(&word.len()) {
                return None;
            }
            let lower = crate::scan::Folded::new(word);
            let lower = lower.as_str();
            // Fractions, compounds and modifiers have hyphens; every other
            // number word is in the vocabulary.
            if !hyphen && !words::may_be_number_word(lower) {
                return None;
            }
            if let Some(value) = words::fraction(word) {
                // `two-thirds`, `three-quarters`.
                (value, 0, 0.0, i + 1, Unit::Plain, None)
            } else if let Some(value) = words::cardinal(word) {
                // The pronoun `one`: `no one`, `the one`, `one another`.
                if lower == "one"
                    && (word_is(
                        text,
                        i.checked_sub(1).map(|k| &tokens[k]),
                        &[
                            "no", "the", "any", "every", "each", "this", "that", "which", "someone",
                        ],
                    ) || word_is(text, tokens.get(i + 1), &["another", "another's", "day", "way"]))
                {
                    return None;
                }
                if lower == "zero" {
                    return None;
                }
                (value, 0, 0.0, i + 1, Unit::Plain, None)
            } else if let Some((value, end)) = words::modifier(word) {
                // `five-year`, `12-nation`: the number of a compound modifier.
                return Some(Parsed::word_part(token, i, value, end));
            } else if let Some(denominator) = words::denominator(word)
                .filter(|_| word_is(text, i.checked_sub(1).map(|k| &tokens[k]), &["a", "one"]))
            {
                // `a third of`, `a quarter`: a fraction, not a rank.
                (1.0 / denominator, 0, 0.0, i + 1, Unit::Plain, None)
            } else if let Some(rank) = words::ordinal(word) {
                // `a second`, `per second`: a unit of time, not a rank.
                if lower == "second" && word_is(text, i.checked_sub(1).map(|k| &tokens[k]), &["a", "per"]) {
                    return None;
                }
                (rank, 0, 0.0, i + 1, Unit::Ordinal, None)
            } else if lower == "dozen" && word_is(text, i.checked_sub(1).map(|k| &tokens[k]), &["a"]) {
                (12.0, 0, 0.0, i + 1, Unit::Plain, None)
            } else if lower == "half"
                && i.checked_sub(1)
                    .is_none_or(|k| words::ordinal(tokens[k].text(text)).is_none())
                && (word_is(text, tokens.get(i + 1), &["of", "the", "its", "their"])
                    || word_is(text, i.checked_sub(1).map(|k| &tokens[k]), &["a", "one"]))
            {
                (0.5, 0, 0.0, i + 1, Unit::Plain, None)
            } else {
                return None;
            }
        }
        Kind::Symbol => return None,
    };
    let mut first = i;
    let lower = lower_word(text, &token);
    let after_article = i > 0 && word_is(text, tokens.get(i - 1), &["a", "one"]);
    let fraction = words::denominator(&lower).is_some() && after_article && unit == Unit::Plain;
    if lower == "dozen" || fraction || (lower == "half" && after_article) {
        first = i - 1;
    }
    let is_digits = token.kind == Kind::Number;
    // What follows the digits, glued: a scale (`bn`, `m`), an ordinal suffix, a decade's `s`.
    if is_digits
        && let Some(after) = tokens
            .get(next)
            .filter(|t| glued(&token, t) && t.kind == Kind::Word)
    {
        let suffix = after.text(text);
        if let Some(s) = words::scale(suffix, true) {
            scale = Some(s);
            next += 1;
        } else if let Some(symbol) = words::physical(suffix) {
            unit = Unit::Physical(symbol.to_string());
            next += 1;
        } else if ["st", "nd", "rd", "th"].contains(&suffix) && decimals == 0 {
            unit = Unit::Ordinal;
            step = 0.0;
            next += 1;
        } else {
            // `1990s`, `3G`, `10am`, `4x4`: not a quantity we can read.
            return None;
        }
    }
    // A spaced scale word: `1.2 million`, `two billion`; `hundred` after a number word.
    if scale.is_none() {
        if let Some(s) = tokens
            .get(next)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| words::scale(t.text(text), false))
        {
            scale = Some(s);
            next += 1;
        } else if !is_digits && word_is(text, tokens.get(next), &["hundred"]) {
            value *= 100.0;
            next += 1;
        }
    }
    // The currency before: `$`, `US$`, `£`, `RMB`.
    let mut currency = None;
    if is_digits && let Some((code, at)) = currency_before(text, tokens, i) {
        currency = Some(code);
        first = at;
    }
    // A percentage: `76%`, `5 per cent`, `5 percent`, `2 percentage points`.
    if symbol_is(text, tokens.get(next), &["%"]) || word_is(text, tokens.get(next), &["percent", "pc"]) {
        unit = Unit::Percent;
        next += 1;
    } else if word_is(text, tokens.get(next), &["per"]) && word_is(text, tokens.get(next + 1), &["cent"]) {
        unit = Unit::Percent;
        next += 2;
    } else if word_is(text, tokens.get(next), &["percentage"])
        && word_is(text, tokens.get(next + 1), &["point", "points"])
    {
        unit = Unit::PercentagePoint;
        next += 2;
    } else if currency.is_none() {
        // A currency after: `3.4 billion yuan`, `10 US dollars`.
        let at = if word_is(text, tokens.get(next), &["US", "Hong", "Australian", "Canadian"])
            && tokens
                .get(next + 1)
                .is_some_and(|t| words::currency_word(t.text(text)).is_some())
        {
            next + 1
        } else {
            next
        };
        if let Some(code) = tokens
            .get(at)
            .filter(|t| t.kind == Kind::Word && (t.text(text) != "p" || glued(&tokens[at - 1], t)))
            .and_then(|t| words::currency_word(t.text(text)))
        {
            let code = match (tokens[at - 1].text(text), code) {
                ("Hong", _) => "HKD",
                ("Australian", _) => "AUD",
                ("Canadian", _) => "CAD",
                (_, code) => code,
            };
            currency = Some(code);
            next = at + 1;
        }
    }
    if let Some(code) = currency {
        if unit != Unit::Plain {
            return None;
        }
        unit = Unit::Currency(code.to_string());
    }
    // A physical unit: `75 MW`, `12-kilometre`, `1.8 million barrels`.
    if unit == Unit::Plain {
        let hyphen = symbol_is(text, tokens.get(next), &["-"])
            && tokens
                .get(next + 1)
                .is_some_and(|t| glued(&tokens[next], t) && glued(&tokens[next - 1], &tokens[next]));
        let at = if hyphen { next + 1 } else { next };
        if let Some(symbol) = tokens
            .get(at)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| words::physical(t.text(text)))
        {
            unit = Unit::Physical(symbol.to_string());
            next = at + 1;
        }
    }
    if is_digits {
        let digits = token.text(text);
        let bare = unit == Unit::Plain && scale.is_none();
        // A calendar year, or a span of years: not a quantity.
        let year = digits.len() == 4 && (1800.0..=2100.0).contains(&value) && !digits.contains(['.', ',']);
        if bare && year {
            return Some(Parsed::skip(token, i, next_after_year_range(text, tokens, next)));
        }
        // A time of day: `10:30`, `9 am`, `5pm`.
        if bare
            && (symbol_is(text, tokens.get(next), &[":"])
                || word_is(text, tokens.get(next), &["am", "pm", "GMT", "BST", "ET", "EST"]))
        {
            return None;
        }
        // A label before a number with separators is a table's, not a name's (`Aster 12,480`).
        if bare && !digits.contains([',', '.']) && part_of_name(text, tokens, i) {
            return None;
        }
        // Telephone numbers and other digit groups: `020 7946 0000`.
        if bare
            && (tokens.get(next).is_some_and(|t| t.kind == Kind::Number)
                || i.checked_sub(1).is_some_and(|k| tokens[k].kind == Kind::Number))
        {
            return None;
        }
    }
    let hedge = hedge_before(text, tokens, first).map(|(h, _)| h);
    let span = Span::new(tokens[first].span.start, tokens[next - 1].span.end);
    let mut figure = Figure {
        scale,
        unit,
        hedge,
        ..bare(span, value, decimals, step)
    };
    figure.interval = interval(&figure, step);
    Some(Parsed {
        figure,
        first,
        next,
        step,
    })
}

/// A figure of `value` at `span` with no scale, unit, hedge, role or key, its
/// interval set by `step`, the unit of its last digit.
fn bare(span: Span, value: f64, decimals: u8, step: f64) -> Figure {
    let mut figure = Figure {
        span,
        value,
        scale: None,
        unit: Unit::Plain,
        hedge: None,
        interval: Interval {
            low: value,
            high: value,
        },
        role: Role::Plain,
        key: None,
        decimals,
    };
    figure.interval = interval(&figure, step);
    figure
}

fn lower_word(text: &str, token: &Token) -> String {
    if token.kind == Kind::Word {
        token.text(text).to_ascii_lowercase()
    } else {
        String::new()
    }
}

impl Parsed {
    /// A number that is not a figure, to step over: the empty span marks
    /// it, and `find_figures` drops it (the caller sees `next` only).
    fn skip(token: Token, i: usize, next: usize) -> Parsed {
        Parsed {
            figure: bare(Span::new(token.span.start, token.span.start), 0.0, 0, 0.0),
            first: i,
            next,
            step: 0.0,
        }
    }

    /// The number at the start of a compound word (`five` of `five-year`).
    fn word_part(token: Token, i: usize, value: f64, end: usize) -> Parsed {
        Parsed {
            figure: bare(Span::new(token.span.start, token.span.start + end), value, 0, 0.0),
            first: i,
            next: i + 1,
            step: 0.0,
        }
    }
}

/// After a year, the end of a span of years (`2004-05`, `2004-2005`).
fn next_after_year_range(text: &str, tokens: &[Token], next: usize) -> usize {
    if symbol_is(text, tokens.get(next), &["-", "–", "/"])
        && tokens
            .get(next + 1)
            .is_some_and(|t| t.kind == Kind::Number && glued(&tokens[next], t))
    {
        next + 2
    } else {
        next
    }
}

/// Whether `span` overlaps any of the sorted, non-overlapping `spans`.
fn inside_any(spans: &[Span], span: Span) -> bool {
    let k = spans.partition_point(|s| s.end <= span.start);
    spans.get(k).is_some_and(|s| s.start < span.end)
}

/// The second end of a range starting with `first`: `5-7%`, `between 5 and 7`.
fn range_end(text: &str, tokens: &[Token], first: &Parsed) -> Option<Parsed> {
    let at = first.next;
    let dash = symbol_is(text, tokens.get(at), &["-", "–"])
        && tokens
            .get(at + 1)
            .is_some_and(|t| glued(&tokens[at], t) && glued(&tokens[at - 1], &tokens[at]));
    let and = word_is(text, tokens.get(at), &["and", "to"])
        && hedge_or_between(text, tokens, first.first)
        && tokens.get(at + 1).is_some_and(|t| t.kind == Kind::Number);
    if !(dash || and) {
        return None;
    }
    let second = figure_at(text, tokens, at + 1)?;
    (!second.figure.span.is_empty() && second.figure.value >= first.figure.value).then_some(second)
}

fn hedge_or_between(text: &str, tokens: &[Token], first: usize) -> bool {
    word_is(
        text,
        first.checked_sub(1).map(|k| &tokens[k]),
        &["between", "from"],
    )
}

#[cfg(test)]
mod tests;
