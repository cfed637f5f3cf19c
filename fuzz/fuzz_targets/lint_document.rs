//! Every single-document rule, the sketch and the corpus rules over one
//! document from arbitrary text: findings point inside the text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use presslint_core::{DocRef, Metadata};
use presslint_lint::Linter;

fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| {
        Linter::builder()
            .threads(1)
            .use_baseline(false)
            .build()
            .expect("a linter")
    })
}

fuzz_target!(|text: &str| {
    let meta = Metadata {
        date: Some("2020-11-06".to_string()),
        ..Metadata::default()
    };
    let report = linter().check_documents(vec![(DocRef::file("fuzz.txt"), meta, text.to_string())]);
    for d in &report.diagnostics {
        assert!(
            d.location.span.is_valid_for(text),
            "{} {:?}",
            d.code.as_str(),
            d.location.span
        );
    }
});
