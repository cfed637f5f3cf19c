use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::rules::passages::shared_sentences;
use crate::similarity;
use crate::sketch::DocSketch;

declare_rule! {
    /// A body contained in a longer document: a syndicated or trimmed copy.
    ///
    /// ## What it finds
    /// A document whose article text is, shingle for shingle, at least 90%
    /// contained in a longer document's, when the two are not similar enough
    /// as wholes to be near duplicates: a release republished with only part
    /// of its text, or a longer version that adds paragraphs to a shared
    /// body. Wire boilerplate, headlines and datelines do not count against a
    /// copy, since residue is removed before comparing (a copy that differs
    /// only there is an exact or near duplicate). Candidates are pairs that
    /// share at least two sentences.
    ///
    /// ## Why it matters
    /// Containment hides from Jaccard-based deduplication: a 300-word story
    /// inside a 1,200-word one is only 25% similar, yet every word of it is
    /// a copy.
    ///
    /// ## Example
    /// ```text
    /// warning[D103]: body contained in the longer `releases/full.md` (96% of this text)
    ///  --> releases/short.md:5:1
    /// ```
    ///
    /// ## Options
    /// None; documents shorter than `[rules.near-duplicate] min-words` are not compared.
    pub struct SyndicatedCopy {
        code: "D103",
        name: "syndicated-copy",
        family: Duplicate,
        severity: Warning,
    }
}

/// Share of the shorter text that must be found in the longer.
const CONTAINMENT: f64 = 0.9;

/// Report documents contained in longer ones.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let options = ctx.config.rules.near_duplicate.clone();
    // The sentences of the exact-copy representatives, shared with D104;
    // this rule takes those of documents long enough.
    let index = ctx.index();
    let pairs = shared_sentences(
        sketches,
        index.sentences(sketches),
        |i| sketches[i].words >= options.min_words,
        ctx.config.rules.repeated_line.min_documents.max(2),
    );
    for ((a, b), shared) in pairs {
        if shared.len() < 2 {
            continue;
        }
        let (short, long) = if sketches[a].shingles.len() <= sketches[b].shingles.len() {
            (a, b)
        } else {
            (b, a)
        };
        let (s, l) = (&sketches[short], &sketches[long]);
        if similarity::jaccard(&s.shingles, &l.shingles) >= options.threshold {
            continue;
        }
        let contained = similarity::containment(&s.shingles, &l.shingles);
        if contained < CONTAINMENT {
            continue;
        }
        let d = ctx.report(
            s.anchor(),
            format!(
                "body contained in the longer `{}` ({:.0}% of this text)",
                l.doc,
                contained * 100.0
            ),
            &s.content_hash.clone().unwrap_or_default(),
        );
        d.related.push(presslint_core::Related {
            location: l.anchor(),
            message: "the longer document".to_string(),
        });
    }
}
