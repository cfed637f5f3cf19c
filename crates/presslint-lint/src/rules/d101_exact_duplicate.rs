use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::rules::d102_near_duplicate::{by_content_hash, canonical_order};
use crate::sketch::DocSketch;

declare_rule! {
    /// The same article text in more than one document.
    ///
    /// ## What it finds
    /// Documents whose article text is identical once residue is removed
    /// (wire datelines and other boilerplate the parser recognises), Unicode
    /// is normalised (NFKC), and white space is folded. Case is kept: a
    /// change of capitalisation is an edit, not a copy. Documents
    /// are compared by the SHA-256 of that normalised text. Each group names
    /// a canonical copy — the earliest dated, then the longest, then the first
    /// in path order — and every other member is reported once, pointing to it.
    ///
    /// ## Why it matters
    /// Exact copies inflate counts, skew any statistic over the corpus and,
    /// in a training set, teach a model the same text twice.
    ///
    /// ## Example
    /// ```text
    /// warning[D101]: exact duplicate of `news.jsonl#bbc-tech-12`: the same article text
    ///   --> news.jsonl#bbc-tech-40:1:1
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct ExactDuplicate {
        code: "D101",
        name: "exact-duplicate",
        family: Duplicate,
        severity: Warning,
    }
}

/// Group sketches by content hash and report every non-canonical member.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let hashed = by_content_hash(sketches);
    for group in hashed.chunk_by(|a, b| a.0 == b.0) {
        // Documents without article text have no hash and are no copies.
        let Some(hash) = group[0].0 else { continue };
        if group.len() < 2 {
            continue;
        }
        let mut members: Vec<&DocSketch> = group.iter().map(|&(_, i)| &sketches[i]).collect();
        members.sort_by(|a, b| canonical_order(a, b));
        let canonical = members[0];
        let copies = members.len() - 1;
        for member in &members[1..] {
            let others = if copies > 1 {
                format!(" (one of {} copies)", copies + 1)
            } else {
                String::new()
            };
            let diagnostic = ctx.report(
                member.anchor(),
                format!(
                    "exact duplicate of `{}`: the same article text{others}",
                    canonical.doc
                ),
                hash,
            );
            diagnostic.related.push(presslint_core::Related {
                location: canonical.anchor(),
                message: "the canonical copy".to_string(),
            });
        }
    }
}
