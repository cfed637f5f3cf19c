//! `cargo xtask eval duplicates`: near-duplicate pairs found through MinHash
//! and LSH, against the exact answer computed by brute force on the same
//! shingles.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use presslint_core::{DocRef, LineIndex};
use presslint_lint::rules::NearDuplicateOptions;
use presslint_lint::rules::d102_near_duplicate::verified_pairs;
use presslint_lint::sketch::{DocSketch, SketchParts};

/// Sketch every record of a JSONL dataset the way `presslint check` does.
fn sketches(dataset: &Path, options: &NearDuplicateOptions) -> Result<Vec<DocSketch>, String> {
    let text =
        std::fs::read_to_string(dataset).map_err(|e| format!("cannot read {}: {e}", dataset.display()))?;
    let params = options.params();
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let record =
                presslint_parse::record::parse_record(line).map_err(|e| format!("line {}: {e}", i + 1))?;
            let doc = DocRef::record(dataset.display().to_string(), i + 1, record.id);
            let doc = presslint_parse::parse(doc, record.meta, record.text);
            let parts = SketchParts {
                minhash: Some(params),
                ..SketchParts::default()
            };
            Ok(DocSketch::new(&doc, &LineIndex::new(&doc.text), &parts))
        })
        .collect()
}

/// Every pair at or above the threshold, by brute force over an inverted index.
fn exact_pairs(sketches: &[DocSketch], options: &NearDuplicateOptions) -> BTreeSet<(usize, usize)> {
    // One representative per group of exact copies, as the rule compares them.
    let eligible: Vec<usize> = presslint_lint::rules::d102_near_duplicate::exact_representatives(sketches)
        .into_iter()
        .filter(|&i| sketches[i].words >= options.min_words)
        .collect();
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for &doc in &eligible {
        for &shingle in &sketches[doc].shingles {
            index.entry(shingle).or_default().push(doc);
        }
    }
    let mut common: HashMap<(usize, usize), usize> = HashMap::new();
    for docs in index.values() {
        for (k, &a) in docs.iter().enumerate() {
            for &b in &docs[k + 1..] {
                *common.entry((a.min(b), a.max(b))).or_insert(0) += 1;
            }
        }
    }
    common
        .into_iter()
        .filter(|&((a, b), n)| {
            let union = sketches[a].shingles.len() + sketches[b].shingles.len() - n;
            n as f64 / union as f64 >= options.threshold
                && sketches[a].content_hash != sketches[b].content_hash
        })
        .map(|(pair, _)| pair)
        .collect()
}

/// Print precision and recall of the LSH pairs against the brute-force pairs.
pub fn run(dataset: &Path) -> Result<(), String> {
    let options = NearDuplicateOptions::default();
    let sketches = sketches(dataset, &options)?;
    let started = std::time::Instant::now();
    let found: BTreeSet<(usize, usize)> = verified_pairs(&sketches, &options)
        .into_iter()
        .map(|(a, b, _)| (a, b))
        .collect();
    let lsh_time = started.elapsed();
    let started = std::time::Instant::now();
    let truth = exact_pairs(&sketches, &options);
    let brute_time = started.elapsed();
    let tp = found.intersection(&truth).count();
    let precision = if found.is_empty() {
        1.0
    } else {
        tp as f64 / found.len() as f64
    };
    let recall = if truth.is_empty() {
        1.0
    } else {
        tp as f64 / truth.len() as f64
    };
    println!(
        "{}: {} documents; near-duplicate pairs (Jaccard >= {}, {}-word shingles, {} permutations, {} bands, exact copies excluded)",
        dataset.display(),
        sketches.len(),
        options.threshold,
        options.shingle_size,
        options.permutations,
        options.bands
    );
    println!(
        "  brute force: {} pairs ({:.0} ms)",
        truth.len(),
        brute_time.as_secs_f64() * 1000.0
    );
    println!(
        "  MinHash + LSH + verification: {} pairs ({:.0} ms)",
        found.len(),
        lsh_time.as_secs_f64() * 1000.0
    );
    println!("  precision {precision:.3}, recall {recall:.3}");
    for &(a, b) in truth.symmetric_difference(&found) {
        let side = if found.contains(&(a, b)) {
            "extra"
        } else {
            "missed"
        };
        println!("  {side}: {} ~ {}", sketches[a].doc, sketches[b].doc);
    }
    Ok(())
}
