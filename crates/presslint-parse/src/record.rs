//! One JSONL line to one document: `{"id", "text"}` plus metadata at the top
//! level or inside a `metadata` object.

use presslint_core::Metadata;
use serde_json::{Map, Value};

use crate::metadata;

/// A document read from one JSONL line.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The record's `id` (numbers are turned into text).
    pub id: Option<String>,
    /// The record's `text`.
    pub text: String,
    /// Metadata from the top level and from the `metadata` object, which wins.
    pub meta: Metadata,
}

/// Why a JSONL line is not a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The line is not JSON.
    #[error("not valid JSON: {0}")]
    Json(String),
    /// The line is JSON but not an object.
    #[error("expected a JSON object, found {0}")]
    NotAnObject(&'static str),
    /// The object has no `text` string.
    #[error("the record has no `text` field")]
    MissingText,
    /// `text` is present but not a string.
    #[error("the record's `text` is {0}, not a string")]
    TextNotString(&'static str),
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parse one JSONL line into a record.
pub fn parse_record(line: &str) -> Result<Record, RecordError> {
    let value: Value = serde_json::from_str(line).map_err(|e| RecordError::Json(e.to_string()))?;
    let Value::Object(mut object) = value else {
        return Err(RecordError::NotAnObject(kind(&value)));
    };
    let text = match object.remove("text") {
        Some(Value::String(text)) => text,
        Some(other) => return Err(RecordError::TextNotString(kind(&other))),
        None => return Err(RecordError::MissingText),
    };
    let id = match object.remove("id") {
        Some(Value::String(id)) => Some(id),
        Some(Value::Null) | None => None,
        Some(other) => Some(other.to_string()),
    };
    let nested = match object.remove("metadata") {
        Some(Value::Object(map)) => map,
        Some(Value::Null) | None => Map::new(),
        Some(other) => {
            object.insert("metadata".to_string(), other);
            Map::new()
        }
    };
    let mut meta = Metadata::default();
    metadata::merge_into(&mut meta, object);
    metadata::merge_into(&mut meta, nested);
    Ok(Record { id, text, meta })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_and_nested_metadata() {
        let r = parse_record(r#"{"id": 7, "text": "Body", "title": "T", "metadata": {"date": "2020-01-02", "url": "https://x.test/a"}, "section": "tech"}"#).unwrap();
        assert_eq!(r.id.as_deref(), Some("7"));
        assert_eq!(r.text, "Body");
        assert_eq!(r.meta.title.as_deref(), Some("T"));
        assert_eq!(r.meta.date.as_deref(), Some("2020-01-02"));
        assert_eq!(r.meta.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(r.meta.extra["section"], serde_json::json!("tech"));
    }

    #[test]
    fn bad_records_say_why() {
        assert!(matches!(parse_record("{oops"), Err(RecordError::Json(_))));
        assert_eq!(parse_record("[1]"), Err(RecordError::NotAnObject("an array")));
        assert_eq!(parse_record(r#"{"id": "a"}"#), Err(RecordError::MissingText));
        assert_eq!(
            parse_record(r#"{"text": 3}"#),
            Err(RecordError::TextNotString("a number"))
        );
    }
}
