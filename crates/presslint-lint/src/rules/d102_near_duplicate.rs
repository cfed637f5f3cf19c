//! D102, and the near-duplicate machinery the other duplicate rules and the evaluation reuse.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use serde::Deserialize;

use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::similarity::{self, MinHashParams};
use crate::sketch::DocSketch;

declare_rule! {
    /// Nearly the same article text in more than one document: edits, cuts, reordering.
    ///
    /// ## What it finds
    /// Pairs of documents whose article texts (residue removed) share most of
    /// their word shingles: Jaccard similarity at or above `threshold`.
    /// Candidates come from MinHash signatures with LSH banding; every
    /// candidate is then verified on the exact shingle sets, so a reported
    /// pair really meets the threshold. Exact copies are left to D101.
    /// Documents are grouped around a canonical copy — the earliest dated,
    /// then the longest, then the first in path order — and a document joins
    /// a group only if it is similar to that canonical copy itself, never
    /// through a chain of neighbours. Documents shorter than `min-words` are
    /// not compared: a few words shared say little.
    ///
    /// ## Why it matters
    /// A corrected, trimmed or re-edited copy of a story counts twice in every
    /// statistic and leaks between training and test splits as surely as an
    /// exact copy.
    ///
    /// ## Example
    /// ```text
    /// warning[D102]: near duplicate of `news.jsonl#bbc-sport-332` (Jaccard 0.98)
    ///  --> news.jsonl#bbc-sport-344:1:1
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [rules.near-duplicate]
    /// threshold = 0.8      # minimum Jaccard similarity of shingle sets
    /// shingle-size = 5     # words per shingle
    /// permutations = 128   # MinHash signature length
    /// bands = 16           # LSH bands (permutations / bands rows each)
    /// min-words = 20       # shorter documents are not compared
    /// ```
    pub struct NearDuplicate {
        code: "D102",
        name: "near-duplicate",
        family: Duplicate,
        severity: Warning,
    }
}

/// Options of `near-duplicate`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct NearDuplicateOptions {
    /// Minimum Jaccard similarity of shingle sets.
    pub threshold: f64,
    /// Words per shingle.
    pub shingle_size: usize,
    /// MinHash signature length.
    pub permutations: usize,
    /// LSH bands.
    pub bands: usize,
    /// Documents with fewer words are not compared.
    pub min_words: usize,
}

impl Default for NearDuplicateOptions {
    fn default() -> Self {
        NearDuplicateOptions {
            threshold: 0.8,
            shingle_size: 5,
            permutations: 128,
            bands: 16,
            min_words: 20,
        }
    }
}

impl NearDuplicateOptions {
    /// The shingling and signature parameters.
    pub fn params(&self) -> MinHashParams {
        MinHashParams {
            shingle_size: self.shingle_size.max(1),
            permutations: self.permutations.max(1),
            bands: self.bands.clamp(1, self.permutations.max(1)),
        }
    }
}

/// The order in which documents become canonical: earliest date, longest, path.
pub fn canonical_order(a: &DocSketch, b: &DocSketch) -> std::cmp::Ordering {
    (a.date.is_none(), a.date, Reverse(a.text_len), &a.doc).cmp(&(
        b.date.is_none(),
        b.date,
        Reverse(b.text_len),
        &b.doc,
    ))
}

/// The canonical copy of each group of exact duplicates, by index: the
/// near-duplicate rules compare one representative per distinct text.
pub fn exact_representatives(sketches: &[DocSketch]) -> Vec<usize> {
    let mut representatives: Vec<usize> = by_content_hash(sketches)
        .chunk_by(|a, b| a.0 == b.0)
        .filter_map(|group| {
            // The first of equals: the lowest index, as the group is sorted by it.
            group
                .iter()
                .map(|&(_, i)| i)
                .min_by(|&x, &y| canonical_order(&sketches[x], &sketches[y]))
        })
        .collect();
    representatives.sort_unstable();
    representatives
}

/// Every sketch's content hash with its index, sorted: runs of equal hashes
/// are the groups of exact copies (the documents without a hash first, as
/// one run). Sorted rather than mapped: at a million documents a flat vector
/// sorts in a fraction of the time a map of hash strings fills.
pub fn by_content_hash(sketches: &[DocSketch]) -> Vec<(Option<&str>, usize)> {
    crate::textutil::sorted_by_leading_bytes(sketches.iter().map(|s| s.content_hash.as_deref()))
}

/// Verified near-duplicate pairs `(i, j, jaccard)` among `sketches`, one
/// representative per group of exact duplicates.
pub fn verified_pairs(sketches: &[DocSketch], options: &NearDuplicateOptions) -> Vec<(usize, usize, f64)> {
    verified_pairs_among(sketches, &exact_representatives(sketches), options)
}

/// [`verified_pairs`] with the [`exact_representatives`] already found.
pub fn verified_pairs_among(
    sketches: &[DocSketch],
    representatives: &[usize],
    options: &NearDuplicateOptions,
) -> Vec<(usize, usize, f64)> {
    let eligible: Vec<usize> = representatives
        .iter()
        .copied()
        .filter(|&i| sketches[i].words >= options.min_words && !sketches[i].bands.is_empty())
        .collect();
    let keys: Vec<&[u64]> = eligible.iter().map(|&i| sketches[i].bands.as_slice()).collect();
    similarity::candidates(&keys, 1000)
        .into_iter()
        .map(|(a, b)| (eligible[a], eligible[b]))
        .filter(|&(i, j)| sketches[i].content_hash != sketches[j].content_hash)
        .filter_map(|(i, j)| {
            let jaccard = similarity::jaccard(&sketches[i].shingles, &sketches[j].shingles);
            (jaccard >= options.threshold).then_some((i, j, jaccard))
        })
        .collect()
}

/// Group verified pairs around canonical copies and report the other members.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let options = ctx.config.rules.near_duplicate.clone();
    let pairs = verified_pairs_among(sketches, ctx.index().representatives(sketches), &options);
    let mut neighbours: BTreeMap<usize, Vec<(usize, f64)>> = BTreeMap::new();
    for &(i, j, jaccard) in &pairs {
        neighbours.entry(i).or_default().push((j, jaccard));
        neighbours.entry(j).or_default().push((i, jaccard));
    }
    let mut order: Vec<usize> = neighbours.keys().copied().collect();
    order.sort_by(|&a, &b| canonical_order(&sketches[a], &sketches[b]));
    let mut canonical_of: BTreeMap<usize, (usize, f64)> = BTreeMap::new();
    let mut is_canonical = vec![false; sketches.len()];
    for doc in order {
        // Join the most similar canonical document already chosen, if any.
        // Ties go to the canonical document that comes first.
        let best = neighbours[&doc]
            .iter()
            .filter(|(other, _)| is_canonical[*other])
            .max_by(|a, b| {
                a.1.total_cmp(&b.1)
                    .then(canonical_order(&sketches[b.0], &sketches[a.0]))
            });
        match best {
            Some(&(canonical, jaccard)) => {
                canonical_of.insert(doc, (canonical, jaccard));
            }
            None => is_canonical[doc] = true,
        }
    }
    for (doc, (canonical, jaccard)) in canonical_of {
        let (member, canon) = (&sketches[doc], &sketches[canonical]);
        let hash = member.content_hash.clone().unwrap_or_default();
        let d = ctx.report(
            member.anchor(),
            format!("near duplicate of `{}` (Jaccard {jaccard:.2})", canon.doc),
            &hash,
        );
        d.related.push(presslint_core::Related {
            location: canon.anchor(),
            message: "the canonical copy".to_string(),
        });
    }
}
