use presslint_core::Span;

use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::rules::d102_near_duplicate::canonical_order;
use crate::rules::passages::{MAX_SHARING, shared_sentences};
use crate::similarity;
use crate::sketch::DocSketch;

declare_rule! {
    /// Sentences copied between otherwise different documents.
    ///
    /// ## What it finds
    /// Pairs of documents that share one or more sentences of at least eight
    /// words — talking points, quoted statements, reused paragraphs — while
    /// their texts as wholes are different (neither near duplicates nor one
    /// contained in the other). Sentences in boilerplate are ignored, and so
    /// are sentences found in more than ten documents, which are stock
    /// phrases rather than passages. The later document of the pair is
    /// reported, with the shared text and where it stands in the earlier one.
    ///
    /// ## Why it matters
    /// Shared passages are how press releases travel into news coverage and
    /// how talking points spread; in a dataset they are partial duplicates
    /// that whole-document deduplication misses.
    ///
    /// ## Example
    /// ```text
    /// info[D104]: 2 sentences also in `news/b.txt`: "We are eager to increase exchanges and interactions …"
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct PassageReuse {
        code: "D104",
        name: "passage-reuse",
        family: Duplicate,
        severity: Info,
    }
}

/// Report pairs of different documents that share sentences.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let options = ctx.config.rules.near_duplicate.clone();
    // The sentences of the exact-copy representatives, shared with D103.
    let index = ctx.index();
    let pairs = shared_sentences(
        sketches,
        index.sentences(sketches),
        |_| true,
        ctx.config.rules.repeated_line.min_documents.max(2),
    );
    for ((a, b), shared) in pairs {
        let (sa, sb) = (&sketches[a], &sketches[b]);
        let jaccard = similarity::jaccard(&sa.shingles, &sb.shingles);
        let contained = similarity::containment(&sa.shingles, &sb.shingles)
            .max(similarity::containment(&sb.shingles, &sa.shingles));
        if !sa.shingles.is_empty() && (jaccard >= options.threshold || contained >= 0.9) {
            continue;
        }
        // Report on the later document, pointing to the earlier.
        let (later, earlier, later_k, earlier_k) = if canonical_order(sa, sb).is_le() {
            (b, a, shared[0].1, shared[0].0)
        } else {
            (a, b, shared[0].0, shared[0].1)
        };
        let (sl, se) = (&sketches[later], &sketches[earlier]);
        let sentence = &sl.sentences[later_k];
        let count = if shared.len() == 1 {
            "a sentence".to_string()
        } else {
            format!("{} sentences", shared.len())
        };
        let quote = sentence
            .text
            .as_deref()
            .or(se.sentences[earlier_k].text.as_deref())
            .map_or_else(String::new, |text| format!(": \"{text}\""));
        let d = ctx.report(
            sentence.location(&sl.doc),
            format!("{count} also in `{}`{quote}", se.doc),
            &format!("{:016x}", sentence.hash),
        );
        d.related.push(presslint_core::Related {
            location: se.sentences[earlier_k].location(&se.doc),
            message: format!("the same sentence (found in at most {MAX_SHARING} documents)"),
        });
        if quote.is_empty() {
            let place = sentence.place;
            ctx.quote_later(
                sl.doc.clone(),
                Span::new(place.start as usize, place.end as usize),
            );
        }
    }
}
