//! What the passage rules share: pairs of documents that have sentences in
//! common, found through an index of sentence hashes.

use std::collections::BTreeMap;

use crate::corpus::SentenceEntry;
use crate::sketch::DocSketch;

/// A sentence found in more documents than this is a stock phrase, not a
/// passage worth reporting.
pub const MAX_SHARING: usize = 10;

/// The source a document is grouped by: the `source` in its metadata, or
/// else the JSONL file of a record or the folder of a file.
pub fn source_of(sketch: &DocSketch) -> &str {
    match (&sketch.source, sketch.doc.line) {
        (Some(source), _) => source,
        (None, Some(_)) => &sketch.doc.path,
        (None, None) => sketch.doc.path.rsplit_once('/').map_or(".", |(dir, _)| dir),
    }
}

/// Two documents `(i, j)` and the sentences they share, as index pairs
/// `(sentence in i, sentence in j)`.
pub type SharedPair = ((usize, usize), Vec<(usize, usize)>);

/// For each pair `(i, j)` (`i < j`) of documents with sentences in common,
/// in order of the pairs: the index pairs `(sentence in i, sentence in j)`
/// they share, in order. `entries` are the sorted sentence entries of some
/// documents (see [`crate::corpus::CorpusIndex::sentences`]), of which
/// those `eligible` says take part. A sentence found in `template_at` or
/// more documents of one source is that source's template text (the
/// repeated-line rule's business) and is left out.
pub fn shared_sentences(
    sketches: &[DocSketch],
    entries: &[SentenceEntry],
    eligible: impl Fn(usize) -> bool,
    template_at: usize,
) -> Vec<SharedPair> {
    // Flat (document, document, sentence, sentence) entries, grouped by
    // sorting: a map of vectors per pair costs more at a million documents.
    let mut flat: Vec<(u32, u32, u32, u32)> = Vec::new();
    for run in entries.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 {
            continue;
        }
        let mut occurrences: Vec<(u32, u32)> = run
            .iter()
            .filter(|&&(_, d, _)| eligible(d as usize))
            .map(|&(_, d, k)| (d, k))
            .collect();
        // A sentence a document repeats counts once for it: the first time.
        occurrences.dedup_by_key(|o| o.0);
        if occurrences.len() < 2 || occurrences.len() > MAX_SHARING {
            continue;
        }
        let mut per_source: BTreeMap<&str, usize> = BTreeMap::new();
        for &(d, _) in &occurrences {
            *per_source.entry(source_of(&sketches[d as usize])).or_insert(0) += 1;
        }
        if per_source.values().any(|&n| n >= template_at) {
            continue;
        }
        for (a, &(da, ka)) in occurrences.iter().enumerate() {
            for &(db, kb) in &occurrences[a + 1..] {
                if da == db {
                    continue;
                }
                flat.push(if da < db {
                    (da, db, ka, kb)
                } else {
                    (db, da, kb, ka)
                });
            }
        }
    }
    // A sentence of the first document is paired once: with its first
    // occurrence in the second.
    flat.sort_unstable();
    flat.dedup_by_key(|&mut (a, b, ka, _)| (a, b, ka));
    flat.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1))
        .map(|run| {
            let shared = run
                .iter()
                .map(|&(_, _, ka, kb)| (ka as usize, kb as usize))
                .collect();
            ((run[0].0 as usize, run[0].1 as usize), shared)
        })
        .collect()
}
