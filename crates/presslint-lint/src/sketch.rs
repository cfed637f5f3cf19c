//! `DocSketch`: the compact summary of one document that the corpus pass reads.

use presslint_core::{CivilDate, DocRef, Document, LineCol, LineIndex, Location, Span};
use serde::{Deserialize, Serialize};

use crate::similarity::{self, MinHashParams};

/// Version of the sketch format; bumped whenever a field changes meaning, so
/// that sketches written by another version are refused rather than misread.
pub const SKETCH_VERSION: u32 = 1;

/// What the corpus rules need to know about a document, and nothing more: the
/// corpus pass never sees full texts, so sketches can be computed per shard
/// and merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocSketch {
    /// [`SKETCH_VERSION`] at the time of writing.
    pub version: u32,
    /// The document.
    pub doc: DocRef,
    /// SHA-256 of the normalised article text; `None` when there is no article text.
    pub content_hash: Option<String>,
    /// The document's date, from its metadata.
    pub date: Option<CivilDate>,
    /// Length of the original text in bytes, for choosing the most complete copy.
    pub text_len: usize,
    /// Words in the article text (boilerplate removed).
    pub words: usize,
    /// The outlet or wire, from the metadata.
    pub source: Option<String>,
    /// Where findings about the whole document point: its first line.
    pub anchor: Location,
    /// Shingle hashes of the article text (sorted), for near-duplicate verification.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shingles: Vec<u32>,
    /// MinHash signature of the shingles, for LSH candidates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signature: Vec<u32>,
    /// The title (metadata title, else the headline), case and spacing folded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The article's sentences of eight words or more, for passage reuse and containment candidates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<SentenceSketch>,
    /// When and about whom the document is, for the same-event rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::event::EventSketch>,
    /// The short lines that could be template text, for the corpus pass.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<LineSketch>,
}

/// A short line of a document, kept as a hash so that lines repeated across
/// a source can be found without the texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineSketch {
    /// 64-bit FNV-1a hash of the line, case and spacing folded, in hex.
    pub hash: String,
    /// Where the line is.
    pub location: Location,
}

/// A sentence of a document: a hash to compare, where it is, and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceSketch {
    /// 64-bit FNV-1a hash of the sentence's words, case folded.
    pub hash: u64,
    /// Words in the sentence.
    pub words: u32,
    /// Where the sentence is in the document's text (the document is the sketch's).
    pub span: Span,
    /// Display position of its start.
    pub start: LineCol,
    /// Display position of its end.
    pub end: LineCol,
    /// The sentence, cut to 160 characters, to quote in findings.
    pub text: Box<str>,
}

impl SentenceSketch {
    /// The sentence's location in the document `doc`.
    pub fn location(&self, doc: &DocRef) -> Location {
        Location {
            doc: doc.clone(),
            span: self.span,
            start: self.start,
            end: self.end,
            snippet: None,
        }
    }
}

/// Sentences shorter than this are too common to mean anything when shared.
const SENTENCE_MIN_WORDS: usize = 8;

/// The residue the classifier is sure of, to walk in text order.
fn sure_residue(doc: &Document) -> crate::textutil::SpanWalk {
    crate::textutil::SpanWalk::new(
        doc.boilerplate
            .iter()
            .filter(|b| b.confidence >= 0.8)
            .map(|b| b.span),
    )
}

fn sentence_sketches(doc: &Document, index: &LineIndex) -> Vec<SentenceSketch> {
    let mut residue = sure_residue(doc);
    presslint_parse::sentences::sentences(&doc.text, &doc.blocks)
        .into_iter()
        .filter(|span| !residue.overlaps(*span))
        .filter_map(|span| {
            let text = span.slice(&doc.text);
            let words = similarity::words(text);
            if words.len() < SENTENCE_MIN_WORDS {
                return None;
            }
            let location = Location::resolve(doc.doc.clone(), &doc.text, index, doc.first_line, span);
            let mut quoted: String = text.chars().take(160).collect();
            if quoted.len() < text.len() {
                quoted.push('…');
            }
            Some(SentenceSketch {
                hash: crate::similarity::fnv1a64(words.join(" ").as_bytes()),
                words: u32::try_from(words.len()).unwrap_or(u32::MAX),
                span,
                start: location.start,
                end: location.end,
                text: quoted.into_boxed_str(),
            })
        })
        .collect()
}

/// Lines longer than this are prose, not template text.
const TEMPLATE_MAX_WORDS: usize = 40;

/// The short lines of a document that the classifier did not already call
/// residue with confidence: candidates for template text.
fn template_candidates(doc: &Document, index: &LineIndex) -> Vec<LineSketch> {
    let mut residue = sure_residue(doc);
    presslint_parse::segment::line_spans(&doc.text)
        .filter(|span| {
            let words = span.slice(&doc.text).split_whitespace().count();
            (3..=TEMPLATE_MAX_WORDS).contains(&words) && !residue.contains(*span)
        })
        .map(|span| {
            let folded = presslint_parse::normalize::fold_case(
                &span
                    .slice(&doc.text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            let mut location = Location::resolve(doc.doc.clone(), &doc.text, index, doc.first_line, span);
            location.snippet = None;
            LineSketch {
                hash: format!("{:016x}", crate::similarity::fnv1a64(folded.as_bytes())),
                location,
            }
        })
        .collect()
}

impl DocSketch {
    /// Summarise a parsed document; `with_lines` keeps the template-line
    /// candidates that only the repeated-line rule needs, and `minhash`, when
    /// given, adds shingles and a signature for the near-duplicate rules.
    pub fn new(doc: &Document, index: &LineIndex, with_lines: bool, minhash: Option<&MinHashParams>) -> Self {
        Self::with_sentences(doc, index, with_lines, minhash, false)
    }

    /// [`DocSketch::new`], keeping the article's sentences too when `with_sentences`.
    pub fn with_sentences(
        doc: &Document,
        index: &LineIndex,
        with_lines: bool,
        minhash: Option<&MinHashParams>,
        with_sentences: bool,
    ) -> Self {
        Self::build(doc, index, with_lines, minhash, with_sentences, false)
    }

    /// Every part of a sketch on demand: template lines, shingles and
    /// signature, sentences, and event evidence.
    pub fn build(
        doc: &Document,
        index: &LineIndex,
        with_lines: bool,
        minhash: Option<&MinHashParams>,
        with_sentences: bool,
        with_event: bool,
    ) -> Self {
        let article = presslint_parse::normalize::article_text(doc);
        let words = article.split_whitespace().count();
        let (shingles, signature) = match minhash {
            Some(params) => {
                let shingles = similarity::shingles(&similarity::words(&article), params.shingle_size);
                let signature = similarity::signature(&shingles, params.permutations);
                (shingles, signature)
            }
            None => (Vec::new(), Vec::new()),
        };
        let title = doc
            .meta
            .title
            .as_deref()
            .or_else(|| {
                doc.blocks
                    .iter()
                    .find(|b| b.kind == presslint_core::BlockKind::Headline)
                    .map(|b| b.span.slice(&doc.text))
            })
            .map(|t| {
                presslint_parse::normalize::fold_case(&t.split_whitespace().collect::<Vec<_>>().join(" "))
            })
            .filter(|t| !t.is_empty());
        let normalized = presslint_parse::normalize::normalize(&article);
        let content_hash =
            (!normalized.is_empty()).then(|| presslint_parse::normalize::sha256_hex(&normalized));
        let anchor_span = doc
            .blocks
            .iter()
            .find(|b| b.kind != presslint_core::BlockKind::Boilerplate)
            .or(doc.blocks.first())
            .map_or(Span::new(0, 0), |b| b.span);
        DocSketch {
            version: SKETCH_VERSION,
            doc: doc.doc.clone(),
            content_hash,
            date: doc.meta.date.as_deref().and_then(CivilDate::parse_iso),
            text_len: doc.text.len(),
            words,
            source: doc.meta.source.clone(),
            lines: if with_lines {
                template_candidates(doc, index)
            } else {
                Vec::new()
            },
            shingles,
            signature,
            title,
            sentences: if with_sentences {
                sentence_sketches(doc, index)
            } else {
                Vec::new()
            },
            event: with_event.then(|| crate::event::event_sketch(doc, &article)),
            anchor: Location::resolve(doc.doc.clone(), &doc.text, index, doc.first_line, anchor_span),
        }
    }
}
