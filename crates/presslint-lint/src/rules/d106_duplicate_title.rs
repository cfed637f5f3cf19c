use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::rules::d102_near_duplicate::canonical_order;
use crate::similarity;
use crate::sketch::DocSketch;

declare_rule! {
    /// The same title on documents whose texts are different.
    ///
    /// ## What it finds
    /// Documents with the same title — the metadata title, else the headline,
    /// with case and spacing folded, at least three words — whose article
    /// texts are neither exact nor near duplicates of each other (shingle
    /// Jaccard below the near-duplicate threshold). Each is reported against
    /// the group's canonical document.
    ///
    /// ## Why it matters
    /// Either the title was reused for a different story (a template title, a
    /// wrong field in the export), or a story was rewritten under its old
    /// title; both confuse anyone who finds documents by title.
    ///
    /// ## Example
    /// ```text
    /// warning[D106]: same title as `releases/2020-11.md` but a different text (Jaccard 0.12)
    /// ```
    ///
    /// ## Options
    /// None; the similarity threshold is `[rules.near-duplicate] threshold`.
    pub struct DuplicateTitle {
        code: "D106",
        name: "duplicate-title",
        family: Duplicate,
        severity: Warning,
    }
}

/// Report documents that share a title with the group's canonical document but not its text.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let threshold = ctx.config.rules.near_duplicate.threshold;
    // Sorted (title, index) pairs rather than a map of titles: at a million
    // documents the map's string comparisons were most of the rule's time.
    let titles = sketches.iter().map(|s| {
        s.title
            .as_deref()
            .filter(|title| title.split_whitespace().count() >= 3)
    });
    let titled = crate::textutil::sorted_by_leading_bytes(titles);
    for group in titled.chunk_by(|a, b| a.0 == b.0) {
        let Some(title) = group[0].0 else { continue };
        if group.len() < 2 {
            continue;
        }
        let mut members: Vec<&DocSketch> = group.iter().map(|&(_, i)| &sketches[i]).collect();
        members.sort_by(|a, b| canonical_order(a, b));
        let canonical = members[0];
        for member in &members[1..] {
            if member.content_hash == canonical.content_hash {
                continue;
            }
            let jaccard = similarity::jaccard(&member.shingles, &canonical.shingles);
            if jaccard >= threshold {
                continue;
            }
            let d = ctx.report(
                member.anchor(),
                format!(
                    "same title as `{}` but a different text (Jaccard {jaccard:.2})",
                    canonical.doc
                ),
                title,
            );
            d.related.push(presslint_core::Related {
                location: canonical.anchor(),
                message: "the same title here".to_string(),
            });
        }
    }
}
