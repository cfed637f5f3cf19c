//! What a document says about when and about whom: the evidence the
//! same-event rule compares, kept in the sketch.

use presslint_core::{BlockKind, BoilerplateKind, CivilDate, Document, Weekday};
use presslint_parse::dates::{DayMention, find_day_mentions};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::similarity::{FNV_OFFSET, LocatedWords, fnv1a_step};
use crate::textutil::{PreHashed, strip_possessive};

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
    rank_terms(|found| content_words(text, found))
}

/// [`top_terms`] of a text whose [`LocatedWords`] are at hand.
fn top_terms_located(text: &str, words: &LocatedWords) -> Vec<(u32, u32)> {
    rank_terms(|found| located_content_words(text, words, found))
}

/// The most frequent of the content words that `walk` gives, hashed.
fn rank_terms<'t>(walk: impl FnOnce(&mut dyn FnMut(u64, Cow<'t, str>))) -> Vec<(u32, u32)> {
    // Counted by hash: a word is lower-cased into a new string only when it
    // is not ASCII, and only its first spelling is kept, to order ties.
    let mut counts: HashMap<u64, (u32, Cow<'t, str>), PreHashed> =
        HashMap::with_capacity_and_hasher(128, PreHashed::default());
    walk(&mut |hash, term| {
        if !is_stop_word(hash) {
            counts.entry(hash).or_insert((0, term)).0 += 1;
        }
    });
    let mut ranked: Vec<Ranked<'_>> = counts
        .iter()
        .map(|(&hash, (count, term))| Ranked {
            hash,
            count: *count,
            prefix: folded_prefix(term),
            term,
        })
        .collect();
    // Each term's hash and spelling are its own: no two compare equal, so the
    // forty first are the same set however the rest are ordered. Most ties
    // in count are settled by the first eight letters, compared at once.
    let order = |a: &Ranked<'_>, b: &Ranked<'_>| {
        b.count
            .cmp(&a.count)
            .then(a.prefix.cmp(&b.prefix))
            .then_with(|| folded(a.term).cmp(folded(b.term)))
    };
    if ranked.len() > TOP_TERMS {
        ranked.select_nth_unstable_by(TOP_TERMS - 1, order);
        ranked.truncate(TOP_TERMS);
    }
    let mut terms: Vec<(u32, u32)> = ranked
        .into_iter()
        .map(|r| ((r.hash ^ (r.hash >> 32)) as u32, r.count))
        .collect();
    terms.sort_unstable();
    terms
}

/// Call `found` with the [`lower_hash`] and spelling of each word of four
/// or more letters: a run of letters, digits, hyphens and apostrophes that
/// is all letters once the hyphens and apostrophes at its ends are cut off.
/// A word that is not ASCII is given lower-cased.
///
/// ASCII words are read, checked and hashed in the one walk over the
/// bytes; a word with other characters goes through [`content_word`].
fn content_words<'t>(text: &'t str, mut found: impl FnMut(u64, Cow<'t, str>)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b >= 0x80 {
            let c = text[i..].chars().next().unwrap_or(' ');
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
        } else if !(b.is_ascii_alphanumeric() || b == b'-' || b == b'\'') {
            i += 1;
            continue;
        }
        // A run starts here. Its letters so far are `core`; a digit, a
        // letter after a hyphen or apostrophe inside, or a character that
        // is not ASCII leaves the fast path.
        let start = i;
        let (mut core, mut plain, mut ascii) = (None::<(usize, usize)>, true, true);
        let mut hash = FNV_OFFSET;
        while i < bytes.len() {
            let b = bytes[i];
            if b >= 0x80 {
                let c = text[i..].chars().next().unwrap_or(' ');
                if !c.is_alphanumeric() {
                    break;
                }
                ascii = false;
                i += c.len_utf8();
                continue;
            }
            if b.is_ascii_alphabetic() {
                // The letters from here on, at once.
                let from = i;
                while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_alphabetic()) {
                    hash = fnv1a_step(hash, b.to_ascii_lowercase());
                    i += 1;
                }
                match &mut core {
                    None => core = Some((from, i)),
                    Some((_, end)) if *end == from => *end = i,
                    Some(_) => plain = false,
                }
                continue;
            } else if b.is_ascii_digit() {
                plain = false;
            } else if b != b'-' && b != b'\'' {
                break;
            }
            i += 1;
        }
        if !ascii {
            if let Some((hash, term)) = content_word(&text[start..i]) {
                found(hash, term);
            }
        } else if let Some((from, to)) = core.filter(|&(from, to)| plain && to - from >= 4) {
            found(hash, Cow::Borrowed(&text[from..to]));
        }
    }
}

/// [`content_words`] from the words of the text, whose hashes are those of
/// its ASCII content words: a run of the walk holds one word when the
/// hyphens and apostrophes around the word do not join it to another.
fn located_content_words<'t>(text: &'t str, words: &LocatedWords, mut found: impl FnMut(u64, Cow<'t, str>)) {
    let bytes = text.as_bytes();
    let joiner = |b: u8| b == b'-' || b == b'\'';
    for (k, (&hash, span)) in words.hashes.iter().zip(&words.spans).enumerate() {
        let mut from = span.start;
        while from > 0 && joiner(bytes[from - 1]) {
            from -= 1;
        }
        let mut to = span.end;
        while to < bytes.len() && joiner(bytes[to]) {
            to += 1;
        }
        // Any letter or digit next to the joiners would end another word there.
        let joined = (from < span.start && k > 0 && words.spans[k - 1].end == from)
            || (to > span.end && words.spans.get(k + 1).is_some_and(|next| next.start == to));
        if joined {
            continue;
        }
        let word = span.slice(text);
        if word.is_ascii() {
            if word.len() >= 4 && word.bytes().all(|b| b.is_ascii_alphabetic()) {
                found(hash, Cow::Borrowed(word));
            }
        } else if let Some((hash, term)) = content_word(&text[from..to]) {
            found(hash, term);
        }
    }
}

/// [`content_words`] for one run, by trimming and checking it.
fn content_word(run: &str) -> Option<(u64, Cow<'_, str>)> {
    let word = run.trim_matches(|c: char| !c.is_alphanumeric());
    let term = if word.is_ascii() {
        if word.len() < 4 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        Cow::Borrowed(word)
    } else {
        let lower = word.to_lowercase();
        if lower.chars().count() < 4 || !lower.chars().all(char::is_alphabetic) {
            return None;
        }
        Cow::Owned(lower)
    };
    Some((lower_hash(&term), term))
}

/// A term as [`top_terms`] ranks it.
struct Ranked<'t> {
    hash: u64,
    count: u32,
    /// The first eight bytes of [`folded`], big-endian and padded with
    /// zeros: ordered as the spellings they start.
    prefix: u64,
    term: &'t str,
}

/// A term's bytes lower-cased, to order terms as their lower-case spellings.
fn folded(word: &str) -> impl Iterator<Item = u8> + '_ {
    word.bytes().map(|b| b.to_ascii_lowercase())
}

/// The first eight bytes of [`folded`] as one number: a spelling that is
/// shorter comes first, as a word's bytes are never zero.
fn folded_prefix(word: &str) -> u64 {
    let mut bytes = [0; 8];
    for (to, from) in bytes.iter_mut().zip(folded(word)) {
        *to = from;
    }
    u64::from_be_bytes(bytes)
}

/// FNV-1a of a word lower-cased: ASCII words (the most) are folded byte by
/// byte, others are already lower case (see [`top_terms`]).
fn lower_hash(word: &str) -> u64 {
    word.bytes()
        .fold(FNV_OFFSET, |hash, b| fnv1a_step(hash, b.to_ascii_lowercase()))
}

/// Whether a word, by its [`lower_hash`], is one of the [`STOP_WORDS`].
fn is_stop_word(hash: u64) -> bool {
    static HASHES: OnceLock<Vec<u64>> = OnceLock::new();
    // Most words are not stop words: a bit per value of the hash's low ten
    // bits rules out nine in ten of them without a search.
    static MAYBE: OnceLock<[u64; 16]> = OnceLock::new();
    let maybe = MAYBE.get_or_init(|| {
        let mut bits = [0; 16];
        for word in STOP_WORDS {
            let low = lower_hash(word) & 1023;
            bits[(low >> 6) as usize] |= 1 << (low & 63);
        }
        bits
    });
    let low = hash & 1023;
    maybe[(low >> 6) as usize] & (1 << (low & 63)) != 0 && in_word_list(&HASHES, STOP_WORDS, hash)
}

/// Whether `hash` is the [`lower_hash`] of a word of `list`, whose hashes
/// `cache` keeps sorted from the first call on.
fn in_word_list(cache: &OnceLock<Vec<u64>>, list: &[&str], hash: u64) -> bool {
    cache
        .get_or_init(|| {
            let mut hashes: Vec<u64> = list.iter().map(|w| lower_hash(w)).collect();
            hashes.sort_unstable();
            hashes
        })
        .binary_search(&hash)
        .is_ok()
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

/// The names of a text: runs of capitalised words not at a sentence start,
/// lower-cased, sorted and without repeats.
pub fn names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    name_runs(text, |run| out.push(run.join(" ").to_lowercase()));
    out.sort();
    out.dedup();
    out
}

/// The hashes of [`names`] (64-bit FNV-1a), sorted and without repeats,
/// without building the names.
pub fn name_hashes(text: &str) -> Vec<u64> {
    // Room for the names of a press release, so that neither grows as a rule.
    let mut out = Vec::with_capacity(32);
    let mut joined = String::with_capacity(64);
    name_runs(text, |run| {
        joined.clear();
        for (k, word) in run.iter().enumerate() {
            if k > 0 {
                joined.push(' ');
            }
            joined.push_str(word);
        }
        let hash = if joined.is_ascii() {
            joined.make_ascii_lowercase();
            crate::similarity::fnv1a64(joined.as_bytes())
        } else {
            crate::similarity::fnv1a64(joined.to_lowercase().as_bytes())
        };
        out.push(hash);
    });
    out.sort_unstable();
    out.dedup();
    out.shrink_to_fit();
    out
}

/// Call `found` with each run of name words, as written.
///
/// Sentences end at `.`, `!`, `?`, `;`, `:` and line breaks; words are
/// separated by white space, commas, parentheses and straight or curly
/// double quotes. The text is walked byte by byte, and only a non-ASCII
/// character is decoded, to ask whether it separates words.
fn name_runs<'t>(text: &'t str, mut found: impl FnMut(&[&'t str])) {
    let bytes = text.as_bytes();
    let mut run: Vec<&str> = Vec::with_capacity(8);
    let mut k = 0;
    let mut word_start = None;
    let mut i = 0;
    while i <= bytes.len() {
        // Lower-case words, digits, spaces and commas hold no name and end
        // no sentence: while no run is open and no word that could be a
        // name is pending, eight such bytes are passed over at once.
        let pending_name = word_start.is_some_and(|start| may_start_name(bytes[start]));
        if run.is_empty()
            && !pending_name
            && let Some(Ok(eight)) = bytes.get(i..i + 8).map(<[u8; 8]>::try_from)
            && only_lower_case_words(u64::from_le_bytes(eight))
        {
            // Words ended or went on in them: none is a sentence's first.
            if word_start.is_some() || eight.iter().any(u8::is_ascii_alphanumeric) {
                k += 1;
            }
            // A word still open starts with a lower-case letter or digit;
            // any of its bytes stands for its start, none being a name's.
            word_start = eight[7].is_ascii_alphanumeric().then_some(i + 7);
            i += 8;
            continue;
        }
        let (sentence_end, separator, width) = match bytes.get(i) {
            None => (true, true, 1),
            Some(&b) if b < 0x80 => (
                matches!(b, b'.' | b'!' | b'?' | b'\n' | b';' | b':'),
                presslint_parse::normalize::ascii_white_space(b) || matches!(b, b',' | b'"' | b'(' | b')'),
                1,
            ),
            Some(_) => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (false, c.is_whitespace() || matches!(c, '“' | '”'), c.len_utf8())
            }
        };
        if separator || sentence_end {
            // A word that is no name ends the run, as does a sentence's end.
            let mut ends_run = sentence_end;
            if let Some(start) = word_start.take() {
                match as_name(&text[start..i], k) {
                    Some(word) => run.push(word),
                    None => ends_run = true,
                }
                k += 1;
            }
            if ends_run && !run.is_empty() {
                found(&run);
                run.clear();
            }
            if sentence_end {
                k = 0;
            }
        } else {
            if word_start.is_none() {
                word_start = Some(i);
            }
            // Letters and digits are most of a text, and neither ends a word.
            i += width;
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            continue;
        }
        i += width;
    }
}

/// Whether eight bytes are all lower-case ASCII letters, digits, spaces
/// and commas.
fn only_lower_case_words(eight: u64) -> bool {
    use presslint_parse::normalize::lanes_between;
    let lanes = lanes_between(eight, b'a', b'z')
        | lanes_between(eight, b'0', b'9')
        | lanes_between(eight, b' ', b' ')
        | lanes_between(eight, b',', b',');
    lanes == u64::MAX / 255 * 128
}

/// Whether a word starting with byte `first` may be a name: one starting
/// with a lower-case letter or a digit is not, as trimming keeps them.
fn may_start_name(first: u8) -> bool {
    !(first.is_ascii_lowercase() || first.is_ascii_digit())
}

/// The `k`th word of a sentence as a name, without its possessive `'s`, or
/// `None` when it is no name.
fn as_name(raw: &str, k: usize) -> Option<&str> {
    // Most words start with a lower-case letter or a digit: no capital, so no name.
    if raw.as_bytes().first().is_some_and(|&b| !may_start_name(b)) {
        return None;
    }
    let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let capital = word.chars().next().is_some_and(char::is_uppercase) && word.chars().nth(1).is_some();
    // A sentence's first word is a name only when it owns something (`Henning's new bridge`).
    capital
        .then(|| strip_possessive(word).unwrap_or(word))
        .filter(|&word| {
            (k > 0 || strip_possessive(raw).is_some())
                && !not_a_name(word)
                && !presslint_parse::dates::calendar_word(word)
        })
}

/// Whether a capitalised word is one of the [`NOT_NAMES`].
fn not_a_name(word: &str) -> bool {
    // The list is ASCII, and no word with other characters lower-cases into one of its words.
    static HASHES: OnceLock<Vec<u64>> = OnceLock::new();
    word.is_ascii() && in_word_list(&HASHES, NOT_NAMES, lower_hash(word))
}

/// The cosine of two vectors from their dot product and their norms (0
/// when either is empty).
pub fn cosine(dot: f64, norm_a: f64, norm_b: f64) -> f64 {
    let denominator = norm_a * norm_b;
    if denominator == 0.0 {
        0.0
    } else {
        dot / denominator
    }
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
    event_sketch_with_names(doc, article, name_hashes(article))
}

/// [`event_sketch`] with the article's [`name_hashes`] already found.
pub fn event_sketch_with_names(doc: &Document, article: &str, names: Vec<u64>) -> EventSketch {
    event_sketch_from(doc, article, &find_day_mentions(article), names, None)
}

/// The event sketch of `doc` from its article text, the day mentions of
/// that text (see [`find_day_mentions`]) and its [`name_hashes`], and
/// perhaps its [`LocatedWords`].
pub(crate) fn event_sketch_from(
    doc: &Document,
    article: &str,
    mentions: &[DayMention],
    names: Vec<u64>,
    words: Option<&LocatedWords>,
) -> EventSketch {
    let date = document_date(doc);
    // The parser found the explicit dates already.
    let mut days: Vec<CivilDate> = doc.dates.iter().filter_map(|d| d.date).collect();
    let mut partial_days = Vec::new();
    let mut weekdays = Vec::new();
    for &mention in mentions {
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
    days.shrink_to_fit();
    EventSketch {
        date,
        days,
        partial_days,
        weekdays,
        names,
        terms: match words {
            Some(words) => top_terms_located(article, words),
            None => top_terms(article),
        },
    }
}

impl EventSketch {
    /// Cosine similarity of the two term lists, each count weighted by `idf`.
    pub fn similarity(&self, other: &EventSketch, idf: impl Fn(u32) -> f64) -> f64 {
        cosine(self.dot(other, &idf), self.norm(&idf), other.norm(&idf))
    }

    /// The length of the term list as a vector of counts weighted by `idf`:
    /// the same for every pair a document is in, so a corpus pass computes
    /// it once per document.
    pub fn norm(&self, idf: impl Fn(u32) -> f64) -> f64 {
        self.terms
            .iter()
            .map(|&(t, c)| (f64::from(c) * idf(t)).powi(2))
            .sum::<f64>()
            .sqrt()
    }

    /// The dot product of the two term lists as vectors of counts weighted by `idf`.
    pub fn dot(&self, other: &EventSketch, idf: impl Fn(u32) -> f64) -> f64 {
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
        dot
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

    /// The first way of finding name runs, by splitting: what [`name_runs`] must agree with.
    fn name_runs_by_split<'t>(text: &'t str, mut found: impl FnMut(&[&'t str])) {
        let mut run: Vec<&str> = Vec::new();
        for sentence in text.split(['.', '!', '?', '\n', ';', ':']) {
            let words = sentence
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '“' | '”' | '(' | ')'))
                .filter(|w| !w.is_empty());
            for (k, raw) in words.enumerate() {
                let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
                let capital =
                    word.chars().next().is_some_and(char::is_uppercase) && word.chars().nth(1).is_some();
                // A sentence's first word is a name only when it owns something (`Henning's new bridge`).
                let name = capital
                    .then(|| strip_possessive(word).unwrap_or(word))
                    .filter(|&word| {
                        (k > 0 || strip_possessive(raw).is_some())
                            && !not_a_name(word)
                            && !presslint_parse::dates::calendar_word(word)
                    });
                if let Some(word) = name {
                    run.push(word);
                } else if !run.is_empty() {
                    found(&run);
                    run.clear();
                }
            }
            if !run.is_empty() {
                found(&run);
                run.clear();
            }
        }
    }

    #[test]
    fn name_runs_agree_with_splitting_into_sentences_and_words() {
        let pieces = [
            "Anna",
            "Berg",
            "the",
            "The",
            "Wang's",
            "ÉLYSÉE",
            "Über",
            "Port",
            "Mr",
            "Today",
            "November",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            ".",
            ",",
            ";",
            ":",
            "!",
            "?",
            "\"",
            "“",
            "”",
            "(",
            ")",
            "'",
            "-",
            "U.S.",
            "é",
            "\u{a0}",
            "\u{2003}",
            "x",
            "Q",
            "42",
            "A1",
            "’s",
            "company said",
            "their",
            "a,b",
            "2020",
            "abc'",
            "$5",
            "on monday and",
            "x,y,z,",
        ];
        let runs = |text: &str, by_split: bool| {
            let mut out: Vec<Vec<String>> = Vec::new();
            let found = |run: &[&str]| out.push(run.iter().map(|w| w.to_string()).collect());
            if by_split {
                name_runs_by_split(text, found);
            } else {
                name_runs(text, found);
            }
            out
        };
        for text in crate::textutil::test_texts(&pieces, 3000, 24, 0x9e37_79b9_7f4a_7c15) {
            assert_eq!(runs(&text, false), runs(&text, true), "{text:?}");
        }
    }

    #[test]
    fn name_hashes_are_the_hashes_of_the_names() {
        let text = "Ministers met. The ÉLYSÉE Office and Wang's team, with ΟΔΟΣ Σ Group, saw Anna Berg.";
        let mut expected: Vec<u64> = names(text)
            .iter()
            .map(|n| crate::similarity::fnv1a64(n.as_bytes()))
            .collect();
        expected.sort_unstable();
        assert_eq!(expected.len(), 5, "{:?}", names(text));
        assert_eq!(name_hashes(text), expected);
    }

    #[test]
    fn content_words_are_the_checked_runs() {
        let pieces = [
            "word",
            "Bridge",
            "tolls",
            "Über",
            "straße",
            "well-known",
            "-lead",
            "trail-",
            "'quoted'",
            "abc1",
            "1abcd",
            "it's",
            "ab-cd",
            "abcd'",
            "x",
            " ",
            ",",
            ".",
            "\n",
            "\u{a0}",
            "’",
            "é",
            "ÉLAN",
            "--",
            "''",
            "Zebra",
            "a1b2",
            "漢字漢字",
            "ΟΔΟΣΟΔΟΣ",
        ];
        for text in crate::textutil::test_texts(&pieces, 3000, 16, 0x2545_f491_4f6c_dd1d) {
            let mut fast = Vec::new();
            content_words(&text, |hash, term| fast.push((hash, term.into_owned())));
            let mut expected = Vec::new();
            crate::textutil::for_each_run(
                &text,
                |b| b.is_ascii_alphanumeric() || b == b'-' || b == b'\'',
                char::is_alphanumeric,
                |run| expected.extend(content_word(run).map(|(hash, term)| (hash, term.into_owned()))),
            );
            assert_eq!(fast, expected, "{text:?}");
            let mut located = Vec::new();
            located_content_words(&text, &LocatedWords::new(&text), |hash, term| {
                located.push((hash, term.into_owned()))
            });
            assert_eq!(located, expected, "{text:?}");
        }
    }

    #[test]
    fn top_terms_rank_by_count_then_spelling_and_skip_stop_words() {
        let text = "Bridge bridge BRIDGE tolls tolls Über über these these these these zebra apple";
        let hash = |w: &str| {
            let h = crate::similarity::fnv1a64(w.as_bytes());
            (h ^ (h >> 32)) as u32
        };
        let mut expected = vec![
            (hash("bridge"), 3),
            (hash("tolls"), 2),
            (hash("über"), 2),
            (hash("zebra"), 1),
            (hash("apple"), 1),
        ];
        expected.sort_unstable();
        assert_eq!(top_terms(text), expected);
        let word = |k: u8| format!("term{}{}", char::from(b'a' + k / 26), char::from(b'a' + k % 26));
        let many: String = (0..50u8)
            .map(|k| format!("{} ", word(k)).repeat(1 + usize::from(k)))
            .collect();
        let mut kept: Vec<(u32, u32)> = (10..50u8).map(|k| (hash(&word(k)), u32::from(k) + 1)).collect();
        kept.sort_unstable();
        assert_eq!(top_terms(&many), kept);
    }

    #[test]
    fn ties_in_count_go_to_the_first_spellings_beyond_eight_letters() {
        // Sixty words seen once each; many share their first eight letters,
        // and some are the start of others.
        let stems = [
            "interchange",
            "Interchanges",
            "abcd",
            "abcde",
            "Abcdefgh",
            "abcdefghi",
        ];
        let mut words: Vec<String> = stems.iter().map(|s| s.to_string()).collect();
        for k in 0..54u8 {
            let tail = format!("{}{}", char::from(b'a' + k % 26), char::from(b'a' + k / 26));
            words.push(format!("{}{tail}", stems[usize::from(k) % 2]));
        }
        let text = words.join(" ");
        let mut spellings: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
        spellings.sort();
        let hash = |w: &str| {
            let h = crate::similarity::fnv1a64(w.as_bytes());
            (h ^ (h >> 32)) as u32
        };
        let mut kept: Vec<(u32, u32)> = spellings[..TOP_TERMS].iter().map(|w| (hash(w), 1)).collect();
        kept.sort_unstable();
        assert_eq!(top_terms(&text), kept);
    }
}
