//! Explicit calendar dates in prose (`November 5, 2020`, `5 Nov. 2020`) and the
//! weekdays attached to them (`Thursday, November 5, 2020`, `Nov 5 (Thu)`).

use presslint_core::{CivilDate, DateMention, Span, Weekday};

use crate::scan::{digits_at, number, skip_blanks, word_end, word_starts_with};

const MONTHS: [(&str, u8); 21] = [
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
];

const MONTHS_LATE: [(&str, u8); 3] = [("Oct", 10), ("Nov", 11), ("Dec", 12)];

/// The number of a month named in full, in any case (`March`, `march` → 3).
pub fn month_named(word: &str) -> Option<u8> {
    MONTHS[..12]
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, month)| month)
}

/// Whether `word`, in any case, names a month or a weekday in full.
pub fn calendar_word(word: &str) -> bool {
    matches!(
        crate::scan::Folded::new(word).as_str(),
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Month at `pos` (a word start): its number and the position after it,
/// including an abbreviation's full stop.
fn month_at(text: &str, pos: usize) -> Option<(u8, usize)> {
    // The first two letters of every month's name and abbreviation.
    let start = text.as_bytes().get(pos..pos + 2);
    if !matches!(
        start,
        Some(b"Ja" | b"Ju" | b"Fe" | b"Ma" | b"Ap" | b"Au" | b"Se" | b"Oc" | b"No" | b"De")
    ) {
        return None;
    }
    let rest = &text[pos..];
    let third = rest.as_bytes().get(2);
    MONTHS
        .iter()
        .chain(MONTHS_LATE.iter())
        .find_map(|&(name, month)| {
            let end = pos + name.len();
            // The third letter first: it tells most names apart without a comparison call.
            if name.as_bytes().get(2) != third || !rest.starts_with(name) || !word_end(text, end) {
                return None;
            }
            let end = if name.len() <= 4 && text[end..].starts_with('.') {
                end + 1
            } else {
                end
            };
            Some((month, end))
        })
}

/// The weekday a word names. Three-letter abbreviations count only when
/// marked as such (`abbreviated`: followed by a full stop or inside
/// parentheses), since `Sun` and `Sat` are also ordinary words and names.
fn weekday_named(word: &str, abbreviated: bool) -> Option<Weekday> {
    Weekday::ALL
        .into_iter()
        .find(|d| word == d.name() || (abbreviated && word == &d.name()[..3]))
}

/// A day number (1–31, optional ordinal suffix) at `pos`: value and end.
fn day_at(text: &str, pos: usize) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    let len = digits_at(bytes, pos);
    if !(1..=2).contains(&len) {
        return None;
    }
    let day = number(bytes, pos, len)?;
    let mut end = pos + len;
    for suffix in ["st", "nd", "rd", "th"] {
        if text[end..].starts_with(suffix) {
            end += 2;
            break;
        }
    }
    ((1..=31).contains(&day) && word_end(text, end)).then_some((day as u8, end))
}

/// A four-digit year at `pos`, not glued to more digits: value and end.
fn year_at(bytes: &[u8], pos: usize) -> Option<(i32, usize)> {
    (digits_at(bytes, pos) == 4)
        .then(|| number(bytes, pos, 4))
        .flatten()
        .filter(|y| (1000..3000).contains(y))
        .map(|y| (y as i32, pos + 4))
}

/// Every explicit date with day, month and year, in text order.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let mut done = 0;
    // A date starts at a month's name or a day's number.
    let date_start =
        |b: u8| b.is_ascii_digit() || matches!(b, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D');
    for pos in word_starts_with(text, date_start) {
        if pos < done {
            continue;
        }
        if let Some(found) = date_at(text, pos) {
            done = found.span.end;
            out.push(found);
        }
    }
    out
}

/// A date starting at `pos` in either order, month-day-year or day-month-year.
fn date_at(text: &str, pos: usize) -> Option<DateMention> {
    let bytes = text.as_bytes();
    let (month, day, after_day_or_month) = if let Some((month, end)) = month_at(text, pos) {
        let (day, end) = day_at(text, skip_blanks(bytes, end))?;
        (month, day, end)
    } else {
        let (day, end) = day_at(text, pos)?;
        let (month, end) = month_at(text, skip_blanks(bytes, end))?;
        (month, day, end)
    };
    let mut year_pos = after_day_or_month;
    if bytes.get(year_pos) == Some(&b',') {
        year_pos += 1;
    }
    let (year, end) = year_at(bytes, skip_blanks(bytes, year_pos))?;
    let date = CivilDate::new(year, month, day);
    let mut span = Span::new(pos, end);
    let mut weekday = None;
    // A weekday before: "Thursday, November 5, 2020" or "Thu 5 Nov 2020".
    let before = text[..pos].trim_end_matches([' ', ',']);
    if before.len() < pos {
        let word_start_at = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphabetic())
            .last()
            .map(|(i, _)| i);
        let dotted = before.ends_with('.');
        let before = before.trim_end_matches('.');
        let word_start_at = if dotted {
            before
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_ascii_alphabetic())
                .last()
                .map(|(i, _)| i)
        } else {
            word_start_at
        };
        if let Some(start) = word_start_at
            && let Some(day) = weekday_named(&before[start..], dotted)
        {
            weekday = Some(day);
            span.start = start;
        }
    }
    // A weekday after: "November 5, 2020 (Thursday)" or ", Thursday".
    if weekday.is_none() {
        let rest = &text[end..];
        let trimmed = rest.trim_start_matches([' ', ',', '(']);
        let word_len = trimmed.bytes().take_while(u8::is_ascii_alphabetic).count();
        let in_parentheses = rest.trim_start_matches([' ', ',']).starts_with('(');
        let dotted = trimmed[word_len..].starts_with('.');
        // A weekday that introduces the next date belongs to that date.
        let after_word = trimmed[word_len..].trim_start_matches(['.', ',', ' ']);
        let starts_next_date = after_word.starts_with(|c: char| c.is_ascii_digit())
            || MONTHS
                .iter()
                .chain(MONTHS_LATE.iter())
                .any(|(m, _)| after_word.starts_with(m));
        if trimmed.len() < rest.len()
            && word_len > 0
            && !starts_next_date
            && let Some(day) = weekday_named(&trimmed[..word_len], in_parentheses || dotted)
        {
            weekday = Some(day);
            let mut stop = end + (rest.len() - trimmed.len()) + word_len;
            if rest.starts_with(" (") && text[stop..].starts_with(')') {
                stop += 1;
            }
            span.end = stop;
        }
    }
    Some(DateMention { span, date, weekday })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(String, Option<String>, Option<Weekday>)> {
        find_dates(text)
            .into_iter()
            .map(|d| {
                (
                    d.span.slice(text).to_string(),
                    d.date.map(|d| d.to_string()),
                    d.weekday,
                )
            })
            .collect()
    }

    #[test]
    fn month_first_and_day_first() {
        assert_eq!(
            dates("held on November 5, 2020 and 22 May 2021, or Sept. 3rd 2019."),
            vec![
                ("November 5, 2020".into(), Some("2020-11-05".into()), None),
                ("22 May 2021".into(), Some("2021-05-22".into()), None),
                ("Sept. 3rd 2019".into(), Some("2019-09-03".into()), None),
            ]
        );
    }

    #[test]
    fn weekdays_on_either_side() {
        assert_eq!(
            dates("On Thursday, November 5, 2020 it met; again Nov 6, 2020 (Friday)."),
            vec![
                (
                    "Thursday, November 5, 2020".into(),
                    Some("2020-11-05".into()),
                    Some(Weekday::Thursday)
                ),
                (
                    "Nov 6, 2020 (Friday)".into(),
                    Some("2020-11-06".into()),
                    Some(Weekday::Friday)
                ),
            ]
        );
    }

    #[test]
    fn weekdays_belong_to_the_right_date() {
        let found = dates("Met November 5, 2020, Friday, November 6, 2020.");
        assert_eq!(
            found[0],
            ("November 5, 2020".into(), Some("2020-11-05".into()), None)
        );
        assert_eq!(found[1].2, Some(Weekday::Friday));
        assert_eq!(dates("The Sun, November 6, 2020")[0].2, None);
        assert_eq!(dates("November 6, 2020 Sun Microsystems")[0].2, None);
        assert_eq!(dates("Thu. Nov 5, 2020")[0].2, Some(Weekday::Thursday));
        assert_eq!(dates("Nov 5, 2020 (Thu)")[0].2, Some(Weekday::Thursday));
    }

    #[test]
    fn not_dates() {
        assert!(dates("May we go? In March 2020 sales rose. 12345 May 2020x").is_empty());
        // A day number at the very end of the text.
        assert!(dates("on 5").is_empty());
        assert!(dates("on 5 ").is_empty());
        // Glued text after the year still ends the date.
        assert_eq!(dates("May 22, 2021Byiqingdao")[0].0, "May 22, 2021");
        // A day that does not exist is kept as a mention without a date.
        assert_eq!(dates("February 30, 2021")[0].1, None);
    }
}

/// A day named without a full date: `on November 5`, `5 November`, `on Thursday`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayMention {
    /// Where it is.
    pub span: Span,
    /// Month and day, when given.
    pub month_day: Option<(u8, u8)>,
    /// The weekday, when given.
    pub weekday: Option<Weekday>,
}

/// Days named without a year (`November 5`, `5 Nov`) and weekdays on their
/// own (`on Thursday`, `last Friday`), outside any full date.
pub fn find_day_mentions(text: &str) -> Vec<DayMention> {
    find_day_mentions_besides(text, &find_dates(text))
}

/// [`find_day_mentions`] for a caller that has the text's full dates
/// (`full`, from [`find_dates`]) already.
pub fn find_day_mentions_besides(text: &str, full: &[DateMention]) -> Vec<DayMention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut done = 0;
    // Full dates are in text order: one pointer walks them as `pos` advances.
    let mut next_full = 0;
    // A day starts at a month's name, a day's number or a weekday's name.
    let day_start = |b: u8| {
        b.is_ascii_digit()
            || matches!(
                b,
                b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D' | b'T' | b'W'
            )
    };
    for pos in word_starts_with(text, day_start) {
        while next_full < full.len() && full[next_full].span.end <= pos {
            next_full += 1;
        }
        let inside_full = full.get(next_full).is_some_and(|d| d.span.start <= pos);
        if pos < done || inside_full {
            continue;
        }
        if let Some((month, end)) = month_at(text, pos)
            && let Some((day, day_end)) = day_at(text, skip_blanks(bytes, end))
        {
            out.push(DayMention {
                span: Span::new(pos, day_end),
                month_day: Some((month, day)),
                weekday: None,
            });
            done = day_end;
            continue;
        }
        if let Some((day, end)) = day_at(text, pos)
            && let Some((month, month_end)) = month_at(text, skip_blanks(bytes, end))
        {
            out.push(DayMention {
                span: Span::new(pos, month_end),
                month_day: Some((month, day)),
                weekday: None,
            });
            done = month_end;
            continue;
        }
        if !matches!(bytes[pos], b'M' | b'T' | b'W' | b'F' | b'S') {
            continue;
        }
        let word_len = text[pos..].bytes().take_while(u8::is_ascii_alphabetic).count();
        if let Some(day) = weekday_named(&text[pos..pos + word_len], false) {
            // The word before, whole: `on Thursday`, not `Boston Thursday`.
            let before = text[..pos].trim_end();
            let previous = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if ["on", "last", "this", "next", "since", "until", "by", "from"]
                .iter()
                .any(|w| previous.eq_ignore_ascii_case(w))
            {
                out.push(DayMention {
                    span: Span::new(pos, pos + word_len),
                    month_day: None,
                    weekday: Some(day),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod day_tests {
    use super::*;

    #[test]
    fn the_quick_checks_know_every_month_and_weekday() {
        // calendar_word and month_at's first-letter check spell the names
        // out again for speed; they must cover the lists they stand for.
        for &(name, month) in MONTHS.iter().chain(&MONTHS_LATE) {
            assert_eq!(month_at(name, 0), Some((month, name.len())), "{name}");
        }
        for &(name, _) in &MONTHS[..12] {
            assert!(
                calendar_word(name) && calendar_word(&name.to_uppercase()),
                "{name}"
            );
        }
        for day in Weekday::ALL {
            assert!(calendar_word(day.name()) && calendar_word(&day.name().to_lowercase()));
        }
        assert!(!calendar_word("Mayor") && !calendar_word("Sun"));
    }

    #[test]
    fn days_without_years() {
        let text = "It was held on November 5. On Thursday the delegation left; on 6 Nov it returned, on November 7, 2020.";
        type Day = (Option<(u8, u8)>, Option<Weekday>);
        let found: Vec<Day> = find_day_mentions(text)
            .into_iter()
            .map(|d| (d.month_day, d.weekday))
            .collect();
        assert_eq!(
            found,
            [
                (Some((11, 5)), None),
                (None, Some(Weekday::Thursday)),
                (Some((11, 6)), None)
            ]
        );
    }
}
