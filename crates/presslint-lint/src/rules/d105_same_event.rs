use std::collections::{BTreeMap, BTreeSet};

use presslint_core::CivilDate;

use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::rules::d102_near_duplicate::{canonical_order, exact_representatives};
use crate::similarity;
use crate::sketch::DocSketch;

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
    /// Candidates are the documents that name the same day, and, for an
    /// article with only a bare weekday, those that share two rare names
    /// with it.
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

/// Days named by more documents than this are too busy to pair all their documents.
const MAX_BUCKET: usize = 2_000;

/// Report pairs of documents about the same event.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let options = ctx.config.rules.same_event.clone();
    let threshold = ctx.config.rules.near_duplicate.threshold;
    let eligible: Vec<usize> = exact_representatives(sketches)
        .into_iter()
        .filter(|&i| sketches[i].event.as_ref().is_some_and(|e| !e.terms.is_empty()))
        .collect();
    let event = |i: usize| {
        sketches[i]
            .event
            .as_ref()
            .expect("eligible documents have event sketches")
    };
    // Document frequencies of the terms, for their weights and for candidates.
    let mut by_term: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for &doc in &eligible {
        for &(term, _) in &event(doc).terms {
            by_term.entry(term).or_default().push(doc);
        }
    }
    let n = eligible.len() as f64;
    let idf = |term: u64| {
        by_term
            .get(&term)
            .map_or(0.0, |docs| ((n + 1.0) / (docs.len() as f64 + 0.5)).ln())
    };
    // Candidates: documents that name the same day (one bucket a day), and
    // documents with only a bare weekday or a yearless day paired with those
    // that share at least two rare names with them.
    let mut by_day: BTreeMap<CivilDate, Vec<usize>> = BTreeMap::new();
    let mut undated = Vec::new();
    for &doc in &eligible {
        let e = event(doc);
        for &day in e.days.iter().chain(e.date.iter()) {
            by_day.entry(day).or_default().push(doc);
        }
        if !e.weekdays.is_empty() || !e.partial_days.is_empty() {
            undated.push(doc);
        }
    }
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    for docs in by_day.values_mut() {
        docs.sort_unstable();
        docs.dedup();
        if docs.len() > MAX_BUCKET {
            continue;
        }
        for (k, &a) in docs.iter().enumerate() {
            for &b in &docs[k + 1..] {
                candidates.insert((a, b));
            }
        }
    }
    if !undated.is_empty() {
        // A fixed bound: names in more documents than this are no evidence,
        // and the candidates stay linear in the corpus.
        let name_limit = (eligible.len() / 100).clamp(3, 50);
        let mut by_name: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
        for &doc in &eligible {
            for &name in &event(doc).names {
                by_name.entry(name).or_default().push(doc);
            }
        }
        let mut shared_names: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for &doc in &undated {
            for name in &event(doc).names {
                let Some(docs) = by_name.get(name).filter(|d| d.len() <= name_limit) else {
                    continue;
                };
                for &other in docs.iter().filter(|&&o| o != doc) {
                    *shared_names.entry((doc.min(other), doc.max(other))).or_insert(0) += 1;
                }
            }
        }
        candidates.extend(
            shared_names
                .into_iter()
                .filter(|&(_, n)| n >= 2)
                .map(|(pair, _)| pair),
        );
    }
    for (a, b) in candidates {
        let (sa, sb) = (&sketches[a], &sketches[b]);
        let (ea, eb) = (event(a), event(b));
        let names = similarity::intersection(&ea.names, &eb.names);
        if names < MIN_NAMES {
            continue;
        }
        let Some(day) = ea.common_day(eb) else { continue };
        let similarity = ea.similarity(eb, idf);
        if similarity < options.min_similarity {
            continue;
        }
        if !sa.shingles.is_empty() {
            let jaccard = similarity::jaccard(&sa.shingles, &sb.shingles);
            let contained = similarity::containment(&sa.shingles, &sb.shingles)
                .max(similarity::containment(&sb.shingles, &sa.shingles));
            if jaccard >= threshold || contained >= 0.9 {
                continue;
            }
        }
        let (later, earlier) = if canonical_order(sa, sb).is_le() {
            (sb, sa)
        } else {
            (sa, sb)
        };
        let d = ctx.report(
            later.anchor.clone(),
            format!(
                "covers the same event as `{}`: {day}; term similarity {similarity:.2}, {names} names in common",
                earlier.doc
            ),
            &format!("{}", earlier.doc),
        );
        d.related.push(presslint_core::Related {
            location: earlier.anchor.clone(),
            message: "the other article".to_string(),
        });
    }
}
