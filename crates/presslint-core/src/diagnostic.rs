use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{DocRef, LineCol, LineIndex, Span};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; never fails a run by default.
    Info,
    /// Probably wrong.
    Warning,
    /// Certainly wrong, or input that could not be read.
    Error,
}

impl Severity {
    /// The lower-case name used in output and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The four families of findings, each with the letter its codes start with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    /// `B`: boilerplate residue left in the article text.
    Boilerplate,
    /// `D`: the same story more than once.
    Duplicate,
    /// `F`: figures and dates that contradict each other.
    Figure,
    /// `V`: metadata, encoding and text hygiene.
    Validation,
}

impl Family {
    /// All families in code-letter order.
    pub const ALL: [Family; 4] = [
        Family::Boilerplate,
        Family::Duplicate,
        Family::Figure,
        Family::Validation,
    ];

    /// The letter the family's codes start with.
    pub fn letter(self) -> char {
        match self {
            Family::Boilerplate => 'B',
            Family::Duplicate => 'D',
            Family::Figure => 'F',
            Family::Validation => 'V',
        }
    }

    /// The family's name in kebab-case.
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Boilerplate => "boilerplate",
            Family::Duplicate => "duplicate",
            Family::Figure => "figure",
            Family::Validation => "validation",
        }
    }
}

/// A rule code such as `B101`: a family letter and three digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Code(String);

impl Code {
    /// A code, checked for shape: one family letter, then three digits.
    pub fn new(code: &str) -> Option<Self> {
        let mut chars = code.chars();
        let letter = chars.next()?;
        let family_ok = Family::ALL.iter().any(|f| f.letter() == letter);
        let digits: Vec<char> = chars.collect();
        (family_ok && digits.len() == 3 && digits.iter().all(char::is_ascii_digit))
            .then(|| Code(code.to_string()))
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The family the code belongs to.
    pub fn family(&self) -> Family {
        let letter = self.0.chars().next().unwrap_or('V');
        Family::ALL
            .into_iter()
            .find(|f| f.letter() == letter)
            .unwrap_or(Family::Validation)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The source lines around a span, kept with the finding so that it can be
/// shown without the document's text at hand (corpus findings are made from
/// sketches, long after the texts were dropped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    /// Display line number of the first line of `text`.
    pub line_start: usize,
    /// Byte offset of `text` inside the document's text.
    pub offset: usize,
    /// The whole lines that hold the span.
    pub text: String,
}

/// Where a finding is: a document and a span in it, with display positions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The document.
    pub doc: DocRef,
    /// Byte range into the document's text.
    pub span: Span,
    /// Display position of the span's start.
    pub start: LineCol,
    /// Display position of the span's end.
    pub end: LineCol,
    /// Source lines for display, if they were kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<Snippet>,
}

/// Longest snippet kept for display, in bytes; longer lines are cut around the span.
const SNIPPET_LIMIT: usize = 2_000;

impl Location {
    /// A location in `text`, resolving display positions and keeping a snippet.
    ///
    /// `first_line` is the display line on which `text` starts in its file (it
    /// is larger than 1 when front matter precedes the text).
    pub fn resolve(doc: DocRef, text: &str, index: &LineIndex, first_line: usize, span: Span) -> Self {
        // Spans can arrive from deserialized data: keep them ordered and inside the text.
        let span = Span::new(
            floor_boundary(text, span.start.min(span.end)),
            floor_boundary(text, span.end.max(span.start)),
        );
        let start = index.line_col(text, span.start);
        let end = index.line_col(text, span.end);
        Location::resolve_at(doc, text, index, first_line, span, start, end)
    }

    /// [`Location::resolve`] with the display positions of the span's ends
    /// already known (within `text`, before `first_line` is applied), for
    /// callers that walk a long line and count its characters once.
    pub fn resolve_at(
        doc: DocRef,
        text: &str,
        index: &LineIndex,
        first_line: usize,
        span: Span,
        mut start: LineCol,
        mut end: LineCol,
    ) -> Self {
        let span = Span::new(
            floor_boundary(text, span.start.min(span.end)),
            floor_boundary(text, span.end.max(span.start)),
        );
        let shift = first_line.saturating_sub(1);
        start.line += shift;
        end.line += shift;
        let first = index.line_of(span.start.min(text.len()));
        let last = index.line_of(span.end.min(text.len()));
        let mut from = index.line_start(first);
        let mut to = index.line_span(text, last).end.max(span.end.min(text.len()));
        if to - from > SNIPPET_LIMIT {
            // Keep the lines short enough to read: a window around the span's start.
            from = floor_boundary(text, span.start.saturating_sub(SNIPPET_LIMIT / 4).max(from));
            to = floor_boundary(text, (from + SNIPPET_LIMIT).min(to));
        }
        let snippet = Snippet {
            line_start: first + 1 + shift,
            offset: from,
            text: text[from..to].to_string(),
        };
        Location {
            doc,
            span,
            start,
            end,
            snippet: Some(snippet),
        }
    }
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A secondary location that supports a finding, with what it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// Where.
    pub location: Location,
    /// What the reader should see there.
    pub message: String,
}

/// One replacement of a span by new text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    /// The bytes to replace.
    pub span: Span,
    /// What to put in their place (empty to delete).
    pub replacement: String,
}

/// A suggested change that resolves a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    /// What the fix does, in a few words.
    pub message: String,
    /// The edits, in text order, not overlapping.
    pub edits: Vec<Edit>,
}

/// A finding: a rule's code, what it says, where, and the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The rule's code.
    pub code: Code,
    /// The rule's kebab-case name.
    pub rule: String,
    /// Severity after configuration was applied.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where it is.
    pub location: Location,
    /// Other places that support the finding.
    pub related: Vec<Related>,
    /// A suggested fix, when one is safe to offer.
    pub fix: Option<Fix>,
    /// The text that identifies the finding in a baseline; by default the
    /// span's text. Moving it to another line does not change it.
    pub evidence: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reversed_or_outlying_spans_are_clamped() {
        let text = "ab\ncé";
        let index = LineIndex::new(text);
        let reversed = Span { start: 4, end: 1 };
        let location = Location::resolve(DocRef::file("x"), text, &index, 1, reversed);
        assert_eq!(location.span, Span::new(1, 4));
        let outside = Span { start: 5, end: 99 };
        let location = Location::resolve(DocRef::file("x"), text, &index, 1, outside);
        assert!(location.span.is_valid_for(text));
    }
}
