use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Deserialize;

use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::rules::passages::source_of;
use crate::sketch::DocSketch;

declare_rule! {
    /// A line repeated across many documents of the same source: template text.
    ///
    /// ## What it finds
    /// In the corpus pass, short lines (3 to 40 words) that appear, with case
    /// and spacing folded, in at least `min-documents` documents of the same
    /// source — the `source` in the metadata, or else the folder of a file or
    /// the JSONL file of a record. Each occurrence is reported with the count
    /// and an example of where else the line appears. Lines the classifier
    /// already calls residue are left to their own rules, and exact duplicate
    /// documents do not count twice for each other.
    ///
    /// ## Why it matters
    /// Every source has residue that no general rule knows — a sign-off, a
    /// campaign tagline, a standard paragraph. Repetition across documents is
    /// the signal that finds it, and the line can then be added to the
    /// `[boilerplate] templates` so that `presslint clean` removes it.
    ///
    /// ## Example
    /// ```text
    /// warning[B502]: line repeated in 12 documents of source `Harbour Wire` (also in releases/b.txt:9)
    ///  --> releases/a.txt:14:1
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [rules.repeated-line]
    /// min-documents = 5   # occurrences in distinct documents of one source
    /// ```
    pub struct RepeatedLine {
        code: "B502",
        name: "repeated-line",
        family: Boilerplate,
        severity: Info,
    }
}

/// Options of `repeated-line`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct RepeatedLineOptions {
    /// A line must appear in at least this many documents of one source.
    pub min_documents: usize,
}

impl Default for RepeatedLineOptions {
    fn default() -> Self {
        RepeatedLineOptions { min_documents: 5 }
    }
}

/// Report lines repeated across the documents of a source.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let min = ctx.config.rules.repeated_line.min_documents.max(2);
    // Sources are numbered, and every line is one flat (source, hash,
    // document, line) entry: a map per line would cost more than the sketches.
    let mut sources: BTreeMap<&str, u32> = BTreeMap::new();
    let mut names: Vec<&str> = Vec::new();
    let mut entries: Vec<(u32, u64, u32, u32)> = Vec::new();
    for (doc, sketch) in sketches.iter().enumerate() {
        if sketch.lines.is_empty() {
            continue;
        }
        let name = source_of(sketch);
        let source = *sources.entry(name).or_insert_with(|| {
            names.push(name);
            u32::try_from(names.len() - 1).unwrap_or(u32::MAX)
        });
        for (k, line) in sketch.lines.iter().enumerate() {
            entries.push((source, line.hash, narrow(doc), narrow(k)));
        }
    }
    // The entries are distinct, so any sort gives the one order.
    entries.par_sort_unstable();
    for occurrences in entries.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        if occurrences.len() < min {
            continue;
        }
        let mut contents: Vec<&Option<String>> = occurrences
            .iter()
            .map(|o| &sketches[o.2 as usize].content_hash)
            .collect();
        contents.sort();
        contents.dedup();
        if contents.len() < min {
            continue;
        }
        let (source, hash) = (&names[occurrences[0].0 as usize], occurrences[0].1);
        let line_of = |o: &(u32, u64, u32, u32)| {
            let sketch = &sketches[o.2 as usize];
            (sketch, sketch.lines[o.3 as usize].place)
        };
        let count = occurrences.len();
        for (k, occurrence) in occurrences.iter().enumerate() {
            let (sketch, place) = line_of(occurrence);
            let (other, other_place) = line_of(&occurrences[if k == 0 { 1 } else { 0 }]);
            let message = format!(
                "line repeated in {count} documents of source `{source}` (also in {}:{})",
                other.doc, other_place.line
            );
            ctx.report(place.location(&sketch.doc), message, &format!("{hash:016x}"));
        }
    }
}

fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
