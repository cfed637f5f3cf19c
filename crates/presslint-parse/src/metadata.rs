//! Turning key-value maps from front matter and JSONL records into [`Metadata`].

use presslint_core::Metadata;
use serde_json::{Map, Value};

/// The keys [`Metadata`] has fields for.
pub const KNOWN_KEYS: [&str; 5] = ["title", "date", "source", "url", "lang"];

/// Fill `meta` from a map: well-known keys become fields (as text, whatever
/// their type), every other key is kept in `extra`. Keys already set are
/// overwritten, so callers apply the more specific map last.
pub fn merge_into(meta: &mut Metadata, map: Map<String, Value>) {
    for (key, value) in map {
        let slot = match key.as_str() {
            "title" => &mut meta.title,
            "date" => &mut meta.date,
            "source" => &mut meta.source,
            "url" => &mut meta.url,
            "lang" => &mut meta.lang,
            _ => {
                meta.extra.insert(key, value);
                continue;
            }
        };
        *slot = match value {
            Value::Null => None,
            Value::String(s) => Some(s),
            other => Some(other.to_string()),
        };
    }
}
