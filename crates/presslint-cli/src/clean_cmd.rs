//! `presslint clean`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use presslint_core::DocRef;
use presslint_lint::atomic;
use presslint_lint::clean::{Cleaned, Cleaner, DEFAULT_MIN_CONFIDENCE};
use presslint_lint::input::{self, FileFormat, Input};

use crate::args::CleanArgs;
use crate::{EXIT_FINDINGS, EXIT_OK};

/// Where cleaned text goes.
enum Mode {
    Stdout,
    Diff,
    Write,
    Out(PathBuf),
}

/// What cleaning one file gave.
struct FileResult {
    /// The new contents, when anything changed.
    contents: Option<Vec<u8>>,
    /// The original contents.
    original: Vec<u8>,
    /// Removals per document (a JSONL file has one entry a record).
    removals: Vec<(String, Cleaned)>,
}

pub fn run(
    args: CleanArgs,
    stdin: impl Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<u8, String> {
    let config = crate::load_config(args.config.as_deref(), &args.paths)?;
    let min_confidence = args.min_confidence.unwrap_or(DEFAULT_MIN_CONFIDENCE);
    if !(0.0..=1.0).contains(&min_confidence) {
        return Err(format!(
            "--min-confidence must be between 0 and 1, not {min_confidence}"
        ));
    }
    crate::require_paths(&args.paths)?;
    let cleaner = Cleaner::new(config, min_confidence);
    let mode = match (&args.out, args.write, args.diff) {
        (_, _, true) => Mode::Diff,
        (Some(dir), _, _) => Mode::Out(dir.clone()),
        (None, true, _) => Mode::Write,
        (None, false, false) => Mode::Stdout,
    };

    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        if args.paths.len() > 1 || matches!(mode, Mode::Write | Mode::Out(_)) {
            return Err("`-` cleans one document from standard input to standard output, alone".into());
        }
        let bytes = match input::read_stdin(stdin) {
            input::Unit::Text { bytes, .. } => bytes,
            _ => return Err("cannot read standard input".into()),
        };
        let result = clean_text_file(&cleaner, "-", &bytes)?;
        emit_one(&mode, &result, stdout)?;
        return Ok(EXIT_OK);
    }

    // Each input with its root, so that `--out` can mirror the tree; a file
    // reached through two arguments is cleaned once.
    let mut files: Vec<(PathBuf, FileFormat, PathBuf)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for path in &args.paths {
        let (found, problems) = input::discover(&[Input::Path(path.clone())]);
        let found: Vec<_> = found
            .into_iter()
            .filter(|(f, _)| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())))
            .collect();
        for problem in problems {
            if let input::Unit::Problem(d) = problem {
                let _ = writeln!(stderr, "presslint: {}", d.message);
            }
        }
        let root = if path.is_dir() {
            path.clone()
        } else {
            path.parent().map(Path::to_path_buf).unwrap_or_default()
        };
        files.extend(found.into_iter().map(|(f, format)| (f, format, root.clone())));
    }
    if matches!(mode, Mode::Stdout) && files.len() != 1 {
        return Err(format!(
            "{} files to clean: give --out DIR to write cleaned copies, --write to rewrite them in place, or --diff to see what would be removed",
            files.len()
        ));
    }

    // Two inputs must not be written to the same place: the first copy would be lost.
    if let Mode::Out(dir) = &mode {
        let mut targets = std::collections::HashMap::new();
        for (path, _, root) in &files {
            let target = dir.join(path.strip_prefix(root).unwrap_or(path));
            if let Some(other) = targets.insert(target.clone(), path.clone()) {
                return Err(format!(
                    "`{}` and `{}` would both be written to `{}`; clean them into different folders",
                    other.display(),
                    path.display(),
                    target.display()
                ));
            }
        }
    }
    let mut skipped = 0;
    let (mut changed, mut removed) = (0, 0);
    for (path, format, root) in &files {
        let shown = input::display_path(path);
        let result = match clean_file(&cleaner, path, &shown, *format) {
            Ok(result) => result,
            Err(message) => {
                let _ = writeln!(stderr, "presslint: {shown}: {message}; left as it is");
                skipped += 1;
                continue;
            }
        };
        removed += result
            .removals
            .iter()
            .map(|(_, c)| c.removals.len())
            .sum::<usize>();
        changed += usize::from(result.contents.is_some());
        match &mode {
            Mode::Stdout | Mode::Diff => emit_one(&mode, &result, stdout)?,
            Mode::Write => {
                if let Some(contents) = &result.contents {
                    // Through a symbolic link, the file it points to is rewritten, not the link.
                    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
                    atomic::write_atomic(&real, contents)
                        .map_err(|e| format!("cannot write `{shown}`: {e}"))?;
                }
            }
            Mode::Out(dir) => {
                let relative = path.strip_prefix(root).unwrap_or(path);
                let target = dir.join(relative);
                if same_file(&target, path) {
                    return Err(format!(
                        "--out would overwrite the input `{shown}`; choose another folder"
                    ));
                }
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
                }
                let contents = result.contents.as_ref().unwrap_or(&result.original);
                atomic::write_atomic(&target, contents)
                    .map_err(|e| format!("cannot write `{}`: {e}", target.display()))?;
            }
        }
    }
    if !matches!(mode, Mode::Stdout) {
        let verb = if matches!(mode, Mode::Diff) {
            "would remove"
        } else {
            "removed"
        };
        let _ = writeln!(
            stderr,
            "presslint: {verb} {removed} piece{} of residue from {changed} of {} file{}{}",
            if removed == 1 { "" } else { "s" },
            files.len(),
            if files.len() == 1 { "" } else { "s" },
            if skipped > 0 {
                format!("; {skipped} left as they are")
            } else {
                String::new()
            }
        );
    }
    Ok(if skipped > 0 { EXIT_FINDINGS } else { EXIT_OK })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => presslint_lint::paths::absolute(a) == presslint_lint::paths::absolute(b),
    }
}

fn emit_one(mode: &Mode, result: &FileResult, stdout: &mut dyn Write) -> Result<(), String> {
    let write_err = |e: std::io::Error| format!("cannot write output: {e}");
    match mode {
        Mode::Diff => {
            for (doc, cleaned) in &result.removals {
                if !cleaned.changed() {
                    continue;
                }
                writeln!(stdout, "--- {doc}\n+++ {doc} (cleaned)").map_err(write_err)?;
                for removal in &cleaned.removals {
                    if removal.pass == 1 {
                        writeln!(stdout, "@@ line {}: {} @@", removal.line, removal.kind.as_str())
                    } else {
                        writeln!(
                            stdout,
                            "@@ line {} after pass {}: {} @@",
                            removal.line,
                            removal.pass - 1,
                            removal.kind.as_str()
                        )
                    }
                    .map_err(write_err)?;
                    for line in removal.text.trim_end_matches(['\n', '\r']).split('\n') {
                        writeln!(stdout, "-{line}").map_err(write_err)?;
                    }
                }
            }
        }
        _ => stdout
            .write_all(result.contents.as_ref().unwrap_or(&result.original))
            .map_err(write_err)?,
    }
    Ok(())
}

fn clean_text_file(cleaner: &Cleaner, shown: &str, bytes: &[u8]) -> Result<FileResult, String> {
    if presslint_parse::decode::looks_binary(bytes) {
        return Err("binary file".into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 (byte offset {}), so it cannot be rewritten without changing its encoding",
            e.valid_up_to()
        )
    })?;
    let cleaned = cleaner.clean_file_text(DocRef::file(shown), text);
    Ok(FileResult {
        contents: cleaned.changed().then(|| cleaned.text.clone().into_bytes()),
        original: bytes.to_vec(),
        removals: vec![(shown.to_string(), cleaned)],
    })
}

fn clean_file(cleaner: &Cleaner, path: &Path, shown: &str, format: FileFormat) -> Result<FileResult, String> {
    let raw = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    match format {
        FileFormat::Text => clean_text_file(cleaner, shown, &raw),
        FileFormat::Jsonl => clean_jsonl(cleaner, shown, &raw, raw.clone()),
        FileFormat::JsonlGz => {
            let mut bytes = Vec::new();
            flate2::read::MultiGzDecoder::new(&raw[..])
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot decompress: {e}"))?;
            let mut result = clean_jsonl(cleaner, shown, &bytes, raw)?;
            if let Some(contents) = result.contents.take() {
                let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                encoder.write_all(&contents).map_err(|e| e.to_string())?;
                result.contents = Some(encoder.finish().map_err(|e| e.to_string())?);
            }
            Ok(result)
        }
    }
}

/// Clean each record of a JSONL file; lines that are not records are kept as they are.
fn clean_jsonl(
    cleaner: &Cleaner,
    shown: &str,
    bytes: &[u8],
    original: Vec<u8>,
) -> Result<FileResult, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 (byte offset {}), so it cannot be rewritten without changing its encoding",
            e.valid_up_to()
        )
    })?;
    let mut out = String::with_capacity(text.len());
    let mut removals = Vec::new();
    let mut changed = false;
    for (i, segment) in text.split_inclusive('\n').enumerate() {
        let (line, ending) = match segment.strip_suffix("\r\n") {
            Some(line) => (line, "\r\n"),
            None => segment
                .strip_suffix('\n')
                .map_or((segment, ""), |line| (line, "\n")),
        };
        match cleaner.clean_json_line(shown, i + 1, line) {
            Some((new_line, cleaned)) => {
                changed |= cleaned.changed();
                let name = DocRef::record(shown, i + 1, None).to_string();
                removals.push((name, cleaned));
                out.push_str(&new_line);
            }
            None => out.push_str(line),
        }
        out.push_str(ending);
    }
    Ok(FileResult {
        contents: changed.then(|| out.into_bytes()),
        original,
        removals,
    })
}
