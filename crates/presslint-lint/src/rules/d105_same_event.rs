use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use presslint_core::CivilDate;

use crate::corpus::CorpusContext;
use crate::event::EventSketch;
use crate::rule::declare_rule;
use crate::rules::d102_near_duplicate::canonical_order;
use crate::similarity;
use crate::sketch::DocSketch;
use crate::textutil::PreHashed;

declare_rule! {
    /// Different articles covering the same event.
    ///
    /// ## What it finds
    /// Pairs of documents written separately — neither near duplicates nor
    /// one contained in the other — about the same event. The evidence is
    /// the kind that survives rewording:
    /// - a day both report, directly or once resolved against the documents'
    ///   own dates (`on Thursday` in an article of Friday 6 November 2020 is
    ///   5 November; `November 5` takes its year from the document's date; a
    ///   bare weekday in an undated article fits a date within three days of
    ///   the other article's own date);
    /// - at least two names in common (runs of capitalised words);
    /// - similar content: the cosine of their most frequent content words,
    ///   each weighted by how rare it is in the corpus, at least
    ///   `min-similarity`.
    ///
    /// Candidates are the documents that name the same day and a name few
    /// other documents of that day name (at most 200), and, for an article
    /// with only a bare weekday, those that share two rare names with it.
    ///
    /// ## Why it matters
    /// Coverage of one event by several outlets is not a copy, but counting it
    /// as several events overstates how much happened; for media monitoring
    /// it is the grouping that matters.
    ///
    /// ## Example
    /// ```text
    /// info[D105]: covers the same event as `corpus/000.txt`: 2020-11-05 is a Thursday, the day the other names; term similarity 0.32, 4 names in common
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [rules.same-event]
    /// min-similarity = 0.25   # weighted cosine of the documents' content words
    /// ```
    pub struct SameEvent {
        code: "D105",
        name: "same-event",
        family: Duplicate,
        severity: Info,
    }
}

/// Options of `same-event`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct SameEventOptions {
    /// Minimum weighted cosine similarity of the content words.
    pub min_similarity: f64,
}

impl Default for SameEventOptions {
    fn default() -> Self {
        SameEventOptions { min_similarity: 0.25 }
    }
}

/// Names both articles must mention: an event has its people and places.
const MIN_NAMES: usize = 2;

/// A name that more documents of one day mention than this is no evidence
/// that two of them report the same event ("China" on a busy day).
const NAME_BUCKET: usize = 200;

/// Candidate pairs `(a, b)`, `a < b`: documents that name the same day and
/// share a name that at most [`NAME_BUCKET`] of that day's documents share
/// (and [`MIN_NAMES`] names in all, when the day has no more common name),
/// and documents with only a bare weekday or a yearless day paired with
/// those that share at least two rare names with them. Pairs are built per
/// (day, name), never per day: a day of a million-document corpus has
/// hundreds of documents, and all their pairs would be most of the run.
fn candidates<'a>(eligible: &[usize], event: &impl Fn(usize) -> &'a EventSketch) -> Vec<(u32, u32)> {
    // Documents by day first, then one day at a time by name: the (day,
    // name, document) triples of a whole corpus would be most of its memory.
    let mut by_day: Vec<(CivilDate, u32)> = Vec::new();
    let mut undated = Vec::new();
    for &doc in eligible {
        let e = event(doc);
        by_day.extend(e.days.iter().chain(e.date.iter()).map(|&day| (day, doc as u32)));
        if !e.weekdays.is_empty() || !e.partial_days.is_empty() {
            undated.push(doc);
        }
    }
    by_day.sort_unstable();
    by_day.dedup();
    // Pairs as two u32s, and without repeats within a day before they are
    // kept: a pair that shares several names meets once per name.
    let mut candidates: Vec<(u32, u32)> = Vec::new();
    let mut day_pairs: Vec<(u32, u32)> = Vec::new();
    let mut by_name: Vec<(u64, u32)> = Vec::new();
    for day in by_day.chunk_by(|x, y| x.0 == y.0) {
        if day.len() < 2 {
            continue;
        }
        by_name.clear();
        by_name.extend(
            day.iter()
                .flat_map(|&(_, doc)| event(doc as usize).names.iter().map(move |&name| (name, doc))),
        );
        by_name.sort_unstable();
        day_pairs.clear();
        let mut crowded = false;
        for run in by_name.chunk_by(|x, y| x.0 == y.0) {
            if run.len() > NAME_BUCKET {
                crowded = true;
                continue;
            }
            for (k, &(_, a)) in run.iter().enumerate() {
                for &(_, b) in &run[k + 1..] {
                    day_pairs.push((a, b));
                }
            }
        }
        day_pairs.sort_unstable();
        // A pair meets here once per name it shares. Every name two
        // documents of this day share is in one of this day's runs, so
        // without a crowded run the meetings count all their names in
        // common: a pair that meets fewer than MIN_NAMES times would fail
        // the check. (Most pairs share one name only.)
        for meetings in day_pairs.chunk_by(|x, y| x == y) {
            if crowded || meetings.len() >= MIN_NAMES {
                candidates.push(meetings[0]);
            }
        }
    }
    drop(by_day);
    if !undated.is_empty() {
        // A fixed bound: names in more documents than this are no evidence,
        // and the candidates stay linear in the corpus.
        let name_limit = (eligible.len() / 100).clamp(3, 50);
        let mut by_name: Vec<(u64, u32)> = eligible
            .iter()
            .flat_map(|&doc| event(doc).names.iter().map(move |&name| (name, doc as u32)))
            .collect();
        by_name.sort_unstable();
        let mut shared_names: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for &doc in &undated {
            for &name in &event(doc).names {
                let from = by_name.partition_point(|e| e.0 < name);
                let to = by_name.partition_point(|e| e.0 <= name);
                if to - from > name_limit {
                    continue;
                }
                for &(_, other) in by_name[from..to].iter().filter(|e| e.1 as usize != doc) {
                    let other = other as usize;
                    *shared_names.entry((doc.min(other), doc.max(other))).or_insert(0) += 1;
                }
            }
        }
        candidates.extend(
            shared_names
                .into_iter()
                .filter(|&(_, n)| n >= 2)
                .map(|((a, b), _)| (a as u32, b as u32)),
        );
    }
    candidates.par_sort_unstable();
    candidates.dedup();
    candidates
}

/// Report pairs of documents about the same event.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let options = ctx.config.rules.same_event.clone();
    let threshold = ctx.config.rules.near_duplicate.threshold;
    let eligible: Vec<usize> = ctx
        .index()
        .representatives(sketches)
        .iter()
        .copied()
        .filter(|&i| sketches[i].event.as_ref().is_some_and(|e| !e.terms.is_empty()))
        .collect();
    let event = |i: usize| {
        sketches[i]
            .event
            .as_deref()
            .expect("eligible documents have event sketches")
    };
    // Document frequencies of the terms, for their weights.
    // Forty terms a document, counted side by side: at a million
    // documents this was the longest serial step of the corpus pass.
    type Counts = HashMap<u32, u32, PreHashed>;
    let frequency: Counts = eligible
        .par_chunks(16_384)
        .map(|docs| {
            let mut counts = Counts::default();
            for &doc in docs {
                for &(term, _) in &event(doc).terms {
                    *counts.entry(term).or_insert(0) += 1;
                }
            }
            counts
        })
        .reduce(Counts::default, |all, part| {
            let (mut all, part) = if all.len() >= part.len() {
                (all, part)
            } else {
                (part, all)
            };
            for (term, count) in part {
                *all.entry(term).or_insert(0) += count;
            }
            all
        });
    let n = eligible.len() as f64;
    let idf = |term: u32| {
        frequency
            .get(&term)
            .map_or(0.0, |&docs| ((n + 1.0) / (f64::from(docs) + 0.5)).ln())
    };
    // Each document's norm takes forty weights; a document is in many pairs.
    let mut norms = vec![0.0; sketches.len()];
    let computed: Vec<f64> = eligible.par_iter().map(|&doc| event(doc).norm(idf)).collect();
    for (&doc, norm) in eligible.iter().zip(computed) {
        norms[doc] = norm;
    }
    let candidates = candidates(&eligible, &event);
    // Candidates are checked side by side (most fail on the names or the
    // day); the pairs found are reported in candidate order.
    let found: Vec<(usize, usize, usize, String, f64)> = candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            let (a, b) = (a as usize, b as usize);
            let (sa, sb) = (&sketches[a], &sketches[b]);
            let (ea, eb) = (event(a), event(b));
            let names = similarity::intersection(&ea.names, &eb.names);
            if names < MIN_NAMES {
                return None;
            }
            let similarity = crate::event::cosine(ea.dot(eb, idf), norms[a], norms[b]);
            if similarity < options.min_similarity {
                return None;
            }
            if !sa.shingles.is_empty() {
                let jaccard = similarity::jaccard(&sa.shingles, &sb.shingles);
                let contained = similarity::containment(&sa.shingles, &sb.shingles)
                    .max(similarity::containment(&sb.shingles, &sa.shingles));
                if jaccard >= threshold || contained >= 0.9 {
                    return None;
                }
            }
            let day = ea.common_day(eb)?;
            Some((a, b, names, day, similarity))
        })
        .collect();
    for (a, b, names, day, similarity) in found {
        let (sa, sb) = (&sketches[a], &sketches[b]);
        let (later, earlier) = if canonical_order(sa, sb).is_le() {
            (sb, sa)
        } else {
            (sa, sb)
        };
        let d = ctx.report(
            later.anchor(),
            format!(
                "covers the same event as `{}`: {day}; term similarity {similarity:.2}, {names} names in common",
                earlier.doc
            ),
            &format!("{}", earlier.doc),
        );
        d.related.push(presslint_core::Related {
            location: earlier.anchor(),
            message: "the other article".to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sketch(day: CivilDate, names: &[u64]) -> EventSketch {
        EventSketch {
            date: Some(day),
            names: names.to_vec(),
            terms: vec![(1, 1)],
            ..EventSketch::default()
        }
    }

    #[test]
    fn candidates_share_enough_names_or_a_crowded_day() {
        let quiet = CivilDate::new(2020, 5, 1).expect("a date");
        let busy = CivilDate::new(2020, 5, 2).expect("a date");
        let mut events = vec![
            sketch(quiet, &[1, 2]),
            sketch(quiet, &[1, 2, 3]),
            sketch(quiet, &[3, 4]),
            // One name in common, and one shared by too many to count as a
            // meeting: both together make two.
            sketch(busy, &[7, 8]),
            sketch(busy, &[7, 8]),
        ];
        events.extend((0..=NAME_BUCKET).map(|_| sketch(busy, &[8])));
        let eligible: Vec<usize> = (0..events.len()).collect();
        let found = candidates(&eligible, &|i| &events[i]);
        assert!(found.contains(&(0, 1)), "two names on a quiet day");
        assert!(!found.contains(&(1, 2)), "one name on a quiet day");
        assert!(found.contains(&(3, 4)), "a rare name and a crowded one");
    }
}
