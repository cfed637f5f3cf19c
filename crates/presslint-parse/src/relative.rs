//! Relative dates and periods (`last year`, `on Thursday`, `in the first half
//! of 2020`, `from January to July`) and their resolution against a
//! document's date.

use presslint_core::{CivilDate, Span, Weekday};

use crate::dates::month_named;
use crate::scan::Folded;

/// A date or period stated relative to the time of writing, or a part of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// `last year` (−1), `this year` (0), `next year` (+1).
    Year(i32),
    /// `yesterday` (−1), `today` (0), `tomorrow` (+1).
    Day(i64),
    /// `on Thursday`, `last Friday`: a weekday of the week of writing.
    Weekday(Weekday),
    /// `November 5`, `5 Nov`: a day without its year.
    MonthDay(u8, u8),
    /// `the first half of 2020` (rank, year if given).
    Half(u8, Option<i32>),
    /// `the third quarter` (rank, year if given).
    Quarter(u8, Option<i32>),
    /// `from January to July`: months of one year.
    Months(u8, u8),
}

/// A relative mention and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelativeMention {
    /// Where it is.
    pub span: Span,
    /// What it says.
    pub relative: Relative,
}

fn words_of(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric();
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// The `yesterday`, `today` and `tomorrow` of a text: exactly the
/// [`Relative::Day`] mentions of [`find_relative`], found without folding
/// every word. No other pattern there can take one of these words in, and a
/// word folds to one of them only if it is that word in ASCII letters.
pub fn find_relative_days(text: &str) -> Vec<RelativeMention> {
    // Each of the words holds a rare letter at a fixed place: `today` ends
    // in `y`, `yesterday` starts with it, `tomorrow` ends in `w`. Only
    // those letters are visited, found many bytes at a time.
    let bytes = text.as_bytes();
    let whole_word = |start: usize, end: usize| {
        !crate::scan::alphanumeric_before(text, start) && crate::scan::word_end(text, end)
    };
    let is = |start: usize, word: &str| {
        bytes
            .get(start..start + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    let mut out = Vec::new();
    let mut found = |start: usize, word: &str, days: i64| {
        if is(start, word) && whole_word(start, start + word.len()) {
            out.push(RelativeMention {
                span: Span::new(start, start + word.len()),
                relative: Relative::Day(days),
            });
        }
    };
    for at in memchr::memchr2_iter(b'y', b'Y', bytes) {
        if let Some(start) = at.checked_sub(4) {
            found(start, "today", 0);
        }
        found(at, "yesterday", -1);
    }
    for at in memchr::memchr2_iter(b'w', b'W', bytes) {
        if let Some(start) = at.checked_sub(7) {
            found(start, "tomorrow", 1);
        }
    }
    // Whole words cannot overlap: text order is start order.
    out.sort_by_key(|m| m.span.start);
    out
}

fn year_word(word: Option<&(usize, &str)>) -> Option<i32> {
    let (_, w) = word?;
    (w.len() == 4)
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// Every relative date and period of `text`, in text order.
pub fn find_relative(text: &str) -> Vec<RelativeMention> {
    let words = words_of(text);
    let folded: Vec<Folded> = words.iter().map(|(_, w)| Folded::new(w)).collect();
    let lower: Vec<&str> = folded.iter().map(Folded::as_str).collect();
    let span = |from: usize, to: usize| Span::new(words[from].0, words[to].0 + words[to].1.len());
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let w = lower[k];
        let next = lower.get(k + 1).copied();
        let mut push = |to: usize, relative: Relative| {
            out.push(RelativeMention {
                span: span(k, to),
                relative,
            });
            to + 1
        };
        k = match (w, next) {
            ("last", Some("year")) => push(k + 1, Relative::Year(-1)),
            ("this", Some("year")) => push(k + 1, Relative::Year(0)),
            ("next", Some("year")) => push(k + 1, Relative::Year(1)),
            ("yesterday", _) => push(k, Relative::Day(-1)),
            ("today", _) => push(k, Relative::Day(0)),
            ("tomorrow", _) => push(k, Relative::Day(1)),
            ("first" | "second" | "third" | "fourth", Some("half" | "quarter")) => {
                let rank = ["first", "second", "third", "fourth"]
                    .iter()
                    .position(|r| *r == w)
                    .map_or(1, |p| p as u8 + 1);
                // `of 2020`, `of this year`.
                let (year, to) = if lower.get(k + 2).copied() == Some("of") {
                    match year_word(words.get(k + 3)) {
                        Some(y) => (Some(y), k + 3),
                        None => (None, k + 1),
                    }
                } else {
                    (None, k + 1)
                };
                if next == Some("half") && rank <= 2 {
                    push(to, Relative::Half(rank, year))
                } else if next == Some("quarter") {
                    push(to, Relative::Quarter(rank, year))
                } else {
                    k + 1
                }
            }
            ("from", Some(m)) if month_named(m).is_some() => {
                let to_month = lower.get(k + 3).and_then(|m| month_named(m));
                match (lower.get(k + 2).copied(), to_month) {
                    (Some("to" | "through" | "until"), Some(end)) => {
                        let start = month_named(m).unwrap_or(1);
                        push(k + 3, Relative::Months(start, end))
                    }
                    _ => k + 1,
                }
            }
            _ => k + 1,
        };
    }
    for day in crate::dates::find_day_mentions(text) {
        let relative = match (day.month_day, day.weekday) {
            (Some((m, d)), _) => Relative::MonthDay(m, d),
            (None, Some(weekday)) => Relative::Weekday(weekday),
            (None, None) => continue,
        };
        out.push(RelativeMention {
            span: day.span,
            relative,
        });
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

impl Relative {
    /// What the mention means once the document's `date` is known: a day
    /// (`2020-11-05`), a year (`2019`), a half (`2020-H1`), a quarter
    /// (`2020-Q3`) or a range of months (`2020-01..2020-07`). News names a
    /// bare weekday for the past week: `on Thursday` in an article of Friday
    /// 6 November 2020 is 5 November.
    pub fn resolve(&self, date: CivilDate) -> String {
        match *self {
            Relative::Year(shift) => (date.year + shift).to_string(),
            Relative::Day(shift) => {
                CivilDate::from_days_since_epoch(date.days_since_epoch() + shift).to_string()
            }
            Relative::Weekday(weekday) => (0..7)
                .map(|k| CivilDate::from_days_since_epoch(date.days_since_epoch() - k))
                .find(|d| d.weekday() == weekday)
                .map_or_else(String::new, |d| d.to_string()),
            Relative::MonthDay(month, day) => [date.year - 1, date.year, date.year + 1]
                .iter()
                .filter_map(|&y| CivilDate::new(y, month, day))
                .min_by_key(|d| (d.days_since_epoch() - date.days_since_epoch()).abs())
                .map_or_else(String::new, |d| d.to_string()),
            Relative::Half(rank, year) => format!("{}-H{rank}", year.unwrap_or(date.year)),
            Relative::Quarter(rank, year) => format!("{}-Q{rank}", year.unwrap_or(date.year)),
            Relative::Months(from, to) => format!("{0}-{from:02}..{0}-{to:02}", date.year),
        }
    }

    /// What it means without a document date, when it names its own year.
    pub fn resolve_alone(&self) -> Option<String> {
        match *self {
            Relative::Half(rank, Some(year)) => Some(format!("{year}-H{rank}")),
            Relative::Quarter(rank, Some(year)) => Some(format!("{year}-Q{rank}")),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_days_are_the_day_mentions_of_find_relative() {
        let texts = [
            "Today (Friday) the port opened; YESTERDAY it shut, and tomorrow, Sunday, it opens.",
            "todays today2 to-day Tomorrow\u{e9} \u{e9}today yesterday\u{301} last year today",
            "the first half of today, from May to today; TOMORROW",
            "",
            "today",
            "ToDay tOmOrRoW, yesTERday; xyesterday Yesterdays T y w day tomorrowtoday yesterdaytoday",
            "tóday to\u{301}day yesterday\u{e9} éyesterday todayé WWW yyyy",
            "Tomorrow, not today or yesterday.",
        ];
        for text in texts {
            let days: Vec<_> = find_relative(text)
                .into_iter()
                .filter(|m| matches!(m.relative, Relative::Day(_)))
                .collect();
            assert_eq!(find_relative_days(text), days, "{text}");
        }
        assert_eq!(find_relative_days("Today and yesterday").len(), 2);
    }

    #[test]
    fn relative_mentions_resolve_against_the_date() {
        let text = "In August last year the zone opened; on Thursday the delegation came, in the first half of 2020 output rose, and from January to July exports grew.";
        let date = CivilDate::new(2020, 11, 6).unwrap();
        let resolved: Vec<(&str, String)> = find_relative(text)
            .iter()
            .map(|m| (m.span.slice(text), m.relative.resolve(date)))
            .collect();
        assert_eq!(
            resolved,
            [
                ("last year", "2019".to_string()),
                ("Thursday", "2020-11-05".to_string()),
                ("first half of 2020", "2020-H1".to_string()),
                ("from January to July", "2020-01..2020-07".to_string()),
            ]
        );
    }
}
