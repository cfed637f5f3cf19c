//! What the passage rules share: pairs of documents that have sentences in
//! common, found through an index of sentence hashes.

use std::collections::BTreeMap;

use crate::sketch::DocSketch;

/// A sentence found in more documents than this is a stock phrase, not a
/// passage worth reporting.
pub const MAX_SHARING: usize = 10;

/// The source a document is grouped by: the `source` in its metadata, or
/// else the JSONL file of a record or the folder of a file.
pub fn source_of(sketch: &DocSketch) -> String {
    match (&sketch.source, sketch.doc.line) {
        (Some(source), _) => source.clone(),
        (None, Some(_)) => sketch.doc.path.clone(),
        (None, None) => sketch
            .doc
            .path
            .rsplit_once('/')
            .map_or_else(|| ".".to_string(), |(dir, _)| dir.to_string()),
    }
}

/// For each pair `(i, j)` (`i < j`) of documents with sentences in common:
/// the index pairs `(sentence in i, sentence in j)` they share. Only the
/// documents in `eligible` take part. A sentence found in `template_at` or
/// more documents of one source is that source's template text (the
/// repeated-line rule's business) and is left out.
pub fn shared_sentences(
    sketches: &[DocSketch],
    eligible: &[usize],
    template_at: usize,
) -> BTreeMap<(usize, usize), Vec<(usize, usize)>> {
    // One flat (hash, document, sentence) entry per sentence, sorted: at a
    // million documents a map of vectors would outweigh the sketches.
    let mut entries: Vec<(u64, u32, u32)> = Vec::new();
    for &doc in eligible {
        for (k, sentence) in sketches[doc].sentences.iter().enumerate() {
            entries.push((sentence.hash, doc as u32, k as u32));
        }
    }
    entries.sort_unstable();
    let mut pairs: BTreeMap<(usize, usize), Vec<(usize, usize)>> = BTreeMap::new();
    for run in entries.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 {
            continue;
        }
        let mut occurrences: Vec<(usize, usize)> =
            run.iter().map(|&(_, d, k)| (d as usize, k as usize)).collect();
        // A sentence a document repeats counts once for it: the first time.
        occurrences.dedup_by_key(|o| o.0);
        let occurrences = &*occurrences;
        let docs: Vec<usize> = occurrences.iter().map(|&(d, _)| d).collect();
        if docs.len() < 2 || docs.len() > MAX_SHARING {
            continue;
        }
        let mut per_source: BTreeMap<String, usize> = BTreeMap::new();
        for &d in &docs {
            *per_source.entry(source_of(&sketches[d])).or_insert(0) += 1;
        }
        if per_source.values().any(|&n| n >= template_at) {
            continue;
        }
        for (a, &(da, ka)) in occurrences.iter().enumerate() {
            for &(db, kb) in &occurrences[a + 1..] {
                if da == db {
                    continue;
                }
                let (key, value) = if da < db {
                    ((da, db), (ka, kb))
                } else {
                    ((db, da), (kb, ka))
                };
                pairs.entry(key).or_default().push(value);
            }
        }
    }
    for shared in pairs.values_mut() {
        shared.sort_unstable();
        shared.dedup_by_key(|s| s.0);
    }
    pairs
}
