//! Roles and fact keys: what a figure is a value of, read from its sentence.
//!
//! Precision first: a figure gets a key only when its sentence names what is
//! measured, and never in a sentence about the future or a guess
//! (`expected`, `could`, `forecast`), where two values need not agree.

use std::borrow::Cow;

use presslint_core::{CivilDate, FactKey, Figure, Role, Unit};

use super::tokens::{Kind, Token};
use super::words;

/// What money and percentages measure in business news, singular and plural.
const MEASURES: [&str; 44] = [
    "profit",
    "profits",
    "loss",
    "losses",
    "revenue",
    "revenues",
    "sales",
    "turnover",
    "earnings",
    "income",
    "cost",
    "costs",
    "price",
    "prices",
    "budget",
    "debt",
    "debts",
    "deficit",
    "surplus",
    "investment",
    "investments",
    "spending",
    "exports",
    "imports",
    "output",
    "dividend",
    "salary",
    "wages",
    "growth",
    "inflation",
    "unemployment",
    "gdp",
    "assets",
    "stake",
    "fine",
    "bonus",
    "population",
    "jobs",
    "tax",
    "turnout",
    "contract",
    "contracts",
    "invest",
    "spend",
];

/// What counts count, when the noun comes before the number (`subscriber
/// base tops 12 million`, `passenger traffic reached 3.8 mln`).
const COUNTED: [&str; 24] = [
    "subscriber",
    "customer",
    "user",
    "visitor",
    "passenger",
    "worker",
    "employee",
    "staff",
    "job",
    "vote",
    "seat",
    "member",
    "household",
    "vehicle",
    "car",
    "home",
    "student",
    "patient",
    "tourist",
    "death",
    "casualty",
    "resident",
    "voter",
    "shareholder",
];

/// Words that narrow a measure to a different fact: net profit is not operating profit.
const MODIFIERS: [&str; 12] = [
    "net",
    "pre-tax",
    "pretax",
    "operating",
    "gross",
    "underlying",
    "core",
    "total",
    "interest",
    "market",
    "trade",
    "budget",
];

/// Words after a count that are not what it counts.
const NOT_NOUNS: [&str; 55] = [
    "of", "the", "a", "an", "and", "or", "to", "from", "in", "on", "at", "by", "for", "with", "per", "than",
    "as", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "who", "which",
    "that", "this", "these", "it", "its", "their", "more", "less", "times", "percent", "over", "under",
    "about", "around", "after", "before", "since", "during", "into", "across", "through", "between", "up",
    "down", "out",
];

/// Counted nouns that are durations or ages: periods, not facts.
const DURATIONS: [&str; 14] = [
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter", "half",
    "time", "old", "point",
];

/// Words that make a sentence about the future, a plan or a guess.
const MODAL: [&str; 24] = [
    "expect",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "could",
    "would",
    "may",
    "might",
    "target",
    "targets",
    "aims",
    "plans",
    "planned",
    "estimate",
    "estimates",
    "projected",
    "likely",
    "hopes",
    "if",
    "should",
    "potential",
];

/// Words that are capitalised but do not name a subject.
const NOT_SUBJECTS: [&str; 30] = [
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "Its",
    "It",
    "This",
    "That",
    "But",
    "And",
    "He",
    "She",
    "They",
    "We",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "However",
    "Shares",
    "Sales",
    "Profits",
    "Profit",
    "Revenue",
    "Quarterly",
    "Annual",
    "US",
    "UK",
];

/// The token in ASCII lower case, copied only when it has a capital: most
/// words compared here are lower case already.
fn lower<'a>(text: &'a str, t: &Token) -> Cow<'a, str> {
    let word = t.text(text);
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether `word` is one of `list` (lower-case ASCII words), ignoring ASCII case.
fn in_folded(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with("ss")
        || word == "sales"
        || word == "earnings"
        || word == "exports"
        || word == "imports"
    {
        word.to_string()
    } else if let Some(stem) = word
        .strip_suffix("es")
        .filter(|s| s.ends_with("ss") || s.ends_with('x') || s.ends_with("ch") || s.ends_with("sh"))
    {
        stem.to_string()
    } else {
        word.strip_suffix('s').unwrap_or(word).to_string()
    }
}

/// Token ranges of the sentences: split at `.`, `!`, `?`, `;` and line breaks.
fn sentence_of(text: &str, tokens: &[Token], at: usize) -> (usize, usize) {
    let end_of = |t: &Token| t.kind == Kind::Symbol && matches!(t.text(text), "." | "!" | "?" | ";" | "\n");
    let start = tokens[..at].iter().rposition(end_of).map_or(0, |k| k + 1);
    let end = tokens[at..]
        .iter()
        .position(end_of)
        .map_or(tokens.len(), |k| at + k);
    (start, end)
}

/// Give every figure its role and, where its sentence allows, its key.
pub fn assign(
    text: &str,
    tokens: &[Token],
    positions: &[(usize, usize)],
    figures: &mut [Figure],
    date: Option<CivilDate>,
) {
    for (figure, &(first, next)) in figures.iter_mut().zip(positions) {
        let (start, end) = sentence_of(text, tokens, first);
        figure.role = role(text, tokens, first, next, figure);
        // A guess or a plan governs the words up to the figure and on to the
        // next comma: `is expected to reach $5bn`, but not `revenue of $7.45
        // billion, beating analysts' estimates`.
        let stop = (next..end)
            .find(|&k| tokens[k].kind == Kind::Symbol && tokens[k].text(text) == ",")
            .unwrap_or(end);
        let modal = tokens[start..stop]
            .iter()
            .any(|t| t.kind == Kind::Word && in_folded(&MODAL, t.text(text)));
        if modal || figure.unit == Unit::Ordinal {
            continue;
        }
        // Subject, measure and period are read in the figure's clause: `X
        // earned $1.5m in 2020, and its parent $1.5bn in 2019` states two facts.
        let (start, end) = clause_of(text, tokens, start, end, first);
        let Some(measure) = measure(text, tokens, start, end, first, next, figure) else {
            continue;
        };
        figure.key = Some(FactKey {
            measure,
            subject: subject(text, tokens, start, first),
            period: period(text, &tokens[start..end], date),
            family: figure.unit.family().to_string(),
        });
    }
}

/// The clause of the sentence `start..end` holding token `at`: clauses part
/// at a comma or semicolon followed by `and`, `but`, `while` or `whereas`.
fn clause_of(text: &str, tokens: &[Token], start: usize, end: usize, at: usize) -> (usize, usize) {
    let parts = |k: usize| {
        tokens[k].kind == Kind::Symbol
            && tokens[k].text(text) == ","
            && tokens
                .get(k + 1)
                .is_some_and(|t| in_folded(&["and", "but", "while", "whereas"], t.text(text)))
    };
    let from = (start..at).rev().find(|&k| parts(k)).map_or(start, |k| k + 2);
    let to = (at..end).find(|&k| parts(k)).unwrap_or(end);
    (from.min(at), to)
}

/// The figure's role from the words around it.
fn role(text: &str, tokens: &[Token], first: usize, next: usize, figure: &Figure) -> Role {
    // The word that governs the figure comes before its hedge.
    let lead = super::hedge_before(text, tokens, first).map_or(first, |(_, at)| at);
    let before = |k: usize| {
        lead.checked_sub(k)
            .map(|i| lower(text, &tokens[i]))
            .unwrap_or_default()
    };
    let after = |k: usize| {
        tokens
            .get(next + k - 1)
            .map(|t| lower(text, t))
            .unwrap_or_default()
    };
    let word = before(1);
    let change_word = |w: &str| words::RISES.contains(&w) || words::FALLS.contains(&w);
    if word == "total"
        || word == "totalling"
        || word == "totaling"
        || word == "totalled"
        || word == "totaled"
        || (word == "of" && before(2) == "total")
        || (word == "of" && before(2) == "out")
        || (word == "the" && before(2) == "of" && before(3) == "out")
    {
        return Role::Total;
    }
    if word == "to" {
        return Role::Current;
    }
    let compared = (word == "with" || word == "to") && before(2) == "compared";
    if word == "from"
        || compared
        || word == "versus"
        || word == "vs"
        || (after(1) == "a" && after(2) == "year")
        || after(1) == "previously"
    {
        return Role::Previous;
    }
    let percent = matches!(figure.unit, Unit::Percent | Unit::PercentagePoint);
    if percent && (change_word(&word) || (word == "by" && change_word(&before(2)))) {
        return Role::Change;
    }
    if percent
        && (after(1) == "rise"
            || after(1) == "increase"
            || after(1) == "fall"
            || after(1) == "drop"
            || after(1) == "jump"
            || after(1) == "decline")
    {
        return Role::Change;
    }
    Role::Plain
}

/// What the figure measures: the counted noun after a count, else the
/// nearest measure word of its sentence.
fn measure(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    first: usize,
    next: usize,
    figure: &Figure,
) -> Option<String> {
    if figure.unit == Unit::Plain {
        // `106 pilot reform tasks`: the lower-case words after the number.
        let mut nouns = Vec::new();
        for t in &tokens[next..end] {
            let word = t.text(text);
            // Verb forms end the noun phrase: `13 being promoted`, `96 implemented`.
            let verb = word.ends_with("ing") || word.ends_with("ed");
            if t.kind != Kind::Word
                || !word.starts_with(|c: char| c.is_lowercase())
                || NOT_NOUNS.contains(&word)
                || verb
                || nouns.len() == 3
            {
                break;
            }
            nouns.push(word);
        }
        // The head is the last noun; an adjective run ends at a verb we cannot
        // see, so keep the last word only when it reads as a plural noun.
        if nouns.is_empty() {
            // No noun after it: a counted noun shortly before (`subscribers ... 12 million`).
            return (start.max(first.saturating_sub(8))..first).rev().find_map(|k| {
                let word = singular(&lower(text, &tokens[k]));
                COUNTED.contains(&word.as_str()).then_some(word)
            });
        }
        let plural_head = nouns
            .last()
            .is_some_and(|h| h.ends_with('s') && !DURATIONS.contains(&singular(h).as_str()));
        if !plural_head {
            return None;
        }
        let mut words: Vec<String> = nouns.iter().map(|w| w.to_ascii_lowercase()).collect();
        let last = words.len() - 1;
        words[last] = singular(&words[last]);
        return Some(words.join(" "));
    }
    let is_measure = |t: &Token| t.kind == Kind::Word && in_folded(&MEASURES, t.text(text));
    let named = |k: usize| {
        let head = singular(&lower(text, &tokens[k]));
        let modifier = k
            .checked_sub(1)
            .filter(|&m| m >= start)
            .map(|m| lower(text, &tokens[m]))
            .filter(|m| MODIFIERS.contains(&m.as_ref()));
        match modifier {
            Some(m) => format!("{m} {head}"),
            None => head,
        }
    };
    // `$5.2bn profit`: right after the figure; `$102.6bn debt swap` names a
    // compound, which is a different fact from the debt.
    if let Some(k) = (next..(next + 2).min(end)).find(|&k| is_measure(&tokens[k])) {
        let compound = tokens.get(k + 1).filter(|t| {
            let w = lower(text, t);
            k + 1 < end
                && t.kind == Kind::Word
                && t.text(text).starts_with(|c: char| c.is_lowercase())
                && !NOT_NOUNS.contains(&w.as_ref())
                && !words::RISES.contains(&w.as_ref())
                && !words::FALLS.contains(&w.as_ref())
                && !w.ends_with("ed")
                && !w.ends_with('s')
        });
        return Some(match compound {
            Some(t) => format!("{} {}", named(k), lower(text, t)),
            None => named(k),
        });
    }
    // `profit of $5.2bn`, `profits jumped 76% to $1.13bn`: the nearest before it.
    (start.max(first.saturating_sub(12))..first)
        .rev()
        .find(|&k| is_measure(&tokens[k]))
        .map(named)
}

/// Whose figure it is: the nearest run of capitalised words before it in
/// its sentence, spaces and case folded (`Time Warner` and `TimeWarner` agree).
fn subject(text: &str, tokens: &[Token], start: usize, first: usize) -> Option<String> {
    let capital = |t: &Token| {
        let word = t.text(text);
        t.kind == Kind::Word
            && word.starts_with(|c: char| c.is_uppercase())
            && !NOT_SUBJECTS.contains(&word)
            && words::cardinal(word).is_none()
            && words::ordinal(word).is_none()
            && !in_folded(&MEASURES, word)
            // Capitalised calendar words are not subjects.
            && !(crate::dates::calendar_word(word) && word.chars().skip(1).all(char::is_lowercase))
            && word.chars().count() > 1
    };
    // A lone capitalised word opening the sentence is as likely a common
    // word (`Focusing on ...`) as a name: it counts only inside a longer run.
    let opens_alone = |k: usize| k == start && !tokens.get(k + 1).is_some_and(&capital);
    let last = (start..first)
        .rev()
        .find(|&k| capital(&tokens[k]) && !opens_alone(k))?;
    let mut from = last;
    while from > start && capital(&tokens[from - 1]) {
        from -= 1;
    }
    let name: String = tokens[from..=last]
        .iter()
        .map(|t| {
            let w = t.text(text);
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
                .to_lowercase()
        })
        .collect();
    Some(name)
}

/// The period a sentence names: a year, a quarter or half of one, or a
/// relative year resolved against the document's date.
/// A part of a year named by its rank: `Q3` for `third` and `quarter`, `H1`
/// for `first` and `half`.
fn year_part(rank: &str, part: &str) -> Option<String> {
    let rank = words::ordinal(rank)?;
    match part {
        "quarter" => Some(format!("Q{rank}")),
        "half" => Some(format!("H{rank}")),
        _ => None,
    }
}

fn period(text: &str, sentence: &[Token], date: Option<CivilDate>) -> Option<String> {
    let words: Vec<Cow<str>> = sentence.iter().map(|t| lower(text, t)).collect();
    let year = sentence
        .iter()
        .filter(|t| t.kind == Kind::Number && t.text(text).len() == 4)
        .filter_map(|t| t.text(text).parse::<i32>().ok())
        .find(|y| (1900..=2100).contains(y));
    let relative = words
        .windows(2)
        .find_map(|w| match (w[0].as_ref(), w[1].as_ref()) {
            ("last", "year") => Some(-1),
            ("this", "year") => Some(0),
            _ => None,
        });
    let year = year.or_else(|| Some(date?.year + relative?));
    // `third quarter`, `third-quarter`, `Q3`, `first half`, `H1`.
    let part = words
        .windows(2)
        .find_map(|w| year_part(&w[0], &w[1]))
        .or_else(|| {
            words.iter().find_map(|w| {
                let (rank, part) = w.split_once('-')?;
                year_part(rank, part)
            })
        })
        .or_else(|| {
            sentence.windows(2).find_map(|w| {
                let (letter, digit) = (w[0].text(text), w[1].text(text));
                let glued = w[0].span.end == w[1].span.start;
                match (letter, digit) {
                    ("Q", "1" | "2" | "3" | "4") | ("H", "1" | "2") if glued => {
                        Some(format!("{letter}{digit}"))
                    }
                    _ => None,
                }
            })
        });
    match (year, part) {
        (Some(y), Some(p)) => Some(format!("{y}-{p}")),
        (Some(y), None) => Some(y.to_string()),
        (None, Some(p)) => Some(p),
        (None, None) => None,
    }
}
