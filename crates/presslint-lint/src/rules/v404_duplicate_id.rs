use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::sketch::DocSketch;

declare_rule! {
    /// The same `id` on more than one record of a JSONL file.
    ///
    /// ## What it finds
    /// Records of one JSONL file that share an `id`. Every record after the
    /// first is reported, pointing to the first.
    ///
    /// ## Why it matters
    /// Ids are how pipelines join a record with its labels, its metadata and
    /// its findings; a repeated id makes every such join ambiguous.
    ///
    /// ## Example
    /// ```text
    /// error[V404]: id `bbc-tech-12` on line 97 was already used on line 40
    ///  --> news.jsonl#bbc-tech-12:1:1
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct DuplicateId {
        code: "V404",
        name: "duplicate-id",
        family: Validation,
        severity: Error,
    }
}

/// Report records whose id was already used in the same file.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    // Hashed, not ordered: a million (id, path) keys in a tree took half a
    // second of string comparisons.
    let mut first: HashMap<(&str, &str), &DocSketch> = HashMap::with_capacity(sketches.len());
    let mut repeats = Vec::new();
    for sketch in sketches {
        let (Some(id), Some(_)) = (&sketch.doc.id, sketch.doc.line) else {
            continue;
        };
        match first.entry((id, &sketch.doc.path)) {
            Entry::Occupied(original) => repeats.push((sketch, *original.get())),
            Entry::Vacant(slot) => {
                slot.insert(sketch);
            }
        }
    }
    for (sketch, original) in repeats {
        let id = sketch.doc.id.as_deref().unwrap_or_default();
        let first_line = original.doc.line.unwrap_or_default();
        let line = sketch.doc.line.unwrap_or_default();
        let evidence = format!("{id} line {line}");
        let d = ctx.report(
            sketch.anchor(),
            format!("id `{id}` on line {line} was already used on line {first_line}"),
            &evidence,
        );
        d.related.push(presslint_core::Related {
            location: original.anchor(),
            message: "first record with this id".to_string(),
        });
    }
}
