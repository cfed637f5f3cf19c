//! Snapshots over the bundled corpus: the parsed structure of every document,
//! and the full report in human and JSON formats.

use std::fmt::Write;
use std::path::Path;

use presslint_core::{DocRef, Document};
use presslint_lint::{Config, Format, Input, Linter, RenderOptions, render};

const CORPUS: &str = "../corpus";

fn corpus_documents() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(CORPUS)
        .expect("corpus folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn excerpt(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut: String = flat.chars().take(70).collect();
    if cut.len() < flat.len() {
        cut.push('…');
    }
    format!("{cut:?}")
}

/// A readable outline of a parsed document: one line per block, residue span and date.
fn outline(doc: &Document) -> String {
    let mut out = String::new();
    writeln!(out, "document: {}", doc.doc).unwrap();
    writeln!(out, "metadata: {}", serde_json::to_string(&doc.meta).unwrap()).unwrap();
    writeln!(out, "blocks:").unwrap();
    for block in &doc.blocks {
        let kind = serde_json::to_value(block.kind).unwrap();
        writeln!(
            out,
            "  {:<12} {:>5}..{:<5} {}",
            kind.as_str().unwrap(),
            block.span.start,
            block.span.end,
            excerpt(block.span.slice(&doc.text))
        )
        .unwrap();
    }
    writeln!(out, "boilerplate:").unwrap();
    for b in &doc.boilerplate {
        writeln!(
            out,
            "  {:<14} {:.2} {:>5}..{:<5} {}",
            b.kind.as_str(),
            b.confidence,
            b.span.start,
            b.span.end,
            excerpt(b.span.slice(&doc.text))
        )
        .unwrap();
    }
    writeln!(out, "dates:").unwrap();
    for d in &doc.dates {
        let date = d.date.map_or_else(|| "invalid".to_string(), |d| d.to_string());
        let weekday = d.weekday.map_or("-", |w| w.name());
        writeln!(out, "  {date} {weekday:<9} {:?}", d.span.slice(&doc.text)).unwrap();
    }
    out
}

#[test]
fn parsed_structure_of_every_corpus_document() {
    let files = corpus_documents();
    assert_eq!(files.len(), 5, "the corpus holds the five seed documents");
    for path in files {
        let text = std::fs::read_to_string(&path).expect("corpus documents are UTF-8");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (doc, problem) = presslint_parse::parse_file_text(DocRef::file(&name), text);
        assert!(problem.is_none());
        for span in doc
            .blocks
            .iter()
            .map(|b| b.span)
            .chain(doc.boilerplate.iter().map(|b| b.span))
        {
            assert!(span.is_valid_for(&doc.text));
        }
        insta::assert_snapshot!(format!("parse-{name}"), outline(&doc));
    }
}

fn corpus_report(format: Format) -> String {
    let config = Config::discover(Path::new(CORPUS)).expect("corpus configuration loads");
    let linter = Linter::builder()
        .config(config)
        .use_baseline(false)
        .threads(2)
        .build()
        .unwrap();
    let report = linter.check_inputs(&[Input::Path(CORPUS.into())], std::io::empty());
    let mut out = Vec::new();
    render(&report, format, RenderOptions::default(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn corpus_report_human() {
    insta::assert_snapshot!("corpus-human", corpus_report(Format::Human));
}

#[test]
fn corpus_report_json() {
    let text = corpus_report(Format::Json);
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON output parses");
    assert_eq!(value["version"], 1);
    insta::assert_snapshot!("corpus-json", text);
}

#[test]
fn corpus_is_clean_against_its_baseline() {
    let run = presslint_tests::presslint(&["check", CORPUS, "--format", "concise"], b"");
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains("accepted by the baseline"), "{}", run.stdout);
}

/// What the figure rules read in the corpus: every figure with its interval
/// and key, and every relative date resolved — the seeds' `on Thursday`,
/// `on Wednesday` and `last year` among them.
#[test]
fn corpus_figures() {
    let run = presslint_tests::presslint(&["figures", CORPUS], b"");
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.contains("`Wednesday`              → 2020-11-04"),
        "{}",
        run.stdout
    );
    insta::assert_snapshot!("corpus-figures", run.stdout);
}
