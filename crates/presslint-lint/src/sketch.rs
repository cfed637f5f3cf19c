//! `DocSketch`: the compact summary of one document that the corpus pass reads.

use presslint_core::{CivilDate, DocRef, Document, Figure, LineCol, LineIndex, Location, Snippet, Span};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

use crate::similarity::{self, MinHashParams};

/// Version of the sketch format; bumped whenever a field changes meaning, so
/// that sketches written by another version are refused rather than misread.
pub const SKETCH_VERSION: u32 = 3;

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
    /// Where findings about the whole document point: its first block that
    /// is not residue; see [`DocSketch::anchor`].
    pub anchor: Place,
    /// The start of the anchor's first line, cut to [`ANCHOR_QUOTE`] bytes,
    /// for showing the finding in context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor_snippet: Option<Snippet>,
    /// Shingle hashes of the article text (sorted), for near-duplicate verification.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shingles: Vec<u32>,
    /// LSH band keys of the shingles' MinHash signature, one per band, for
    /// candidates; the signature itself is not kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<u64>,
    /// The title (metadata title, else the headline), case and spacing folded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The article's sentences of eight words or more, for passage reuse and containment candidates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<SentenceSketch>,
    /// When and about whom the document is, for the same-event rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Box<crate::event::EventSketch>>,
    /// The figures with a fact key, for comparing facts across documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<FigureFact>,
    /// Hashes of the names the article mentions, when it has keyed figures
    /// and no event sketch (which holds the same hashes): whether two
    /// documents tell one story. Read them through [`DocSketch::story_names`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<u64>,
    /// The short lines that could be template text, for the corpus pass.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<LineSketch>,
}

/// Where a part of a sketch's document is: its byte range and the display
/// positions of its ends. Sketches hold many of these, so the fields are 32
/// bits wide (they saturate past 4 GiB) and the document is the sketch's own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Line of the first byte, counted in the file.
    pub line: u32,
    /// Column of the first byte, in characters.
    pub column: u32,
    /// Line of the end.
    pub end_line: u32,
    /// Column of the end, in characters.
    pub end_column: u32,
}

fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Display positions of offsets visited in increasing order: along one line
/// the characters are counted on from the last offset, not from the line's
/// start, so that many places on one long line cost one pass over it.
pub struct Cursor<'t> {
    text: &'t str,
    index: &'t LineIndex,
    last: Option<(usize, LineCol)>,
}

impl<'t> Cursor<'t> {
    /// A cursor over `text`.
    pub fn new(text: &'t str, index: &'t LineIndex) -> Self {
        Cursor {
            text,
            index,
            last: None,
        }
    }

    /// The display position of `offset`.
    pub fn at(&mut self, offset: usize) -> LineCol {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let position = match self.last {
            Some((from, at)) if from <= offset && self.index.line_of(from) == self.index.line_of(offset) => {
                LineCol {
                    line: at.line,
                    column: at.column + self.text[from..offset].chars().count(),
                }
            }
            _ => self.index.line_col(self.text, offset),
        };
        self.last = Some((offset, position));
        position
    }
}

impl Place {
    /// The place of `span` in a document's `text`, whose first line is line
    /// `first_line` of its file.
    pub fn resolve(text: &str, index: &LineIndex, first_line: usize, span: Span) -> Self {
        Place::resolve_with(&mut Cursor::new(text, index), first_line, span)
    }

    /// [`Place::resolve`] through a cursor, for places visited in text order.
    pub fn resolve_with(cursor: &mut Cursor<'_>, first_line: usize, span: Span) -> Self {
        let shift = first_line.saturating_sub(1);
        let start = cursor.at(span.start);
        let end = cursor.at(span.end);
        Place {
            start: narrow(span.start),
            end: narrow(span.end),
            line: narrow(start.line + shift),
            column: narrow(start.column),
            end_line: narrow(end.line + shift),
            end_column: narrow(end.column),
        }
    }

    /// This place as a [`Location`] in `doc`, without a snippet.
    pub fn location(&self, doc: &DocRef) -> Location {
        Location {
            doc: doc.clone(),
            span: Span::new(self.start as usize, self.end as usize),
            start: LineCol {
                line: self.line as usize,
                column: self.column as usize,
            },
            end: LineCol {
                line: self.end_line as usize,
                column: self.end_column as usize,
            },
            snippet: None,
        }
    }
}

/// A figure for a fact with a named subject, as the cross-document rule compares it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureFact {
    /// 64-bit FNV-1a hash of the fact key without its subject: measure, period, unit family.
    pub key: u64,
    /// Hash of the key's subject, when the sentence names one.
    pub subject: Option<u64>,
    /// Whether the key names a period (else documents must be close in date to compare).
    pub has_period: bool,
    /// Smallest value the statement allows.
    pub low: f64,
    /// Largest value the statement allows.
    pub high: f64,
    /// Where the figure is.
    pub place: Place,
    /// The figure as written and its interval, for messages.
    pub shown: Box<str>,
    /// The fact, for messages: `cost of veltrabridge (2021)`.
    pub fact: Box<str>,
}

fn figure_facts(doc: &Document, index: &LineIndex, figures: &[Figure]) -> Vec<FigureFact> {
    let mut cursor = Cursor::new(&doc.text, index);
    figures
        .iter()
        .filter(|f| {
            matches!(
                f.role,
                presslint_core::Role::Plain | presslint_core::Role::Current
            )
        })
        .filter_map(|f| {
            let key = f.key.as_ref()?;
            let period = key.period.as_deref();
            let hashed = format!("{}|{}|{}", key.measure, period.unwrap_or("-"), key.family);
            let mut fact = key.measure.clone();
            if let Some(subject) = &key.subject {
                fact = format!("{fact} of {subject}");
            }
            if let Some(period) = period {
                fact = format!("{fact} ({period})");
            }
            let restated = crate::rules::figures::restated(f);
            Some(FigureFact {
                key: similarity::fnv1a64(hashed.as_bytes()),
                subject: key.subject.as_deref().map(|s| similarity::fnv1a64(s.as_bytes())),
                has_period: period.is_some(),
                low: restated.low,
                high: restated.high,
                place: Place::resolve_with(&mut cursor, doc.first_line, f.span),
                shown: crate::rules::figures::describe(f, &doc.text).into_boxed_str(),
                fact: fact.into_boxed_str(),
            })
        })
        .collect()
}

/// A short line of a document, kept as a hash so that lines repeated across
/// a source can be found without the texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineSketch {
    /// 64-bit FNV-1a hash of the line, case and spacing folded.
    pub hash: u64,
    /// Where the line is.
    pub place: Place,
}

/// A sentence of a document: a hash to compare, where it is, and — only when
/// the passage rule wants to quote it — its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceSketch {
    /// 64-bit FNV-1a hash of the sentence's words, case folded.
    pub hash: u64,
    /// Words in the sentence.
    pub words: u32,
    /// Where the sentence is.
    pub place: Place,
    /// The sentence, cut to 160 characters, to quote in findings; kept only
    /// when asked for, as it is most of a sketch's size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Box<str>>,
}

impl SentenceSketch {
    /// The sentence's location in the document `doc`.
    pub fn location(&self, doc: &DocRef) -> Location {
        self.place.location(doc)
    }
}

/// Bytes of the anchor's line a sketch keeps to show findings in context:
/// enough for a headline, a fraction of a paragraph.
pub const ANCHOR_QUOTE: usize = 200;

/// The snippet of a document's anchor, cut to [`ANCHOR_QUOTE`] bytes.
fn anchor_snippet(doc: &Document, index: &LineIndex, span: Span) -> Option<Snippet> {
    let mut snippet = Location::resolve(doc.doc.clone(), &doc.text, index, doc.first_line, span).snippet?;
    if snippet.text.len() > ANCHOR_QUOTE {
        let mut end = ANCHOR_QUOTE;
        while !snippet.text.is_char_boundary(end) {
            end -= 1;
        }
        // End at a word, not inside one.
        end = snippet.text[..end].rfind(' ').unwrap_or(end);
        snippet.text.truncate(end);
    }
    let line_end = snippet.text.find(['\n', '\r']).unwrap_or(snippet.text.len());
    snippet.text.truncate(line_end);
    snippet.text.shrink_to_fit();
    Some(snippet)
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

/// A sentence as findings quote it: its first 160 characters, and `…` when
/// it is longer.
pub fn quotation(text: &str) -> String {
    let mut quoted: String = text.chars().take(160).collect();
    if quoted.len() < text.len() {
        quoted.push('…');
    }
    quoted
}

/// `words`, when given, are the [`LocatedWords`](similarity::LocatedWords)
/// of the document's text, from which each sentence takes its own.
fn sentence_sketches(
    doc: &Document,
    index: &LineIndex,
    sentences: &[Span],
    words: Option<&similarity::LocatedWords>,
    with_text: bool,
) -> Vec<SentenceSketch> {
    let mut residue = sure_residue(doc);
    let mut cursor = Cursor::new(&doc.text, index);
    let mut own = Vec::new();
    sentences
        .iter()
        .copied()
        .filter(|span| !residue.overlaps(*span))
        .filter_map(|span| {
            let text = span.slice(&doc.text);
            let words = match words.and_then(|words| words.within(span)) {
                Some(words) => words,
                None => {
                    own.clear();
                    similarity::word_hashes_into(text, &mut own);
                    &own
                }
            };
            if words.len() < SENTENCE_MIN_WORDS {
                return None;
            }
            let quoted = with_text.then(|| quotation(text).into_boxed_str());
            Some(SentenceSketch {
                hash: similarity::sequence_hash(words),
                words: narrow(words.len()),
                place: Place::resolve_with(&mut cursor, doc.first_line, span),
                text: quoted,
            })
        })
        .collect::<Vec<_>>()
        .into_boxed_slice()
        .into_vec()
}

/// Lines longer than this are prose, not template text.
const TEMPLATE_MAX_WORDS: usize = 40;

/// The short lines of a document that the classifier did not already call
/// residue with confidence: candidates for template text.
fn template_candidates(doc: &Document, index: &LineIndex) -> Vec<LineSketch> {
    let mut residue = sure_residue(doc);
    presslint_parse::segment::line_spans(&doc.text)
        .filter(|span| {
            let words = presslint_parse::normalize::word_count(span.slice(&doc.text));
            (3..=TEMPLATE_MAX_WORDS).contains(&words) && !residue.contains(*span)
        })
        .map(|span| {
            let folded = presslint_parse::normalize::fold_spacing_and_case(span.slice(&doc.text));
            LineSketch {
                hash: crate::similarity::fnv1a64(folded.as_bytes()),
                place: Place::resolve(&doc.text, index, doc.first_line, span),
            }
        })
        .collect::<Vec<_>>()
        .into_boxed_slice()
        .into_vec()
}

/// Which parts of a sketch to compute: each costs time and memory, and only
/// the enabled rules need theirs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SketchParts {
    /// The template-line candidates of the repeated-line rule.
    pub lines: bool,
    /// Shingles and LSH band keys, for the near-duplicate rules.
    pub minhash: Option<MinHashParams>,
    /// The article's sentences, for passage reuse and containment.
    pub sentences: bool,
    /// The sentences' texts too, for quoting shared passages.
    pub quotes: bool,
    /// Dates, names and terms, for the same-event rule.
    pub event: bool,
    /// Keyed figures, for the cross-document figure rule.
    pub figures: bool,
}

impl SketchParts {
    /// Every part, with the default MinHash parameters.
    pub fn all() -> Self {
        SketchParts {
            lines: true,
            minhash: Some(MinHashParams::default()),
            sentences: true,
            quotes: true,
            event: true,
            figures: true,
        }
    }
}

impl DocSketch {
    /// Summarise a parsed document, computing the `parts` asked for.
    pub fn new(doc: &Document, index: &LineIndex, parts: &SketchParts) -> Self {
        let figures = parts.figures.then(|| crate::rules::figures::article_figures(doc));
        Self::with_figures(doc, index, parts, figures.as_deref().unwrap_or_default())
    }

    /// [`DocSketch::new`] with the article's figures already found (by the
    /// figure rules of the same run), so that they are not found twice.
    pub fn with_figures(doc: &Document, index: &LineIndex, parts: &SketchParts, figures: &[Figure]) -> Self {
        let sentences = if parts.sentences {
            presslint_parse::sentences::sentences(&doc.text, &doc.blocks)
        } else {
            Vec::new()
        };
        Self::with_found(doc, index, parts, figures, &sentences, None)
    }

    /// [`DocSketch::with_figures`] with the article's sentences (see
    /// [`presslint_parse::sentences::sentences`]) already found too, and
    /// perhaps the days the whole text names besides its full dates
    /// (`text_days`, from [`presslint_parse::dates::find_day_mentions_besides`]
    /// with the parser's dates).
    pub(crate) fn with_found(
        doc: &Document,
        index: &LineIndex,
        parts: &SketchParts,
        figures: &[Figure],
        sentences: &[Span],
        text_days: Option<&[presslint_parse::dates::DayMention]>,
    ) -> Self {
        let article = presslint_parse::normalize::article_text(doc);
        let normalized = presslint_parse::normalize::normalize(&article);
        let words = presslint_parse::normalize::word_count_normalized(&article, &normalized);
        // The text's words, read once, give the article's and each sentence's,
        // and the terms of an article that is the whole text.
        let located = (parts.minhash.is_some() || parts.sentences || parts.event)
            .then(|| similarity::LocatedWords::new(&doc.text));
        let (shingles, bands) = match &parts.minhash {
            Some(params) => {
                let article_words = located.as_ref().and_then(|words| {
                    if doc.boilerplate.is_empty() {
                        return Some(Cow::Borrowed(&words.hashes[..]));
                    }
                    let mut cut: Vec<Span> = doc.boilerplate.iter().map(|b| b.span).collect();
                    cut.sort();
                    words.outside(&cut).map(Cow::Owned)
                });
                let article_words =
                    article_words.unwrap_or_else(|| Cow::Owned(similarity::word_hashes(&article)));
                let shingles = similarity::shingles_of(&article_words, params.shingle_size);
                let signature = similarity::signature(&shingles, params.permutations);
                let bands = similarity::band_keys(&signature, params.bands);
                (shingles, bands)
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
            .map(presslint_parse::normalize::fold_spacing_and_case)
            .filter(|t| !t.is_empty());
        // Whether two documents tell one story, for the figure and event rules alike.
        let mut names = (parts.figures || parts.event).then(|| crate::event::name_hashes(&article));
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
            lines: if parts.lines {
                template_candidates(doc, index)
            } else {
                Vec::new()
            },
            shingles,
            bands,
            title,
            sentences: if parts.sentences {
                sentence_sketches(doc, index, sentences, located.as_ref(), parts.quotes)
            } else {
                Vec::new()
            },
            event: parts.event.then(|| {
                let names = names.take().unwrap_or_default();
                // A document without residue is its own article: its days are known.
                Box::new(match text_days {
                    Some(days) if article == doc.text => {
                        crate::event::event_sketch_from(doc, &article, days, names, located.as_ref())
                    }
                    _ => crate::event::event_sketch_with_names(doc, &article, names),
                })
            }),
            figures: if parts.figures {
                figure_facts(doc, index, figures)
            } else {
                Vec::new()
            },
            // Held once: by the event sketch when there is one (it took them above).
            names: if parts.figures {
                names.take().unwrap_or_default()
            } else {
                Vec::new()
            },
            anchor: Place::resolve(&doc.text, index, doc.first_line, anchor_span),
            anchor_snippet: anchor_snippet(doc, index, anchor_span),
        }
    }

    /// Hashes of the names the article mentions, sorted: the event sketch's
    /// when there is one, else [`DocSketch::names`].
    pub fn story_names(&self) -> &[u64] {
        match &self.event {
            Some(event) => &event.names,
            None => &self.names,
        }
    }

    /// Where findings about the whole document point.
    pub fn anchor(&self) -> Location {
        Location {
            snippet: self.anchor_snippet.clone(),
            ..self.anchor.location(&self.doc)
        }
    }
}

#[cfg(test)]
mod cursor_tests {
    use super::*;

    #[test]
    fn a_cursor_gives_the_positions_resolving_from_scratch_gives() {
        let text = "Héadline\n\nOne sentence here. Twó more — with dashes. And a third\r\nline ünder it.";
        let index = LineIndex::new(text);
        let spans = [
            Span::new(0, 3),
            Span::new(11, 29),
            Span::new(30, 52),
            Span::new(55, text.len()),
        ];
        let mut cursor = Cursor::new(text, &index);
        for span in spans {
            let span = Span::new(
                (0..=span.start)
                    .rev()
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap(),
                (span.end..=text.len())
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap(),
            );
            assert_eq!(
                Place::resolve_with(&mut cursor, 3, span),
                Place::resolve(text, &index, 3, span)
            );
        }
    }
}
