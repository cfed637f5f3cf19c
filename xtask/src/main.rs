//! The team's chores, run as `cargo xtask <task>`.
//!
//! - `cargo xtask lint`: run presslint over `corpus/` with its configuration;
//!   fails on any finding the corpus baseline does not accept. Extra
//!   arguments are passed to `presslint check`.
//! - `cargo xtask eval boilerplate [--errors] [--min-confidence X] [--justext]`: line-level
//!   precision, recall and F1 of the boilerplate classifier on
//!   `eval/boilerplate/devset.jsonl`, and the lines it flags in the BBC articles
//!   of `../shared/datasets` when they are there.
//! - `cargo xtask eval figures [--errors]`: figure extraction against the hand
//!   labels of `eval/figures/labels.jsonl`, and the F rules against the cases of
//!   `eval/figures/devset.jsonl`.
//! - `cargo xtask eval duplicates [DATASET.jsonl]`: near-duplicate pairs from
//!   MinHash and LSH against brute-force Jaccard on the same shingles
//!   (default: the BBC dataset in `../shared/datasets`).

mod bench;
mod eval_boilerplate;
mod eval_duplicates;
mod eval_figures;
mod fuzz;
mod gen_corpus;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// The value after `--name` among the arguments, parsed.
fn flag<T: std::str::FromStr>(args: &[String], name: &str) -> Option<T> {
    let at = args.iter().position(|a| a == name)?;
    args.get(at + 1)?.parse().ok()
}

/// A task's exit code, its error printed under the task's name.
fn outcome(task: &str, result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask {task}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: cargo xtask <task>

tasks:
  lint [ARGS...]                 check corpus/ against its baseline (ARGS go to `presslint check`)
  eval boilerplate [--errors] [--min-confidence X] [--justext]
                                 precision and recall of the boilerplate classifier
  eval duplicates [DATASET]      near-duplicate pairs against brute-force Jaccard
  eval figures [--errors]        figure extraction against hand labels, F rules against cases
  docs [--check]                 write docs/rules.md from the rules' documentation (--check: fail if stale)
  fuzz [--seconds N] [TARGET...] run the fuzz targets of fuzz/ for N seconds each (needs cargo-fuzz)
  bench [--docs N]               lint a generated corpus: speed, memory, duplicate recall and precision
  bench [--docs N] --full [--runs R]
                                 every rule on, beside cat and sha256sum of the same file: medians and stage times
  gen-corpus [--docs N] [--seed S] [--out FILE]
                                 a seeded corpus with planted duplicates and its truth file"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("lint") => lint(&args[1..]),
        Some("eval") if args.get(1).map(String::as_str) == Some("boilerplate") => {
            eval_boilerplate(&args[2..])
        }
        Some("bench") => {
            let docs: usize = flag(&args, "--docs").unwrap_or(10_000);
            let root = workspace_root();
            let corpus = root.join(format!("target/gen/corpus-{docs}.jsonl"));
            let truth = corpus.with_extension("truth.jsonl");
            if !corpus.exists() {
                let _ = std::fs::create_dir_all(root.join("target/gen"));
                if let Err(e) = gen_corpus::run(docs, 42, &corpus, &truth) {
                    eprintln!("xtask bench: {e}");
                    return ExitCode::FAILURE;
                }
            }
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
            let built = Command::new(cargo)
                .current_dir(&root)
                .args(["build", "--release", "--quiet", "--package", "presslint-cli"])
                .status();
            if !built.is_ok_and(|s| s.success()) {
                eprintln!("xtask bench: the release build failed");
                return ExitCode::FAILURE;
            }
            let presslint = root.join("target/release/presslint");
            if args.iter().any(|a| a == "--full") {
                let runs = flag(&args, "--runs").unwrap_or(3);
                return outcome("bench", bench::full(&presslint, &corpus, runs));
            }
            outcome("bench", bench::run(&presslint, &corpus, &truth))
        }
        Some("gen-corpus") => {
            let docs = flag(&args, "--docs").unwrap_or(10_000);
            let seed = flag(&args, "--seed").unwrap_or(42);
            let out = flag::<PathBuf>(&args, "--out")
                .unwrap_or_else(|| PathBuf::from(format!("target/gen/corpus-{docs}.jsonl")));
            let truth = out.with_extension("truth.jsonl");
            if let Some(dir) = out.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            match gen_corpus::run(docs, seed, &out, &truth) {
                Ok(()) => {
                    eprintln!(
                        "xtask gen-corpus: wrote {} and {}",
                        out.display(),
                        truth.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("xtask gen-corpus: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("docs") => {
            let path = workspace_root().join("docs/rules.md");
            let text = presslint_lint::docs::rules_document();
            if args.iter().any(|a| a == "--check") {
                let current = std::fs::read_to_string(&path).unwrap_or_default();
                if current != text {
                    eprintln!("xtask docs: docs/rules.md is stale; run `cargo xtask docs`");
                    return ExitCode::FAILURE;
                }
                return ExitCode::SUCCESS;
            }
            let _ = std::fs::create_dir_all(workspace_root().join("docs"));
            match presslint_lint::atomic::write_atomic(&path, text.as_bytes()) {
                Ok(()) => {
                    eprintln!("xtask docs: wrote {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("xtask docs: cannot write {}: {e}", path.display());
                    ExitCode::FAILURE
                }
            }
        }
        Some("fuzz") => {
            let seconds = flag(&args, "--seconds").unwrap_or(60);
            let only: Vec<String> = args[1..]
                .iter()
                .filter(|a| fuzz::TARGETS.contains(&a.as_str()))
                .cloned()
                .collect();
            outcome("fuzz", fuzz::run(&workspace_root(), seconds, &only))
        }
        Some("eval") if args.get(1).map(String::as_str) == Some("figures") => {
            let root = workspace_root();
            let show_errors = args.iter().any(|a| a == "--errors");
            let bbc = root.join("../shared/datasets/bbc-news-2005.jsonl");
            if bbc.exists() {
                // The development sample the extractor was tuned on, then the held-out one.
                for name in ["labels.jsonl", "labels-heldout.jsonl"] {
                    let labels = root.join("eval/figures").join(name);
                    println!("{name}:");
                    if let Err(e) = eval_figures::extraction(&bbc, &labels, show_errors) {
                        eprintln!("xtask eval: {e}");
                        return ExitCode::FAILURE;
                    }
                    println!();
                }
            }
            outcome(
                "eval",
                eval_figures::rules(&root.join("eval/figures/devset.jsonl"), show_errors),
            )
        }
        Some("eval") if args.get(1).map(String::as_str) == Some("duplicates") => {
            let dataset = args.get(2).map_or_else(
                || workspace_root().join("../shared/datasets/bbc-news-2005.jsonl"),
                PathBuf::from,
            );
            outcome("eval", eval_duplicates::run(&dataset))
        }
        _ => usage(),
    }
}

/// Build and run `presslint check corpus`, passing its exit code through.
fn lint(extra: &[String]) -> ExitCode {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let status = Command::new(cargo)
        .current_dir(workspace_root())
        .args([
            "run",
            "--quiet",
            "--package",
            "presslint-cli",
            "--bin",
            "presslint",
            "--",
            "check",
            "corpus",
        ])
        .args(extra)
        .status();
    match status {
        Ok(status) => match status.code() {
            Some(0) => {
                eprintln!("xtask lint: corpus/ is clean against its baseline");
                ExitCode::SUCCESS
            }
            Some(code) => {
                eprintln!("xtask lint: presslint found new findings in corpus/ (exit {code})");
                ExitCode::from(u8::try_from(code).unwrap_or(1))
            }
            None => ExitCode::FAILURE,
        },
        Err(err) => {
            eprintln!("xtask lint: cannot run cargo: {err}");
            ExitCode::FAILURE
        }
    }
}

fn eval_boilerplate(args: &[String]) -> ExitCode {
    let show_errors = args.iter().any(|a| a == "--errors");
    let min_confidence = flag(args, "--min-confidence").unwrap_or(0.0);
    let root = workspace_root();
    let devset = root.join("eval/boilerplate/devset.jsonl");
    match eval_boilerplate::judge(&devset, min_confidence) {
        Ok(judged) => {
            println!(
                "development set: {} ({} labelled lines)",
                devset.display(),
                judged.len()
            );
            eval_boilerplate::report(&judged, show_errors);
        }
        Err(e) => {
            eprintln!("xtask eval: {e}");
            return ExitCode::FAILURE;
        }
    }
    match eval_boilerplate::idempotence(&devset) {
        Ok((count, unstable)) => println!(
            "clean twice: {} of {count} documents change on the second pass{}",
            unstable.len(),
            if unstable.is_empty() {
                String::new()
            } else {
                format!(" ({})", unstable.join(", "))
            }
        ),
        Err(e) => {
            eprintln!("xtask eval: {e}");
            return ExitCode::FAILURE;
        }
    }
    let bbc = root.join("../shared/datasets/bbc-news-2005.jsonl");
    if bbc.exists() {
        println!();
        if let Err(e) = eval_boilerplate::bbc(&bbc, min_confidence) {
            eprintln!("xtask eval: {e}");
            return ExitCode::FAILURE;
        }
    }
    if args.iter().any(|a| a == "--justext") {
        // The same lines judged by jusText (Python), for comparison.
        println!();
        let mut command = Command::new("python3");
        command
            .current_dir(&root)
            .arg("eval/boilerplate/justext_eval.py")
            .arg(&devset);
        if bbc.exists() {
            command.arg(&bbc);
        }
        match command.status() {
            Ok(status) if status.success() => {}
            _ => eprintln!("xtask eval: jusText comparison failed (pip install justext lxml_html_clean)"),
        }
    }
    ExitCode::SUCCESS
}
