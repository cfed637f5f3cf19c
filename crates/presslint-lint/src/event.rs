//! What a document says about when and about whom: the evidence the
//! same-event rule compares, kept in the sketch.

use presslint_core::{BlockKind, BoilerplateKind, CivilDate, Document, Weekday};
use presslint_parse::dates::find_day_mentions;
use serde::{Deserialize, Serialize};

use crate::textutil::strip_possessive;

/// When and about whom a document is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSketch {
    /// The document's own date: its metadata date, else its dateline's.
    pub date: Option<CivilDate>,
    /// Days the text names, resolved to calendar dates where it can be.
    pub days: Vec<CivilDate>,
    /// Days named by month and day only, with no year to resolve them.
    pub partial_days: Vec<(u8, u8)>,
    /// Weekdays named with no date to resolve them against.
    pub weekdays: Vec<Weekday>,
    /// Hashes of the names (runs of capitalised words) in the article, sorted.
    pub names: Vec<u64>,
    /// The article's most frequent content words: (hash, count), sorted by
    /// hash. The hashes are 32 bits: a collision only merges two words'
    /// weights, and every document carries forty of these.
    pub terms: Vec<(u32, u32)>,
}

/// Words too common to say what an article is about.
const STOP_WORDS: &[&str] = &[
    "the", "and", "that", "this", "these", "those", "with", "from", "have", "has", "had", "will", "would",
    "could", "should", "been", "were", "was", "are", "is", "its", "their", "they", "them", "there", "here",
    "which", "who", "whom", "whose", "what", "when", "where", "while", "also", "more", "most", "other",
    "such", "into", "over", "under", "about", "after", "before", "since", "than", "then", "only", "just",
    "very", "many", "much", "some", "each", "both", "said", "says", "year", "years", "new", "first", "last",
    "being", "through", "between", "upon", "your", "our", "we", "you", "not", "but", "for", "can", "may",
    "might", "must", "all", "any", "one", "two", "three",
];

/// Terms kept per document.
const TOP_TERMS: usize = 40;

/// The most frequent content words of a text, hashed.
fn top_terms(text: &str) -> Vec<(u32, u32)> {
    let mut counts: std::collections::BTreeMap<String, u32> = std::collections::BTreeMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'') {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if word.chars().count() >= 4
            && word.chars().all(char::is_alphabetic)
            && !STOP_WORDS.contains(&word.as_str())
        {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    let mut ranked: Vec<(String, u32)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut terms: Vec<(u32, u32)> = ranked
        .into_iter()
        .take(TOP_TERMS)
        .map(|(w, c)| {
            let hash = crate::similarity::fnv1a64(w.as_bytes());
            ((hash ^ (hash >> 32)) as u32, c)
        })
        .collect();
    terms.sort_unstable();
    terms
}

/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "for",
    "and",
    "but",
    "or",
    "he",
    "she",
    "it",
    "we",
    "they",
    "i",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "mr",
    "mrs",
    "ms",
    "dr",
    "as",
    "by",
    "to",
    "from",
    "with",
    "after",
    "before",
    "since",
    "while",
    "when",
    "if",
    "there",
    "here",
    "what",
    "why",
    "how",
    "who",
    "which",
    "today",
    "yesterday",
];

/// The names of a text: runs of capitalised words not at a sentence start.
pub fn names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for sentence in text.split(['.', '!', '?', '\n', ';', ':']) {
        let mut run: Vec<&str> = Vec::new();
        let words: Vec<&str> = sentence
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '“' | '”' | '(' | ')'))
            .filter(|w| !w.is_empty())
            .collect();
        for (k, word) in words.iter().enumerate() {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            let capital = word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() >= 2;
            // A sentence's first word is a name only when it owns something (`Henning's new bridge`).
            let possessive = strip_possessive(words[k]).is_some();
            let word = strip_possessive(word).unwrap_or(word);
            let name = capital
                && (k > 0 || possessive)
                && !NOT_NAMES.contains(&word.to_lowercase().as_str())
                && !presslint_parse::dates::calendar_word(word);
            if name {
                run.push(word);
            } else if !run.is_empty() {
                out.push(run.join(" ").to_lowercase());
                run.clear();
            }
        }
        if !run.is_empty() {
            out.push(run.join(" ").to_lowercase());
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The document's own date: its metadata date, else the date of its dateline.
pub fn document_date(doc: &Document) -> Option<CivilDate> {
    let mut datelines = crate::textutil::SpanWalk::new(
        doc.boilerplate
            .iter()
            .filter(|b| b.kind == BoilerplateKind::WireDateline)
            .map(|b| b.span),
    );
    let dateline_date = doc
        .dates
        .iter()
        .filter(|d| {
            datelines.contains(d.span)
                || doc.blocks.iter().take(4).any(|b| {
                    matches!(b.kind, BlockKind::Dateline | BlockKind::Byline) && b.span.contains(d.span)
                })
        })
        .find_map(|d| d.date);
    doc.meta
        .date
        .as_deref()
        .and_then(CivilDate::parse_iso)
        .or(dateline_date)
}

/// Collect the event evidence of a parsed document.
pub fn event_sketch(doc: &Document, article: &str) -> EventSketch {
    let date = document_date(doc);
    // The parser found the explicit dates already.
    let mut days: Vec<CivilDate> = doc.dates.iter().filter_map(|d| d.date).collect();
    let mut partial_days = Vec::new();
    let mut weekdays = Vec::new();
    for mention in find_day_mentions(article) {
        match (mention.month_day, mention.weekday, date) {
            (Some((month, day)), _, Some(date)) => {
                // The year that puts the day nearest before (or just after) the document's date.
                let candidates = [date.year - 1, date.year, date.year + 1];
                let best = candidates
                    .iter()
                    .filter_map(|&y| CivilDate::new(y, month, day))
                    .min_by_key(|d| (d.days_since_epoch() - date.days_since_epoch()).abs());
                days.extend(best);
            }
            (Some(month_day), _, None) => partial_days.push(month_day),
            (None, Some(weekday), Some(date)) => {
                // News says "on Thursday" for the past week.
                let back = (0..7)
                    .map(|k| CivilDate::from_days_since_epoch(date.days_since_epoch() - k))
                    .find(|d| d.weekday() == weekday);
                days.extend(back);
            }
            (None, Some(weekday), None) => weekdays.push(weekday),
            (None, None, _) => {}
        }
    }
    // The document's own date is a day it reports on too.
    days.extend(date);
    days.sort();
    days.dedup();
    partial_days.sort();
    partial_days.dedup();
    weekdays.sort();
    weekdays.dedup();
    let mut names: Vec<u64> = names(article)
        .iter()
        .map(|n| crate::similarity::fnv1a64(n.as_bytes()))
        .collect();
    names.sort_unstable();
    names.dedup();
    names.shrink_to_fit();
    days.shrink_to_fit();
    EventSketch {
        date,
        days,
        partial_days,
        weekdays,
        names,
        terms: top_terms(article),
    }
}

impl EventSketch {
    /// Cosine similarity of the two term lists, each count weighted by `idf`.
    pub fn similarity(&self, other: &EventSketch, idf: impl Fn(u32) -> f64) -> f64 {
        let norm = |terms: &[(u32, u32)]| {
            terms
                .iter()
                .map(|&(t, c)| (f64::from(c) * idf(t)).powi(2))
                .sum::<f64>()
                .sqrt()
        };
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < self.terms.len() && j < other.terms.len() {
            let ((ta, ca), (tb, cb)) = (self.terms[i], other.terms[j]);
            match ta.cmp(&tb) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let w = idf(ta);
                    dot += f64::from(ca) * w * f64::from(cb) * w;
                    i += 1;
                    j += 1;
                }
            }
        }
        let denominator = norm(&self.terms) * norm(&other.terms);
        if denominator == 0.0 {
            0.0
        } else {
            dot / denominator
        }
    }

    /// The day an undated document's bare weekday names, read from a dated
    /// document about the same event: a day of `dated` near its own date
    /// that falls on a weekday `self` names.
    pub fn weekday_in(&self, dated: &EventSketch) -> Option<CivilDate> {
        let own = dated.date?;
        dated
            .days
            .iter()
            .filter(|d| (d.days_since_epoch() - own.days_since_epoch()).abs() <= 3)
            .find(|d| self.weekdays.contains(&d.weekday()))
            .copied()
    }

    /// A day both documents name, or a weekday or month-day of one that fits a date of the other.
    pub fn common_day(&self, other: &EventSketch) -> Option<String> {
        if let Some(day) = self.days.iter().find(|d| other.days.contains(d)) {
            return Some(format!("both name {day}"));
        }
        for (a, b) in [(self, other), (other, self)] {
            // A bare weekday or a day without its year fits only a day near
            // the document's own date: the event it reports, not history.
            let Some(own) = a.date else { continue };
            let near = |d: &&CivilDate| (d.days_since_epoch() - own.days_since_epoch()).abs() <= 3;
            if let Some(day) = a
                .days
                .iter()
                .filter(near)
                .find(|d| b.weekdays.contains(&d.weekday()))
            {
                return Some(format!(
                    "{day} is a {}, the day the other names",
                    day.weekday().name()
                ));
            }
            if let Some(day) = a
                .days
                .iter()
                .filter(near)
                .find(|d| b.partial_days.contains(&(d.month, d.day)))
            {
                return Some(format!("both name {day} (one without its year)"));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_skip_sentence_starts_and_common_words() {
        assert_eq!(
            names(
                "The delegation led by Wang Qingxian visited the Free Trade Zone. Qingdao signed, said Xue."
            ),
            ["free trade zone", "wang qingxian", "xue"]
        );
    }
}
