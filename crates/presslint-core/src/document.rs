use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Block, BoilerplateSpan, DateMention};

/// Where a document comes from: its identity in reports and baselines.
///
/// A file is its `path`; a record of a JSONL file is the path plus its `id`
/// and the 1-based line it stands on. Order is path, then line, then id, so
/// that reports list records in file order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocRef {
    /// Path as given by the user (or `-` for standard input), with `/` separators.
    pub path: String,
    /// Line of the record inside a JSONL file, 1-based.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The record's `id`, for JSONL records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl DocRef {
    /// A whole file.
    pub fn file(path: impl Into<String>) -> Self {
        DocRef {
            path: path.into(),
            line: None,
            id: None,
        }
    }

    /// A record of a JSONL file.
    pub fn record(path: impl Into<String>, line: usize, id: Option<String>) -> Self {
        DocRef {
            path: path.into(),
            line: Some(line),
            id,
        }
    }
}

impl fmt::Display for DocRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.id, self.line) {
            // An id that could be misread inside `path#id:line:col` is quoted.
            (Some(id), _)
                if !id
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')) =>
            {
                write!(f, "{}#{:?}", self.path, id)
            }
            (Some(id), _) => write!(f, "{}#{}", self.path, id),
            (None, Some(line)) => write!(f, "{}#line-{}", self.path, line),
            (None, None) => f.write_str(&self.path),
        }
    }
}

/// What is known about a document besides its text.
///
/// The well-known fields come from front matter or from a JSONL record (at its
/// top level or inside its `metadata` object); every other key is kept in
/// `extra` unchanged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// The title, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publication date, as given (ISO 8601 is expected, not enforced here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The outlet or wire the document comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the document was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Language tag, such as `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Every other key, with its value as given.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A parsed document: its identity, metadata, text and the structure found in it.
///
/// `text` is the article text exactly as read (after decoding and after front
/// matter was split off); every span in the document points into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Identity of the document.
    pub doc: DocRef,
    /// Metadata from front matter or the JSONL record.
    pub meta: Metadata,
    /// Line of the source file on which `text` starts (1 unless front matter precedes it).
    pub first_line: usize,
    /// The text, never modified.
    pub text: String,
    /// Structural blocks in text order.
    pub blocks: Vec<Block>,
    /// Residue found in the text, in text order.
    pub boilerplate: Vec<BoilerplateSpan>,
    /// Dates stated in the text, in text order.
    pub dates: Vec<DateMention>,
}

impl Document {
    /// A document with text and metadata but no structure yet.
    pub fn new(doc: DocRef, meta: Metadata, text: String) -> Self {
        Document {
            doc,
            meta,
            first_line: 1,
            text,
            blocks: Vec::new(),
            boilerplate: Vec::new(),
            dates: Vec::new(),
        }
    }
}
