//! The boilerplate classifier: which parts of a text are residue, of what
//! kind, and how sure it is.
//!
//! Residue is recognised by signals rather than by a list of strings alone:
//! a line's shape (length, closing punctuation, capitalisation, digits,
//! phones, e-mails), its words, its position in the document, and its
//! neighbours — a heading such as `About Acme` or `Media Contact:` carries
//! the lines under it, and a run of short title-case labels is a menu. Inline
//! residue (wire datelines glued to prose, tags, entities) is found inside
//! lines.

mod lines;
mod markup;
mod sections;

use presslint_core::{BoilerplateKind, BoilerplateSpan, Span};
use serde::Deserialize;

pub use lines::{has_email, has_phone};
pub use markup::find_markup;

use crate::segment::line_spans;

/// A residue pattern of the user's own.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Pattern {
    /// The kind of residue, by its kebab-case name (`disclaimer`, `contact`, …).
    pub kind: String,
    /// A line that starts with this text (case-insensitive) is residue.
    #[serde(default)]
    pub starts_with: Option<String>,
    /// A line that contains this text (case-insensitive) is residue.
    #[serde(default)]
    pub contains: Option<String>,
}

/// What the classifier is told besides the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct BoilerplateOptions {
    /// Extra residue patterns.
    pub patterns: Vec<Pattern>,
    /// Lines known to be template text (matched whole, ignoring case and spacing).
    pub templates: Vec<String>,
}

/// One non-blank line with the features the classifier reads.
#[derive(Debug, Clone)]
pub struct Line<'t> {
    /// Where the line is (trimmed).
    pub span: Span,
    /// The line's text (trimmed).
    pub text: &'t str,
    /// The text in lower case.
    pub lower: String,
    /// Number of words.
    pub words: usize,
    /// Whether the line ends like a sentence (`.`, `!`, `?`, closing quote).
    pub ends_sentence: bool,
    /// Position among non-blank lines, from the top.
    pub index: usize,
    /// Position among non-blank lines, from the bottom (0 for the last).
    pub from_end: usize,
    /// Whether a blank line (or the start of the text) comes right before.
    pub gap_before: bool,
    /// Words outside inline residue (a wire dateline at the start of the
    /// lede): what is left of the line once it is cleaned.
    pub prose_words: usize,
}

impl Line<'_> {
    /// Ends with `.`, `!` or `?` itself (a closing bracket does not count).
    pub fn ends_sentence_strictly(&self) -> bool {
        self.text.ends_with(['.', '!', '?'])
    }

    /// A short line of capitalised words without closing punctuation: a
    /// heading, a menu label or a name.
    pub fn is_label(&self) -> bool {
        self.words <= 4
            && self.text.chars().count() <= 32
            && !self.ends_sentence
            && !self.text.ends_with([',', ';', ':'])
            && self
                .text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '&')
            && self.text.chars().filter(char::is_ascii_digit).count() <= 2
    }
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?', '。'])
}

/// The lines of `text` with their features.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let spans: Vec<Span> = line_spans(text).collect();
    let n = spans.len();
    let mut previous_end = 0;
    spans
        .into_iter()
        .enumerate()
        .map(|(index, span)| {
            let line = span.slice(text);
            let between = &text.as_bytes()[previous_end..span.start];
            // A line break is `\n`, `\r\n` or a lone `\r`; two of them make a blank line.
            let breaks = between
                .iter()
                .enumerate()
                .filter(|&(k, &b)| b == b'\n' && (k == 0 || between[k - 1] != b'\r') || b == b'\r')
                .count();
            let gap_before = index == 0 || breaks >= 2;
            previous_end = span.end;
            let words = crate::normalize::word_count(line);
            Line {
                span,
                text: line,
                lower: if line.is_ascii() {
                    crate::normalize::fold_spacing_and_case(line)
                } else {
                    line.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                },
                words,
                ends_sentence: ends_sentence(line),
                index,
                from_end: n - 1 - index,
                gap_before,
                prose_words: words,
            }
        })
        .collect()
}

/// Every residue span in `text`, in text order, wire datelines included.
pub fn find_boilerplate(text: &str, options: &BoilerplateOptions) -> Vec<BoilerplateSpan> {
    let mut out: Vec<BoilerplateSpan> = crate::wire::find_wire_datelines(text)
        .into_iter()
        .map(|d| d.boilerplate)
        .collect();
    let mut lines = lines(text);
    // Datelines and lines are both in text order: walk them together.
    let mut next = 0;
    for line in &mut lines {
        while next < out.len() && out[next].span.end <= line.span.start {
            next += 1;
        }
        for residue in out[next..].iter().take_while(|b| b.span.start < line.span.end) {
            let inside = Span::new(
                residue.span.start.max(line.span.start),
                residue.span.end.min(line.span.end),
            );
            line.prose_words = line
                .prose_words
                .saturating_sub(inside.slice(text).split_whitespace().count());
        }
    }
    let mut verdicts: Vec<lines::Verdict> = lines
        .iter()
        .map(|l| user_verdict(l, options).or_else(|| lines::classify(l)))
        .collect();
    sections::menus(&lines, &mut verdicts);
    sections::extend_sections(&lines, &mut verdicts);
    sections::places_near_contacts(&lines, &mut verdicts);
    sections::contact_blocks(&lines, &mut verdicts);
    sections::top_credit(&lines, &mut verdicts);
    sections::sandwiched(&lines, &mut verdicts);
    for (line, verdict) in lines.iter().zip(&verdicts) {
        if let Some((kind, confidence)) = *verdict {
            out.push(BoilerplateSpan {
                kind,
                span: line.span,
                confidence,
            });
        }
    }
    // Markup is reported wherever it is, inside residue lines too: the line
    // may be kept (its rule off, or below the confidence asked), the tags must
    // still go.
    out.extend(find_markup(text));
    out.sort_by_key(|b| (b.span.start, b.span.end));
    out
}

fn user_verdict(line: &Line<'_>, options: &BoilerplateOptions) -> lines::Verdict {
    let folded = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    if !options.templates.is_empty() {
        let me = folded(line.text);
        if options.templates.iter().any(|t| folded(t) == me) {
            return Some((BoilerplateKind::Template, 0.99));
        }
    }
    options.patterns.iter().find_map(|p| {
        let kind = BoilerplateKind::from_name(&p.kind)?;
        let starts = p
            .starts_with
            .as_ref()
            .is_some_and(|s| line.lower.starts_with(&s.to_lowercase()));
        let contains = p
            .contains
            .as_ref()
            .is_some_and(|s| line.lower.contains(&s.to_lowercase()));
        (starts || contains).then_some((kind, 0.99))
    })
}
