use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Patch, Renderer, Snippet};
use presslint_core::{Diagnostic, Location, Severity};

use crate::engine::Report;

/// Longest snippet shown with its fix applied; a longer one would print the
/// whole paragraph twice, so only the fix's message is shown.
const PATCH_SNIPPET_MAX: usize = 160;

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// The span of `location` relative to its snippet, clamped to the snippet.
fn relative_span(location: &Location, snippet_len: usize, offset: usize) -> std::ops::Range<usize> {
    let start = location.span.start.saturating_sub(offset).min(snippet_len);
    let end = location.span.end.saturating_sub(offset).clamp(start, snippet_len);
    start..end
}

fn path_label(location: &Location) -> String {
    location.doc.to_string()
}

pub fn render(report: &Report, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for d in &report.diagnostics {
        writeln!(out, "{}\n", renderer.render(&groups(d)))?;
    }
    Ok(())
}

fn groups(d: &Diagnostic) -> Vec<Group<'_>> {
    let title = level(d.severity)
        .primary_title(d.message.as_str())
        .id(d.code.as_str());
    let mut group = Group::with_title(title);
    group = match &d.location.snippet {
        Some(snippet) => {
            let span = relative_span(&d.location, snippet.text.len(), snippet.offset);
            group.element(
                Snippet::source(snippet.text.as_str())
                    .line_start(snippet.line_start)
                    .path(path_label(&d.location))
                    .fold(true)
                    .annotation(AnnotationKind::Primary.span(span)),
            )
        }
        None => group.element(
            Origin::path(path_label(&d.location))
                .line(d.location.start.line)
                .char_column(d.location.start.column),
        ),
    };
    for related in &d.related {
        group = match &related.location.snippet {
            Some(snippet) => {
                let span = relative_span(&related.location, snippet.text.len(), snippet.offset);
                group.element(
                    Snippet::source(snippet.text.as_str())
                        .line_start(snippet.line_start)
                        .path(path_label(&related.location))
                        .fold(true)
                        .annotation(AnnotationKind::Context.span(span).label(related.message.as_str())),
                )
            }
            None => group.element(Level::NOTE.message(format!(
                "{}: {}",
                super::location_label(&related.location),
                related.message
            ))),
        };
    }
    let mut report = vec![group];
    let short = |s: &&presslint_core::Snippet| s.text.len() <= PATCH_SNIPPET_MAX;
    if let (Some(fix), Some(snippet)) = (&d.fix, d.location.snippet.as_ref().filter(short)) {
        let patches = fix.edits.iter().filter_map(|edit| {
            let start = edit.span.start.checked_sub(snippet.offset)?;
            let end = edit.span.end.checked_sub(snippet.offset)?;
            (end <= snippet.text.len()).then(|| Patch::new(start..end, edit.replacement.as_str()))
        });
        report.push(
            Group::with_title(Level::HELP.secondary_title(fix.message.as_str())).element(
                Snippet::source(snippet.text.as_str())
                    .line_start(snippet.line_start)
                    .path(path_label(&d.location))
                    .patches(patches),
            ),
        );
    } else if let Some(fix) = &d.fix {
        report.push(Group::with_title(
            Level::HELP.secondary_title(fix.message.as_str()),
        ));
    }
    report
}
