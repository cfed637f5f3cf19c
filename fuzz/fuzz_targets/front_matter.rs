//! Front matter (YAML subset and TOML) on arbitrary text: an error or a
//! value, never a panic or a stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for fenced in [
        format!("---\n{text}\n---\nbody"),
        format!("+++\n{text}\n+++\nbody"),
    ] {
        let _ = presslint_parse::frontmatter::split(&fenced);
        let _ = presslint_parse::parse_file_text(presslint_core::DocRef::file("fuzz.md"), fenced);
    }
});
