use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::rules::d102_near_duplicate::canonical_order;
use crate::sketch::DocSketch;

declare_rule! {
    /// The same fact stated with incompatible values in two documents.
    ///
    /// ## What it finds
    /// Two documents that state a figure for the same fact — the same
    /// measure in the same unit family for the same period (`2020`,
    /// `2020-Q3`, `last year` resolved against each document's date) — about
    /// the same story, where no figure of one for that fact is compatible
    /// with any of the other's: every pair of intervals is disjoint. One
    /// story means the same named subject (`the Veltra Bridge cost …`), or two
    /// reports dated within a week of each other that share at least two
    /// names and name no different subjects. Figures whose sentences name no
    /// period are compared only between reports of the same week; forecasts
    /// never are.
    ///
    /// ## Why it matters
    /// When two outlets disagree on a number about the same thing, at most
    /// one of them is right, and a corpus that holds both will answer a
    /// question about it both ways.
    ///
    /// ## Example
    /// ```text
    /// warning[F102]: `4.1 billion yuan` (4.05–4.15 billion CNY) for cost of veltrabridge; `news/a.txt` says `3.4 billion yuan` (3.35–3.45 billion CNY)
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct CrossDocumentConflict {
        code: "F102",
        name: "cross-document-conflict",
        family: Figure,
        severity: Warning,
    }
}

/// Documents stating one fact beyond this many are a recurring statistic,
/// not a story; their pairs are not all compared.
const MAX_GROUP: usize = 50;

/// Days apart two documents may be to compare figures that name no period.
const SAME_WEEK: i64 = 7;

/// Names two reports must share to be one story when their sentences name no common subject.
const MIN_NAMES: usize = 2;

/// Report pairs of documents that state one fact incompatibly.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let mut entries: Vec<(u64, u32, u32)> = Vec::new();
    for (doc, sketch) in sketches.iter().enumerate() {
        for (k, fact) in sketch.figures.iter().enumerate() {
            entries.push((fact.key, doc as u32, k as u32));
        }
    }
    entries.sort_unstable();
    for group in entries.chunk_by(|a, b| a.0 == b.0) {
        let mut docs: Vec<usize> = group.iter().map(|e| e.1 as usize).collect();
        docs.dedup();
        if docs.len() < 2 || docs.len() > MAX_GROUP {
            continue;
        }
        docs.sort_by(|&a, &b| canonical_order(&sketches[a], &sketches[b]));
        for (i, &earlier) in docs.iter().enumerate() {
            for &later in &docs[i + 1..] {
                let facts = |doc: usize| {
                    group
                        .iter()
                        .filter(move |e| e.1 as usize == doc)
                        .map(move |e| &sketches[doc].figures[e.2 as usize])
                };
                let (se, sl) = (&sketches[earlier], &sketches[later]);
                let first = facts(later).next().expect("every document of a group has a fact");
                let near = match (se.date, sl.date) {
                    (Some(a), Some(b)) => (a.days_since_epoch() - b.days_since_epoch()).abs() <= SAME_WEEK,
                    _ => false,
                };
                // One story: the same named subject, or two reports of one
                // week that share names. Without a period, only the latter.
                let subjects = |doc: usize| facts(doc).filter_map(|f| f.subject).collect::<Vec<_>>();
                let (ae, al) = (subjects(earlier), subjects(later));
                let same_subject = ae.iter().any(|s| al.contains(s));
                let other_subjects = !ae.is_empty() && !al.is_empty() && !same_subject;
                let shared_names =
                    crate::similarity::intersection(se.story_names(), sl.story_names()) >= MIN_NAMES;
                let same_story = near && shared_names && !other_subjects;
                if !(same_story || (same_subject && (first.has_period || near))) {
                    continue;
                }
                let compatible =
                    facts(earlier).any(|a| facts(later).any(|b| !(a.high < b.low || b.high < a.low)));
                if compatible || se.content_hash == sl.content_hash {
                    continue;
                }
                let other = facts(earlier)
                    .next()
                    .expect("every document of a group has a fact");
                let d = ctx.report(
                    first.place.location(&sl.doc),
                    format!(
                        "{} for {}; `{}` says {}",
                        first.shown, first.fact, se.doc, other.shown
                    ),
                    &format!("{:016x}", first.key),
                );
                d.related.push(presslint_core::Related {
                    location: other.place.location(&se.doc),
                    message: "the other document's figure for the same fact".to_string(),
                });
            }
        }
    }
}
