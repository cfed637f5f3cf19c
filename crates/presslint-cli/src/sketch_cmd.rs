//! `presslint sketch`, and reading its output back for `check --sketches`.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

use presslint_lint::sketch::{DocSketch, SKETCH_VERSION};

use crate::EXIT_OK;
use crate::args::SketchArgs;

pub fn run(args: SketchArgs, stdin: impl Read, stderr: &mut dyn Write) -> Result<u8, String> {
    let (linter, inputs) = crate::reading_linter(args.config.as_deref(), &args.paths)?;
    let mut count = 0;
    let mut problems = Vec::new();
    presslint_lint::atomic::write_atomic_with(&args.output, |file| {
        let mut out = std::io::BufWriter::new(file);
        problems = linter.sketch_inputs(&inputs, stdin, &mut |sketch| {
            count += 1;
            serde_json::to_writer(&mut out, sketch).map_err(std::io::Error::other)?;
            out.write_all(b"\n")
        })?;
        out.flush()
    })
    .map_err(|e| format!("cannot write `{}`: {e}", args.output.display()))?;
    for problem in &problems {
        let _ = writeln!(stderr, "presslint: {}: {}", problem.location.doc, problem.message);
    }
    let _ = writeln!(
        stderr,
        "presslint: wrote {count} sketch{} to `{}`",
        if count == 1 { "" } else { "es" },
        args.output.display()
    );
    Ok(EXIT_OK)
}

/// Every sketch in the `.jsonl` files of `dir` (or in `dir` itself when it is
/// a file), checked to be of this presslint's sketch version.
pub fn read_sketches(dir: &Path) -> Result<Vec<DocSketch>, String> {
    let files: Vec<PathBuf> = if dir.is_file() {
        vec![dir.to_path_buf()]
    } else {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        files.sort();
        files
    };
    if files.is_empty() {
        return Err(format!("no sketch files (*.jsonl) in `{}`", dir.display()));
    }
    let mut sketches = Vec::new();
    for path in files {
        let file =
            std::fs::File::open(&path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        for (k, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| format!("{}:{}: {e}", path.display(), k + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(&line)
                .map_err(|e| format!("{}:{}: not a sketch: {e}", path.display(), k + 1))?;
            let version = value["version"].as_u64().unwrap_or(0);
            if version != u64::from(SKETCH_VERSION) {
                return Err(format!(
                    "{}:{}: a sketch of version {version}; this presslint reads version {SKETCH_VERSION} (write the sketches again with this presslint)",
                    path.display(),
                    k + 1
                ));
            }
            let sketch: DocSketch = serde_json::from_value(value)
                .map_err(|e| format!("{}:{}: not a sketch: {e}", path.display(), k + 1))?;
            sketches.push(sketch);
        }
    }
    Ok(sketches)
}
