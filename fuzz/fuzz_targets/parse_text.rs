//! Raw bytes through decoding, the parser and figure extraction: nothing
//! panics, and every span the parser reports lies on character boundaries
//! inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use presslint_core::DocRef;

fuzz_target!(|bytes: &[u8]| {
    let decoded = presslint_parse::decode::decode(bytes);
    let (doc, _) = presslint_parse::parse_file_text(DocRef::file("fuzz.txt"), decoded.text);
    for block in &doc.blocks {
        assert!(block.span.is_valid_for(&doc.text));
    }
    for residue in &doc.boilerplate {
        assert!(residue.span.is_valid_for(&doc.text));
    }
    let mut end = 0;
    for figure in
        presslint_parse::figures::find_figures(&doc.text, presslint_core::CivilDate::new(2020, 11, 6))
    {
        assert!(figure.span.is_valid_for(&doc.text) && figure.span.start >= end);
        end = figure.span.end;
    }
});
