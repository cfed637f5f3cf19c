//! One JSONL line as a document record.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(record) = presslint_parse::record::parse_record(text) {
        let doc = presslint_core::DocRef::record("fuzz.jsonl", 1, record.id);
        let _ = presslint_parse::parse(doc, record.meta, record.text);
    }
});
