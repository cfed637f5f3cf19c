//! `cargo xtask fuzz --seconds N [TARGET...]`: run the cargo-fuzz targets of
//! `fuzz/` on the stable toolchain (libFuzzer without a sanitizer), each for
//! N seconds, from a corpus seeded with the project's documents, fixtures and
//! configurations.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The fuzz targets, in `fuzz/fuzz_targets/`.
pub const TARGETS: [&str; 5] = [
    "parse_text",
    "front_matter",
    "jsonl_record",
    "config",
    "lint_document",
];

/// Seed files for a target: whole documents for the text targets, single
/// JSONL lines for the record target, configurations for the config target.
fn seeds(root: &Path, target: &str) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    let mut stack = vec![root.join("corpus"), root.join("tests/fixtures")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    let ext = |p: &PathBuf| p.extension().and_then(|e| e.to_str()).unwrap_or("").to_string();
    let mut out = Vec::new();
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        match (target, ext(&path).as_str()) {
            ("config", "toml") => out.push(bytes),
            ("config", _) => {}
            ("jsonl_record", "jsonl") => {
                out.extend(
                    bytes
                        .split(|&b| b == b'\n')
                        .filter(|l| !l.is_empty())
                        .map(<[u8]>::to_vec),
                );
            }
            ("jsonl_record", _) => {}
            (_, "txt" | "md" | "markdown") => out.push(bytes),
            _ => {}
        }
    }
    out
}

/// Run every target (or those named) for `seconds` each.
pub fn run(root: &Path, seconds: u64, only: &[String]) -> Result<(), String> {
    let targets: Vec<&str> = TARGETS
        .iter()
        .copied()
        .filter(|t| only.is_empty() || only.iter().any(|o| o == t))
        .collect();
    for target in targets {
        let corpus = root.join("target/fuzz-corpus").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("cannot create {}: {e}", corpus.display()))?;
        for (k, seed) in seeds(root, target).iter().enumerate() {
            let path = corpus.join(format!("seed-{k:04}"));
            if !path.exists() {
                std::fs::write(&path, seed).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
        }
        println!("xtask fuzz: {target} for {seconds} s");
        let status = Command::new("cargo")
            .current_dir(root.join("fuzz"))
            .args(["fuzz", "run", "--sanitizer", "none", "-O", target])
            .arg(&corpus)
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            .args(["-timeout=10", "-rss_limit_mb=2048", "-print_final_stats=1"])
            .status()
            .map_err(|e| format!("cannot run cargo fuzz (cargo install cargo-fuzz): {e}"))?;
        if !status.success() {
            return Err(format!(
                "{target} failed; the input that broke it is in fuzz/artifacts/{target}/"
            ));
        }
    }
    Ok(())
}
