//! Inputs longer than one batch (4,096 documents): they are read and
//! checked a batch at a time, and every document must still be checked,
//! once, with the corpus rules seeing them all together.

use presslint_lint::{Config, Input, Linter};
use presslint_tests::Scratch;

const RECORDS: usize = 9_000;
/// The last records repeat the first ones, word for word.
const REPEATED: usize = 10;

fn records() -> Vec<String> {
    (0..RECORDS)
        .map(|k| {
            let story = if k >= RECORDS - REPEATED { k - (RECORDS - REPEATED) } else { k };
            let text = format!(
                "Harbour report {story}: the port of Vell opened berth {story} on Monday after two years of work, and cargo volumes rose."
            );
            serde_json::json!({ "id": format!("r{k}"), "text": text }).to_string()
        })
        .collect()
}

fn linter() -> Linter {
    Linter::builder()
        .config(Config::default())
        .use_baseline(false)
        .threads(2)
        .build()
        .expect("linter builds")
}

#[test]
fn documents_over_several_batches_are_each_checked_once() {
    let scratch = Scratch::new("batches");
    let lines = records();
    scratch.write("a.jsonl", lines[..6_000].join("\n"));
    scratch.write("b.jsonl", lines[6_000..].join("\n"));
    let report = linter().check_inputs(&[Input::Path(scratch.path().into())], std::io::empty());
    assert_eq!(report.documents, RECORDS);
    // Each repeat is found against its first telling, three batches earlier.
    let repeats: Vec<(String, Option<usize>)> = report
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "D101")
        .map(|d| {
            (
                d.location.doc.path.rsplit('/').next().unwrap_or("").to_string(),
                d.location.doc.line,
            )
        })
        .collect();
    let first_repeat_line = RECORDS - REPEATED - 6_000 + 1;
    let expected: Vec<(String, Option<usize>)> = (0..REPEATED)
        .map(|k| ("b.jsonl".to_string(), Some(first_repeat_line + k)))
        .collect();
    assert_eq!(repeats, expected);
}

#[test]
fn standard_input_is_checked_with_the_files() {
    let scratch = Scratch::new("batches-stdin");
    let lines = records();
    scratch.write("a.jsonl", lines.join("\n"));
    let stdin = "Harbour report 3: the port of Vell opened berth 3 on Monday after two years of work, and cargo volumes rose.";
    let report = linter().check_inputs(
        &[Input::Stdin, Input::Path(scratch.path().into())],
        stdin.as_bytes(),
    );
    assert_eq!(report.documents, RECORDS + 1);
    // Standard input (`-`) comes first in the report's order, so record 3
    // of the file (line 4) repeats it.
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "D101" && d.location.doc.line == Some(4)),
        "record 3 is reported as a repeat of standard input"
    );
}
