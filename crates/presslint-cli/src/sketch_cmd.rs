//! `presslint sketch`, and reading its output back for `check --sketches`.
//!
//! A sketch file holds one JSON object a line: a document's sketch, or (with
//! `--findings`) a finding of the per-document pass as
//! `{"version": V, "finding": {...}}`.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

use presslint_core::Diagnostic;
use presslint_lint::sketch::{DocSketch, SKETCH_VERSION};

use crate::EXIT_OK;
use crate::args::SketchArgs;

pub fn run(
    args: SketchArgs,
    stdin: impl Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<u8, String> {
    let (linter, mut inputs) = crate::reading_linter(args.config.as_deref(), &args.paths)?;
    if args.located {
        inputs = vec![presslint_lint::Input::LocatedStdin];
    }
    let to_stdout = args.output.as_os_str() == "-";
    let mut count = 0;
    let mut found = Vec::new();
    let write = |out: &mut dyn Write| -> std::io::Result<()> {
        let mut out = std::io::BufWriter::new(out);
        found = linter.sketch_inputs(&inputs, stdin, args.findings, &mut |sketch| {
            count += 1;
            serde_json::to_writer(&mut out, sketch).map_err(std::io::Error::other)?;
            out.write_all(b"\n")
        })?;
        if args.findings {
            for finding in &found {
                let record = serde_json::json!({"version": SKETCH_VERSION, "finding": finding});
                serde_json::to_writer(&mut out, &record).map_err(std::io::Error::other)?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()
    };
    let shown = if to_stdout {
        write(stdout).map_err(|e| format!("cannot write to standard output: {e}"))?;
        "standard output".to_string()
    } else {
        presslint_lint::atomic::write_atomic_with(&args.output, |file| write(file))
            .map_err(|e| format!("cannot write `{}`: {e}", args.output.display()))?;
        format!("`{}`", args.output.display())
    };
    if args.findings {
        let _ = writeln!(
            stderr,
            "presslint: wrote {count} sketch{} and {} finding{} to {shown}",
            if count == 1 { "" } else { "es" },
            found.len(),
            if found.len() == 1 { "" } else { "s" },
        );
    } else {
        for problem in &found {
            let _ = writeln!(stderr, "presslint: {}: {}", problem.location.doc, problem.message);
        }
        let _ = writeln!(
            stderr,
            "presslint: wrote {count} sketch{} to {shown}",
            if count == 1 { "" } else { "es" },
        );
    }
    Ok(EXIT_OK)
}

/// The sketch files of `dir` (or `dir` itself when it is a file): its
/// `*.jsonl` files, and the `part-*` files a Spark job writes, in name order.
fn sketch_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    if dir.is_file() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
            p.is_file()
                && (name.ends_with(".jsonl") || (name.starts_with("part-") && !name.ends_with(".crc")))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!(
            "no sketch files (*.jsonl or part-*) in `{}`",
            dir.display()
        ));
    }
    Ok(files)
}

/// Every sketch, and every finding written beside them, in the sketch files
/// of `dir`, checked to be of this presslint's sketch version.
pub fn read_sketches(dir: &Path) -> Result<(Vec<DocSketch>, Vec<Diagnostic>), String> {
    let mut sketches = Vec::new();
    let mut findings = Vec::new();
    for path in sketch_files(dir)? {
        let file =
            std::fs::File::open(&path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        for (k, line) in std::io::BufReader::new(file).lines().enumerate() {
            let at = || format!("{}:{}", path.display(), k + 1);
            let line = line.map_err(|e| format!("{}: {e}", at()))?;
            if line.trim().is_empty() {
                continue;
            }
            let mut value: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| format!("{}: not a sketch: {e}", at()))?;
            let version = value["version"].as_u64().unwrap_or(0);
            if version != u64::from(SKETCH_VERSION) {
                return Err(format!(
                    "{}: a sketch of version {version}; this presslint reads version {SKETCH_VERSION} (write the sketches again with this presslint)",
                    at()
                ));
            }
            if let Some(finding) = value.get_mut("finding") {
                let finding: Diagnostic = serde_json::from_value(finding.take())
                    .map_err(|e| format!("{}: not a finding: {e}", at()))?;
                findings.push(finding);
            } else {
                let sketch: DocSketch =
                    serde_json::from_value(value).map_err(|e| format!("{}: not a sketch: {e}", at()))?;
                sketches.push(sketch);
            }
        }
    }
    Ok((sketches, findings))
}
