use std::collections::BTreeMap;
use std::io::{self, Write};

use presslint_core::{Diagnostic, Location};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::engine::Report;

/// Version of the JSON output contract; bumped on any breaking change.
pub const JSON_FORMAT_VERSION: u32 = 1;

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &report.diagnostics {
        *by_code.entry(d.code.as_str()).or_insert(0) += 1;
    }
    // Written a batch of findings at a time, in the layout
    // `to_writer_pretty` gives the whole report: a report of a million
    // documents can hold a hundred thousand findings, and their text all at
    // once would outweigh the run. The findings of a batch are formatted
    // side by side, while the batch before them is written.
    writeln!(out, "{{\n  \"version\": {JSON_FORMAT_VERSION},")?;
    if report.diagnostics.is_empty() {
        writeln!(out, "  \"diagnostics\": [],")?;
    } else {
        writeln!(out, "  \"diagnostics\": [")?;
        let last = report.diagnostics.last();
        let format = |batch: &[Diagnostic]| -> Vec<io::Result<Vec<u8>>> {
            batch
                .par_chunks(BATCH / 16)
                .map(|part| {
                    let mut text = Vec::new();
                    for d in part {
                        text.extend_from_slice(b"    ");
                        let mut writer = serde_json::Serializer::with_formatter(&mut text, Nested::at(2));
                        diagnostic(d).serialize(&mut writer)?;
                        let is_last = last.is_some_and(|l| std::ptr::eq(l, d));
                        text.extend_from_slice(if is_last { b"\n" } else { b",\n" });
                    }
                    Ok(text)
                })
                .collect()
        };
        let mut batches = report.diagnostics.chunks(BATCH);
        let mut ready = batches.next().map(format);
        while let Some(texts) = ready.take() {
            let next = batches.next();
            // The writer need not be `Send`: it stays on this thread, and
            // only the formatting goes to the pool.
            let written = rayon::in_place_scope(|scope| {
                if let Some(next) = next {
                    scope.spawn(|_| ready = Some(format(next)));
                }
                texts.into_iter().try_for_each(|text| out.write_all(&text?))
            });
            written?;
        }
        writeln!(out, "  ],")?;
    }
    let summary = json!({
        "documents": report.documents,
        "diagnostics": report.diagnostics.len(),
        "baselined": report.baselined,
        "by_code": by_code,
    });
    // A value at the report's second level: its first line follows the key.
    write!(out, "  \"summary\": ")?;
    summary.serialize(&mut serde_json::Serializer::with_formatter(
        &mut *out,
        Nested::at(1),
    ))?;
    writeln!(out, "\n}}")
}

/// Findings formatted before being written.
const BATCH: usize = 16_384;

/// The layout of `serde_json`'s pretty printer (two spaces a level) for a
/// value that sits `depth` levels deep in the report: a finding is written
/// straight into its place, its lines indented as they are written rather
/// than in a second pass over them.
struct Nested {
    depth: usize,
    /// Whether the innermost array or object open has a value yet.
    has_value: bool,
}

impl Nested {
    fn at(depth: usize) -> Self {
        Nested {
            depth,
            has_value: false,
        }
    }

    fn indent<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        const SPACES: &[u8] = b"                                ";
        let mut left = 2 * self.depth;
        while left > 0 {
            let now = left.min(SPACES.len());
            out.write_all(&SPACES[..now])?;
            left -= now;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        // An empty array or object closes on the line it opened.
        if self.has_value {
            out.write_all(b"\n")?;
            self.indent(out)?;
        }
        out.write_all(bracket)
    }

    fn next_line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(out)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.next_line(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.next_line(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// A finding as the JSON report shows it; the fields serialise in this order.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    location: JsonLocation<'a>,
    related: Vec<JsonRelated<'a>>,
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    location: JsonLocation<'a>,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    message: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    byte_range: [usize; 2],
    replacement: &'a str,
}

#[derive(Serialize)]
struct JsonLocation<'a> {
    path: &'a str,
    id: Option<&'a str>,
    record_line: Option<usize>,
    start: JsonPosition,
    end: JsonPosition,
    byte_range: [usize; 2],
}

#[derive(Serialize)]
struct JsonPosition {
    line: usize,
    column: usize,
}

fn diagnostic(d: &Diagnostic) -> JsonDiagnostic<'_> {
    JsonDiagnostic {
        code: d.code.as_str(),
        rule: &d.rule,
        severity: d.severity.as_str(),
        message: &d.message,
        location: location(&d.location),
        related: d
            .related
            .iter()
            .map(|r| JsonRelated {
                location: location(&r.location),
                message: &r.message,
            })
            .collect(),
        fix: d.fix.as_ref().map(|fix| JsonFix {
            message: &fix.message,
            edits: fix
                .edits
                .iter()
                .map(|e| JsonEdit {
                    byte_range: [e.span.start, e.span.end],
                    replacement: &e.replacement,
                })
                .collect(),
        }),
    }
}

fn location(l: &Location) -> JsonLocation<'_> {
    JsonLocation {
        path: &l.doc.path,
        id: l.doc.id.as_deref(),
        record_line: l.doc.line,
        start: JsonPosition {
            line: l.start.line,
            column: l.start.column,
        },
        end: JsonPosition {
            line: l.end.line,
            column: l.end.column,
        },
        byte_range: [l.span.start, l.span.end],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Linter;
    use presslint_core::{DocRef, Metadata};

    /// The report as one value, the layout the streamed output must keep.
    fn whole(report: &Report) -> String {
        let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &report.diagnostics {
            *by_code.entry(d.code.as_str()).or_insert(0) += 1;
        }
        let value = json!({
            "version": JSON_FORMAT_VERSION,
            "diagnostics": report.diagnostics.iter().map(|d| serde_json::to_value(diagnostic(d)).unwrap()).collect::<Vec<_>>(),
            "summary": {
                "documents": report.documents,
                "diagnostics": report.diagnostics.len(),
                "baselined": report.baselined,
                "by_code": by_code,
            },
        });
        serde_json::to_string_pretty(&value).unwrap() + "\n"
    }

    #[test]
    fn nested_layout_is_the_pretty_printers_shifted_right() {
        let values = [
            json!({"a": [], "b": {}, "c": [1, {"d": [], "e": [[], [2]]}], "f": "x\ny", "g": null}),
            json!([]),
            json!({}),
            json!([[[]], {}]),
            json!(3),
        ];
        for value in values {
            let pretty = serde_json::to_string_pretty(&value).unwrap();
            let expected: Vec<String> = pretty.lines().map(|line| format!("    {line}")).collect();
            let mut text = b"    ".to_vec();
            value
                .serialize(&mut serde_json::Serializer::with_formatter(
                    &mut text,
                    Nested::at(2),
                ))
                .unwrap();
            assert_eq!(String::from_utf8(text).unwrap(), expected.join("\n"));
        }
    }

    #[test]
    fn streamed_output_is_the_pretty_printed_report() {
        let linter = Linter::builder().build().unwrap();
        for text in [
            "Port opens\n\nThe port opened a terminal on Monday after two years of building work.",
            "Port news\nBERLIN, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.\n\u{200b}",
        ] {
            let report = linter.check_documents(vec![(
                DocRef::file("a.txt"),
                Metadata::default(),
                text.to_string(),
            )]);
            let mut out = Vec::new();
            render(&report, &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), whole(&report));
        }
    }

    #[test]
    fn a_linter_without_snippets_gives_the_same_report() {
        let documents = || {
            vec![
                (
                    DocRef::file("a.txt"),
                    Metadata::default(),
                    "Port news\nBERLIN, March 3, 2021 /EINPresswire.com/ -- The port opened its new terminal on Monday after two years.\n".to_string(),
                ),
                (
                    DocRef::file("b.txt"),
                    Metadata::default(),
                    "Port news\nThe port opened its new terminal on Monday after two years.\n".to_string(),
                ),
            ]
        };
        let with = Linter::builder().build().unwrap().check_documents(documents());
        let without = Linter::builder()
            .snippets(false)
            .build()
            .unwrap()
            .check_documents(documents());
        assert!(with.diagnostics.iter().any(|d| d.location.snippet.is_some()));
        assert!(without.diagnostics.iter().all(|d| d.location.snippet.is_none()));
        assert!(
            without
                .diagnostics
                .iter()
                .any(|d| d.code.as_str().starts_with('D'))
        );
        let (mut a, mut b) = (Vec::new(), Vec::new());
        render(&with, &mut a).unwrap();
        render(&without, &mut b).unwrap();
        assert_eq!(String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
    }

    #[test]
    fn findings_over_several_batches_keep_their_order_and_commas() {
        let linter = Linter::builder().build().unwrap();
        let mut report = linter.check_documents(vec![(
            DocRef::file("a.txt"),
            Metadata::default(),
            "Port news\nBERLIN, March 3, 2021 /EINPresswire.com/ -- The port opened.\n\u{200b}".to_string(),
        )]);
        let first = report.diagnostics[0].clone();
        report.diagnostics = (0..BATCH * 2 + 7)
            .map(|k| {
                let mut d = first.clone();
                d.message = format!("finding {k}");
                d
            })
            .collect();
        let mut out = Vec::new();
        render(&report, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), whole(&report));
    }
}
