use std::collections::BTreeMap;

use serde::Deserialize;

use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::rules::passages::source_of;
use crate::sketch::{DocSketch, LineSketch};

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
    // (source, hash) -> occurrences, one per distinct document content.
    let mut seen: BTreeMap<(String, &str), Vec<(&DocSketch, &LineSketch)>> = BTreeMap::new();
    for sketch in sketches {
        let source = source_of(sketch);
        for line in &sketch.lines {
            seen.entry((source.clone(), &line.hash))
                .or_default()
                .push((sketch, line));
        }
    }
    for ((source, hash), occurrences) in seen {
        let mut contents: Vec<&Option<String>> = occurrences.iter().map(|(s, _)| &s.content_hash).collect();
        contents.sort();
        contents.dedup();
        if contents.len() < min {
            continue;
        }
        let count = occurrences.len();
        for (k, (_, line)) in occurrences.iter().enumerate() {
            let (_, example) = occurrences[if k == 0 { 1 } else { 0 }];
            let message = format!(
                "line repeated in {count} documents of source `{source}` (also in {}:{})",
                example.location.doc, example.location.start.line
            );
            ctx.report(line.location.clone(), message, hash);
        }
    }
}
