//! `presslint-lint` on documents that come from memory rather than files:
//! records from a pipeline, checked together, the findings rendered.
//!
//! `cargo run -p presslint-lint --example lint_memory`

use presslint_core::{DocRef, Metadata};
use presslint_lint::{Format, Linter, RenderOptions, render};

fn main() {
    let records = [
        (
            "a",
            "Port news\nBERLIN, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened a terminal on Wednesday.",
        ),
        (
            "b",
            "Port results\n\nTurnover at the port rose 10% to 120 from 100.",
        ),
    ];
    let documents = records
        .iter()
        .map(|(id, text)| {
            (
                DocRef::record("pipeline.jsonl", 1, Some(id.to_string())),
                Metadata::default(),
                text.to_string(),
            )
        })
        .collect();
    let linter = Linter::builder()
        .threads(2)
        .use_baseline(false)
        .build()
        .expect("no baseline to read");
    let report = linter.check_documents(documents);
    let mut out = Vec::new();
    render(&report, Format::Concise, RenderOptions::default(), &mut out).expect("writing to memory");
    print!("{}", String::from_utf8_lossy(&out));
}
