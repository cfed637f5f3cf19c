//! Finding the documents among the inputs and reading their bytes.
//!
//! Directories are walked the way ripgrep walks them (`.gitignore`,
//! `.ignore` and hidden files honoured, in file-name order), except that
//! symbolic links are followed, as with `rg -L`; files named
//! explicitly are read whatever their extension. Nothing here fails the run:
//! what cannot be read becomes a finding naming the path.

use std::io::Read;
use std::path::{Path, PathBuf};

use presslint_core::{Diagnostic, DocRef, LineCol, Location, Snippet, Span};

use crate::rule::RuleInfo;
use crate::rules::UnreadableInput;

/// One input the user named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory.
    Path(PathBuf),
    /// One document read from standard input, reported as `-`.
    Stdin,
    /// Standard input holds documents that carry their own place, one JSON
    /// object a line (see [`stream_located`]): what a job that has already
    /// split a corpus (a Spark partition, say) pipes in, so that findings
    /// and sketches name the original files.
    LocatedStdin,
}

/// How a file's bytes hold documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// One document, with optional front matter (`.txt`, `.md` and anything named explicitly).
    Text,
    /// One JSON record a line (`.jsonl`, `.ndjson`).
    Jsonl,
    /// Gzip-compressed JSONL (`.jsonl.gz`, `.ndjson.gz`).
    JsonlGz,
}

impl FileFormat {
    /// The format a file name implies, or `None` for files a directory walk skips.
    pub fn from_name(name: &str) -> Option<FileFormat> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".jsonl.gz") || lower.ends_with(".ndjson.gz") {
            Some(FileFormat::JsonlGz)
        } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            Some(FileFormat::Jsonl)
        } else if lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".markdown") {
            Some(FileFormat::Text)
        } else {
            None
        }
    }
}

/// A document's worth of input, before parsing.
#[derive(Debug)]
pub enum Unit {
    /// The bytes of a text file (or of standard input).
    Text {
        /// Identity.
        doc: DocRef,
        /// The raw bytes.
        bytes: Vec<u8>,
    },
    /// One line of a JSONL file.
    JsonLine {
        /// Path of the file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// Byte offset of the line in the (decompressed) file.
        offset: usize,
        /// The line's bytes, without its terminator.
        bytes: Vec<u8>,
    },
    /// A document already in memory, with its metadata (no front matter is looked for).
    Memory {
        /// Identity.
        doc: DocRef,
        /// Metadata.
        meta: presslint_core::Metadata,
        /// The text.
        text: String,
    },
    /// Something that could not be read.
    Problem(Box<Diagnostic>),
}

/// The path as shown in reports: `/` separators, no leading `./`.
pub fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    if s.is_empty() {
        ".".to_string()
    } else {
        s.to_string()
    }
}

/// A finding about a whole file (or a line of it) that could not be read.
pub fn file_problem(rule: RuleInfo, path: &str, line: usize, message: String) -> Diagnostic {
    let at = LineCol { line, column: 1 };
    Diagnostic {
        code: rule.code(),
        rule: rule.name.to_string(),
        severity: rule.default_severity,
        evidence: message.clone(),
        message,
        location: Location {
            doc: DocRef::file(path),
            span: Span::new(0, 0),
            start: at,
            end: at,
            snippet: None,
        },
        related: Vec::new(),
        fix: None,
    }
}

/// A finding about one line of a file, with the line kept as its snippet.
///
/// The finding belongs to the record on that line (`path#line-N`), so that
/// it sorts among the file's records in file order; its position is within
/// the record, and its evidence is the line's text, so that a baseline entry
/// survives lines added above it.
pub fn line_problem(rule: RuleInfo, path: &str, line: usize, text: &str, message: String) -> Diagnostic {
    let mut d = file_problem(rule, path, 1, message);
    d.location.doc = DocRef::record(path, line, None);
    let mut cut = text.len().min(200);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let shown = &text[..cut];
    d.location.span = Span::new(0, shown.len());
    d.location.end = LineCol {
        line: 1,
        column: shown.chars().count() + 1,
    };
    d.location.snippet = Some(Snippet {
        line_start: 1,
        offset: 0,
        text: shown.to_string(),
    });
    d.evidence = text.to_string();
    d
}

/// An unreadable input; `reason` (without counts or offsets) identifies it in baselines.
fn unreadable(path: &str, message: String, reason: &str) -> Unit {
    let mut d = file_problem(UnreadableInput::INFO, path, 1, message);
    d.evidence = reason.to_string();
    Unit::Problem(Box::new(d))
}

/// The files to read, in the order they will be reported, each once, plus
/// problems met on the way (missing paths, unreadable directories).
pub fn discover(inputs: &[Input]) -> (Vec<(PathBuf, FileFormat)>, Vec<Unit>) {
    let mut files: Vec<(PathBuf, FileFormat)> = Vec::new();
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |path: PathBuf, format: FileFormat, files: &mut Vec<(PathBuf, FileFormat)>| {
        let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.insert(key) {
            files.push((path, format));
        }
    };
    for input in inputs {
        let Input::Path(path) = input else { continue };
        let shown = display_path(path);
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(err) => {
                problems.push(unreadable(
                    &shown,
                    format!("cannot read `{shown}`: {err}"),
                    &format!("{:?}", err.kind()),
                ));
                continue;
            }
        };
        if meta.is_file() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            add(
                path.clone(),
                FileFormat::from_name(&name).unwrap_or(FileFormat::Text),
                &mut files,
            );
            continue;
        }
        if !meta.is_dir() {
            problems.push(unreadable(
                &shown,
                format!("cannot read `{shown}`: not a regular file or directory (a FIFO, socket or device); skipped"),
                "special file",
            ));
            continue;
        }
        // Links are followed so that linked documents are checked; the walker
        // reports loops and dangling links as errors, which become findings.
        let walker = ignore::WalkBuilder::new(path)
            .follow_links(true)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    let Some(file_type) = entry.file_type() else {
                        continue;
                    };
                    if !file_type.is_file() {
                        continue;
                    }
                    let name = entry.file_name().to_string_lossy();
                    if let Some(format) = FileFormat::from_name(&name) {
                        add(entry.into_path(), format, &mut files);
                    }
                }
                Err(err) => {
                    let at = walk_error_path(&err).map_or_else(|| shown.clone(), |p| display_path(&p));
                    let reason = walk_error_message(&err);
                    problems.push(unreadable(&at, format!("cannot read `{at}`: {reason}"), &reason));
                }
            }
        }
    }
    (files, problems)
}

fn walk_error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}

fn walk_error_message(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => walk_error_message(err),
        ignore::Error::Loop { ancestor, .. } => {
            format!("directory loop back to `{}`", display_path(ancestor))
        }
        // The walker's I/O errors repeat the path; the operating system's reason is enough.
        ignore::Error::Io(io) => io
            .get_ref()
            .and_then(std::error::Error::source)
            .map_or_else(|| io.to_string(), ToString::to_string),
        other => other.to_string(),
    }
}

/// Read one file into units: one for a text file, one a line for JSONL.
pub fn read_file(path: &Path, format: FileFormat) -> Vec<Unit> {
    let mut units = Vec::new();
    stream_file(path, format, &mut |unit| units.push(unit));
    units
}

/// The bytes of a text file as one unit, or the finding that it cannot be read.
fn read_text(path: &Path) -> Unit {
    let shown = display_path(path);
    match std::fs::read(path) {
        Ok(bytes) => Unit::Text {
            doc: DocRef::file(shown),
            bytes,
        },
        Err(err) => unreadable(
            &shown,
            format!("cannot read `{shown}`: {err}"),
            &format!("{:?}", err.kind()),
        ),
    }
}

/// Read one file and hand its units to `sink` as they are read: a text file
/// is one unit; a JSONL file gives one unit a line, so that a large dataset
/// is never held in memory whole. What cannot be read becomes a finding, and
/// the units read before an error are still handed on.
pub fn stream_file(path: &Path, format: FileFormat, sink: &mut dyn FnMut(Unit)) {
    stream_file_lines(path, format, &|_| true, sink);
}

/// [`stream_file`], handing on of a JSONL file only the lines whose
/// number `wanted` accepts (the others are counted, not copied); a text
/// file is handed on whole.
pub fn stream_file_lines(
    path: &Path,
    format: FileFormat,
    wanted: &dyn Fn(usize) -> bool,
    sink: &mut dyn FnMut(Unit),
) {
    let shown = display_path(path);
    if format == FileFormat::Text {
        sink(read_text(path));
        return;
    }
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(err) => {
            sink(unreadable(
                &shown,
                format!("cannot read `{shown}`: {err}"),
                &format!("{:?}", err.kind()),
            ));
            return;
        }
    };
    let reader: Box<dyn Read> = if format == FileFormat::JsonlGz {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
    let mut offset = 0;
    let mut line_no = 0;
    let mut raw = Vec::new();
    loop {
        raw.clear();
        match std::io::BufRead::read_until(&mut reader, b'\n', &mut raw) {
            Ok(0) => break,
            Ok(n) => {
                line_no += 1;
                let mut line: &[u8] = &raw;
                line = line.strip_suffix(b"\n").unwrap_or(line);
                line = line.strip_suffix(b"\r").unwrap_or(line);
                if wanted(line_no) && !line.iter().all(u8::is_ascii_whitespace) {
                    sink(Unit::JsonLine {
                        path: shown.clone(),
                        line: line_no,
                        offset,
                        bytes: line.to_vec(),
                    });
                }
                offset += n;
            }
            Err(err) => {
                let partial = std::mem::take(&mut raw);
                let read = offset + partial.len();
                if !partial.is_empty() {
                    sink(Unit::JsonLine {
                        path: shown.clone(),
                        line: line_no + 1,
                        offset,
                        bytes: partial,
                    });
                }
                sink(unreadable(
                    &shown,
                    format!(
                        "cannot read all of `{shown}`: {err}; the {read} bytes before the error are checked"
                    ),
                    &format!("incomplete: {err}"),
                ));
                break;
            }
        }
    }
}

/// Read documents that carry their own place, one JSON object a line:
///
/// - `{"path": "news/2021.jsonl", "line": 12, "record": ...}` is the record
///   on line 12 of that JSONL file; `record` is the line's text as a string,
///   or the record itself as an object;
/// - `{"path": "news/a.txt", "text": "..."}` is a whole text file.
///
/// A line that is none of these becomes a V001 finding naming `-` and its
/// line, and reading goes on.
pub fn stream_located(reader: impl Read, sink: &mut dyn FnMut(Unit)) {
    use std::io::BufRead;
    for (k, line) in std::io::BufReader::new(reader).split(b'\n').enumerate() {
        let line_no = k + 1;
        let bytes = match line {
            Ok(bytes) => bytes,
            Err(err) => {
                sink(unreadable(
                    "-",
                    format!("cannot read standard input after line {}: {err}", line_no - 1),
                    &format!("{:?}", err.kind()),
                ));
                return;
            }
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match located_unit(&bytes) {
            Ok(unit) => sink(unit),
            Err(why) => {
                let text = String::from_utf8_lossy(&bytes);
                sink(Unit::Problem(Box::new(line_problem(
                    UnreadableInput::INFO,
                    "-",
                    line_no,
                    text.trim_end_matches('\r'),
                    format!("line {line_no} of standard input is not a located document: {why}"),
                ))));
            }
        }
    }
}

fn located_unit(bytes: &[u8]) -> Result<Unit, String> {
    use serde_json::Value;
    let Value::Object(mut object) = serde_json::from_slice(bytes).map_err(|e| e.to_string())? else {
        return Err("expected a JSON object".to_string());
    };
    let path = match object.remove("path") {
        Some(Value::String(path)) if !path.is_empty() => path,
        _ => return Err("`path` (a non-empty string) is missing".to_string()),
    };
    // Taken out of the object rather than copied: a partition piped in
    // holds every document's text once already.
    match (object.remove("record"), object.remove("text")) {
        (Some(record), None) => {
            let line = object
                .get("line")
                .and_then(Value::as_u64)
                .filter(|&l| l > 0)
                .ok_or("a record needs `line`, its 1-based line number")?;
            let bytes = match record {
                Value::String(raw) => raw.into_bytes(),
                other => other.to_string().into_bytes(),
            };
            let offset = object.get("offset").and_then(Value::as_u64).unwrap_or(0);
            Ok(Unit::JsonLine {
                path,
                line: line as usize,
                offset: offset as usize,
                bytes,
            })
        }
        (None, Some(Value::String(text))) => Ok(Unit::Text {
            doc: DocRef::file(path),
            bytes: text.into_bytes(),
        }),
        (None, Some(_)) => Err("`text` must be a string".to_string()),
        (Some(_), Some(_)) => Err("give `record` or `text`, not both".to_string()),
        (None, None) => Err("expected `record` (with `line`) or `text`".to_string()),
    }
}

/// Read standard input as one text document named `-`.
pub fn read_stdin(mut reader: impl Read) -> Unit {
    let mut bytes = Vec::new();
    match reader.read_to_end(&mut bytes) {
        Ok(_) => Unit::Text {
            doc: DocRef::file("-"),
            bytes,
        },
        Err(err) => unreadable(
            "-",
            format!("cannot read standard input: {err}"),
            &format!("{:?}", err.kind()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn located_documents_keep_their_place() {
        let input = concat!(
            "{\"path\": \"a.jsonl\", \"line\": 7, \"record\": \"{\\\"text\\\": \\\"x\\\"}\"}\n",
            "\n",
            "{\"path\": \"a.jsonl\", \"line\": 9, \"record\": {\"text\": \"y\"}}\n",
            "{\"path\": \"b.txt\", \"text\": \"Title\\n\\nBody.\"}\n",
            "{\"path\": \"c.txt\"}\n",
            "not json\n",
        );
        let mut units = Vec::new();
        stream_located(input.as_bytes(), &mut |u| units.push(u));
        assert_eq!(units.len(), 5);
        match &units[0] {
            Unit::JsonLine {
                path, line, bytes, ..
            } => {
                assert_eq!((path.as_str(), *line), ("a.jsonl", 7));
                assert_eq!(bytes, b"{\"text\": \"x\"}");
            }
            _ => panic!("expected a record"),
        }
        match &units[1] {
            Unit::JsonLine { line, bytes, .. } => {
                assert_eq!(*line, 9);
                assert_eq!(bytes, b"{\"text\":\"y\"}");
            }
            _ => panic!("expected a record"),
        }
        match &units[2] {
            Unit::Text { doc, bytes } => {
                assert_eq!(doc.path, "b.txt");
                assert_eq!(bytes, b"Title\n\nBody.");
            }
            _ => panic!("expected a text"),
        }
        for (unit, line, why) in [
            (&units[3], 5, "expected `record`"),
            (&units[4], 6, "not a located document"),
        ] {
            match unit {
                Unit::Problem(d) => {
                    assert_eq!(d.location.doc.line, Some(line), "{}", d.message);
                    assert!(d.message.contains(why), "{}", d.message);
                }
                _ => panic!("expected a problem"),
            }
        }
    }

    #[test]
    fn formats_by_name() {
        assert_eq!(FileFormat::from_name("a.JSONL.gz"), Some(FileFormat::JsonlGz));
        assert_eq!(FileFormat::from_name("a.ndjson"), Some(FileFormat::Jsonl));
        assert_eq!(FileFormat::from_name("a.md"), Some(FileFormat::Text));
        assert_eq!(FileFormat::from_name("a.json"), None);
    }

    #[test]
    fn display_paths_are_tidy() {
        assert_eq!(display_path(Path::new("./corpus/a.txt")), "corpus/a.txt");
        assert_eq!(display_path(Path::new(".")), ".");
    }

    #[test]
    fn jsonl_lines_keep_numbers_and_offsets() {
        let path = std::env::temp_dir().join(format!("presslint-input-{}.jsonl", std::process::id()));
        std::fs::write(&path, b"{\"a\":1}\r\n\n  \n{\"b\":2}").unwrap();
        let units = read_file(&path, FileFormat::Jsonl);
        let _ = std::fs::remove_file(&path);
        let lines: Vec<(usize, usize)> = units
            .iter()
            .map(|u| match u {
                Unit::JsonLine { line, offset, .. } => (*line, *offset),
                _ => panic!("expected lines"),
            })
            .collect();
        assert_eq!(lines, [(1, 0), (4, 13)]);
    }
}
