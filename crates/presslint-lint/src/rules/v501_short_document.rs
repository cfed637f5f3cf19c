use std::collections::BTreeMap;

use serde::Deserialize;

use crate::corpus::CorpusContext;
use crate::rule::declare_rule;
use crate::sketch::DocSketch;

declare_rule! {
    /// A document far shorter than the rest of its source.
    ///
    /// ## What it finds
    /// A document whose article text has fewer words than `ratio` times the
    /// median of the documents with the same `source`, when that source has
    /// at least `min-documents` documents. Documents without a source are not
    /// compared.
    ///
    /// ## Why it matters
    /// A story a tenth the length of its neighbours is usually a teaser, a
    /// paywall stub or a failed extraction rather than an article.
    ///
    /// ## Example
    /// ```text
    /// info[V501]: 31 words, against a median of 412 for source `Example Wire`
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [rules.short-document]
    /// ratio = 0.1          # shorter than this share of the median is reported
    /// min-documents = 5    # sources with fewer documents are not judged
    /// ```
    pub struct ShortDocument {
        code: "V501",
        name: "short-document",
        family: Validation,
        severity: Info,
    }
}

/// Options of `short-document`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct ShortDocumentOptions {
    /// Share of the source's median length below which a document is reported.
    pub ratio: f64,
    /// Sources with fewer documents than this are not judged.
    pub min_documents: usize,
}

impl Default for ShortDocumentOptions {
    fn default() -> Self {
        ShortDocumentOptions {
            ratio: 0.1,
            min_documents: 5,
        }
    }
}

/// Report documents far shorter than their source's median.
pub fn check(sketches: &[DocSketch], ctx: &mut CorpusContext) {
    let options = ctx.config.rules.short_document.clone();
    let mut by_source: BTreeMap<&str, Vec<&DocSketch>> = BTreeMap::new();
    for sketch in sketches {
        if let Some(source) = &sketch.source
            && sketch.words > 0
        {
            by_source.entry(source).or_default().push(sketch);
        }
    }
    for (source, members) in by_source {
        if members.len() < options.min_documents.max(1) {
            continue;
        }
        let mut words: Vec<usize> = members.iter().map(|s| s.words).collect();
        words.sort_unstable();
        let median = words[words.len() / 2];
        for sketch in members {
            if (sketch.words as f64) < options.ratio * median as f64 {
                ctx.report(
                    sketch.anchor(),
                    format!(
                        "{} words, against a median of {median} for source `{source}`",
                        sketch.words
                    ),
                    &format!("short {source}"),
                );
            }
        }
    }
}
