//! `presslint clean`: the article without its residue.
//!
//! Only residue the classifier is sure of is removed (at or above the
//! minimum confidence, and of a kind whose `B` rule is enabled); everything
//! else stays byte for byte. Removing a line takes its line break with it,
//! and blank lines left doubled by a removal are folded, so that cleaning a
//! cleaned text changes nothing.

use presslint_core::{BoilerplateKind, DocRef, Document, Metadata, Span};

use crate::config::Config;
use crate::rules::residue::removal;

/// The default minimum confidence for removal.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.8;

/// One removal made by the cleaner.
#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    /// What was removed, as a byte range of the text it was removed from
    /// (the original text for the first pass).
    pub span: Span,
    /// The kind of residue.
    pub kind: BoilerplateKind,
    /// The removed text.
    pub text: String,
    /// The display line where it started, in that same text.
    pub line: usize,
    /// The pass that removed it: 1, or more when removing residue revealed
    /// more (a menu whose items were split by a share button).
    pub pass: usize,
}

/// Passes at most: residue revealed by a removal is removed by the next pass,
/// so that cleaning a cleaned text changes nothing.
const MAX_PASSES: usize = 4;

/// A cleaned text and what was taken out of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// The text without its residue.
    pub text: String,
    /// The removals, in text order.
    pub removals: Vec<Removal>,
}

impl Cleaned {
    /// Whether anything was removed.
    pub fn changed(&self) -> bool {
        !self.removals.is_empty()
    }
}

/// The `B` rule that reports a kind of residue.
pub fn residue_code(kind: BoilerplateKind) -> &'static str {
    match kind {
        BoilerplateKind::WireDateline => "B101",
        BoilerplateKind::DistributionNotice => "B102",
        BoilerplateKind::Disclaimer => "B103",
        BoilerplateKind::SafeHarbor => "B104",
        BoilerplateKind::AboutCompany => "B105",
        BoilerplateKind::Copyright => "B106",
        BoilerplateKind::EndMark => "B107",
        BoilerplateKind::Contact => "B201",
        BoilerplateKind::Address => "B202",
        BoilerplateKind::Navigation => "B301",
        BoilerplateKind::Breadcrumb => "B302",
        BoilerplateKind::WebWidget => "B303",
        BoilerplateKind::Byline => "B304",
        BoilerplateKind::PhotoCredit => "B305",
        BoilerplateKind::Markup => "B401",
        _ => "B501",
    }
}

/// Removes residue from texts.
#[derive(Debug, Clone)]
pub struct Cleaner {
    config: Config,
    min_confidence: f32,
}

impl Cleaner {
    /// A cleaner that follows `config` (rule selection, `[boilerplate]`) and
    /// removes residue at or above `min_confidence`.
    pub fn new(config: Config, min_confidence: f32) -> Self {
        Cleaner {
            config,
            min_confidence,
        }
    }

    /// Clean a parsed document, pass after pass until nothing more is removed.
    pub fn clean_document(&self, doc: &Document) -> Cleaned {
        let mut cleaned = self.clean_once(doc, 1);
        let mut pass = 1;
        while cleaned.changed() && pass < MAX_PASSES {
            pass += 1;
            let mut again = doc.clone();
            let reparsed = presslint_parse::parse_with(
                doc.doc.clone(),
                doc.meta.clone(),
                cleaned.text.clone(),
                &self.config.boilerplate,
            );
            again.text = reparsed.text;
            again.blocks = reparsed.blocks;
            again.boilerplate = reparsed.boilerplate;
            again.dates = reparsed.dates;
            let next = self.clean_once(&again, pass);
            if !next.changed() {
                break;
            }
            cleaned.text = next.text;
            cleaned.removals.extend(next.removals);
        }
        cleaned
    }

    /// One pass of removal over a parsed document.
    fn clean_once(&self, doc: &Document, pass: usize) -> Cleaned {
        let text = &doc.text;
        let mut spans: Vec<(Span, BoilerplateKind)> = doc
            .boilerplate
            .iter()
            .filter(|b| {
                b.confidence >= self.min_confidence
                    && self.config.selection.is_enabled(residue_code(b.kind))
                    && !self.config.ignored_in(residue_code(b.kind), &doc.doc.path)
            })
            .map(|b| (b.span, b.kind))
            .collect();
        spans.sort_by_key(|(s, _)| (s.start, s.end));
        let mut out = String::with_capacity(text.len());
        let mut removals = Vec::new();
        let mut pos = 0;
        let index = presslint_core::LineIndex::new(text);
        for (span, kind) in spans {
            // Overlapping residue is merged: what is left of a span after the
            // previous removal is removed in the same pass.
            if span.end <= pos {
                continue;
            }
            let span = Span::new(span.start.max(pos), span.end);
            let edit = removal(text, span);
            out.push_str(&text[pos..edit.span.start]);
            out.push_str(&edit.replacement);
            removals.push(Removal {
                span: edit.span,
                kind,
                text: edit.span.slice(text).to_string(),
                line: index.line_col(text, span.start).line + doc.first_line - 1,
                pass,
            });
            pos = edit.span.end;
            // A whole line removed between blank lines leaves one blank line,
            // not two, and none at the start of the text.
            let whole_line = edit.replacement.is_empty() && text[..edit.span.end].ends_with('\n');
            if whole_line
                && (out.is_empty() || ends_with_blank_line(&out))
                && let Some(after) = blank_line_at(text, pos)
            {
                pos = after;
            }
        }
        if removals.is_empty() {
            return Cleaned {
                text: text.clone(),
                removals,
            };
        }
        let removed_at_end = text[pos..].trim().is_empty();
        out.push_str(&text[pos..]);
        if removed_at_end {
            // A removal at the end leaves the text ending as it did: with one
            // line break if it had one, with none if it had none.
            let ending = if text.ends_with("\r\n") {
                "\r\n"
            } else if text.ends_with('\n') {
                "\n"
            } else {
                ""
            };
            // Keep the last line of text as it is, trailing spaces included.
            let last = out.trim_end().len();
            let kept = out[last..].find(['\n', '\r']).map_or(out.len(), |i| last + i);
            out.truncate(kept);
            if !out.is_empty() {
                out.push_str(ending);
            }
        }
        Cleaned { text: out, removals }
    }

    /// Clean the text of a `.txt` or `.md` file, keeping its front matter as it is.
    pub fn clean_file_text(&self, doc: DocRef, text: &str) -> Cleaned {
        // A byte-order mark stays where it is, outside what is cleaned.
        let bom = if text.starts_with('\u{FEFF}') {
            '\u{FEFF}'.len_utf8()
        } else {
            0
        };
        let content = &text[bom..];
        let (body_start, body_line) = match presslint_parse::frontmatter::split(content) {
            Ok(fm) => (fm.body_start, fm.body_line),
            // Front matter that does not parse is left alone with the rest:
            // its lines must not be taken for residue.
            Err(_) => {
                return Cleaned {
                    text: text.to_string(),
                    removals: Vec::new(),
                };
            }
        };
        let body = &content[body_start..];
        let mut parsed = presslint_parse::parse_with(
            doc,
            Metadata::default(),
            body.to_string(),
            &self.config.boilerplate,
        );
        parsed.first_line = body_line;
        let mut cleaned = self.clean_document(&parsed);
        let prefix = bom + body_start;
        if prefix > 0 {
            cleaned.text.insert_str(0, &text[..prefix]);
            for r in cleaned.removals.iter_mut().filter(|r| r.pass == 1) {
                r.span = r.span.shifted(prefix);
            }
        }
        cleaned
    }

    /// Clean one JSONL line: the record with its `text` cleaned and every
    /// other field as it was. `None` when the line is not a record (it is
    /// then kept as it is by the caller).
    pub fn clean_json_line(&self, path: &str, line_no: usize, line: &str) -> Option<(String, Cleaned)> {
        let bom = if line.starts_with('\u{FEFF}') {
            '\u{FEFF}'.len_utf8()
        } else {
            0
        };
        let json = &line[bom..];
        let field: TextField<'_> = serde_json::from_str(json).ok()?;
        let raw = field.text.get();
        let text: String = serde_json::from_str(raw).ok()?;
        let record = presslint_parse::record::parse_record(json).ok()?;
        let doc = DocRef::record(path, line_no, record.id);
        let parsed = presslint_parse::parse_with(doc, record.meta, text, &self.config.boilerplate);
        let cleaned = self.clean_document(&parsed);
        if !cleaned.changed() {
            return Some((line.to_string(), cleaned));
        }
        // Only the `text` value is replaced; every other byte of the line
        // (numbers as written, key order, spacing) stays as it was.
        let start = bom + (raw.as_ptr() as usize - json.as_ptr() as usize);
        let end = start + raw.len();
        let replacement = serde_json::to_string(&cleaned.text).ok()?;
        Some((
            format!("{}{replacement}{}", &line[..start], &line[end..]),
            cleaned,
        ))
    }
}

/// The `text` of a JSONL record, borrowed as written.
#[derive(serde::Deserialize)]
struct TextField<'a> {
    #[serde(borrow)]
    text: &'a serde_json::value::RawValue,
}

/// Whether `text` ends with a blank line.
fn ends_with_blank_line(text: &str) -> bool {
    text.ends_with("\n\n") || text.ends_with("\n\r\n")
}

/// The position after a blank line starting at `pos` (white space, then a line break), if there is one.
fn blank_line_at(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let after = &rest[spaces..];
    if after.starts_with("\r\n") {
        Some(pos + spaces + 2)
    } else if after.starts_with('\n') {
        Some(pos + spaces + 1)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        let cleaner = Cleaner::new(Config::default(), DEFAULT_MIN_CONFIDENCE);
        cleaner.clean_file_text(DocRef::file("t.txt"), text).text
    }

    #[test]
    fn residue_goes_and_prose_stays() {
        let text = "Port Opens\n\nHAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.\n\nMedia Contact:\nJane Roe\n+1 555-010-0199\n\n###\n";
        assert_eq!(clean(text), "Port Opens\n\nThe port opened.\n");
        assert_eq!(clean(&clean(text)), clean(text));
    }

    #[test]
    fn untouched_text_is_returned_as_is() {
        let text = "Port Opens\n\n\n\nThe port opened.   \n";
        assert_eq!(clean(text), text);
    }

    #[test]
    fn front_matter_is_kept() {
        let text = "---\ntitle: x\n---\nPort Opens\n\nThe port opened.\n\n###\n";
        assert_eq!(
            clean(text),
            "---\ntitle: x\n---\nPort Opens\n\nThe port opened.\n"
        );
    }

    #[test]
    fn glued_residue_leaves_a_line_break() {
        let text = "Title\nA keynote speechLOS ANGELES, CA, UNITED STATES, November 5, 2020 /EINPresswire.com/ -- Qingdao said.\n";
        assert_eq!(clean(text), "Title\nA keynote speech\nQingdao said.\n");
    }
}
