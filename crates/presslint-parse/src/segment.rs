//! Segmentation of a text into line blocks with their roles.

use presslint_core::{Block, BlockKind, BoilerplateKind, BoilerplateSpan, DateMention, Span};

/// Longest line taken for a headline, in characters.
const HEADLINE_MAX: usize = 200;
/// Longest line taken for a subheading, in characters.
const SUBHEADING_MAX: usize = 80;

/// Split `text` into one block per non-blank line and give each its role.
///
/// A line that residue covers entirely is a boilerplate block (a dateline or
/// byline block when that is the residue); a line that is only a date is a
/// dateline; list items and table rows are recognised by their markers and
/// cells; the first other line is the headline when it is short and does not
/// end like a sentence; short unpunctuated lines are subheadings; the rest
/// are paragraphs, the first of them the lede.
pub fn segment(text: &str, boilerplate: &[BoilerplateSpan], dates: &[DateMention]) -> Vec<Block> {
    let mut residue = Coverage::new(boilerplate.iter().map(|b| (b.span, Some(b.kind))));
    let mut date_spans = Coverage::new(dates.iter().map(|d| (d.span, None)));
    let mut blocks = Vec::new();
    let mut seen_content = false;
    let mut seen_paragraph = false;
    for span in line_spans(text) {
        let line = span.slice(text);
        let kind = if residue.covers(span) {
            match residue.dominant_kind(span) {
                Some(BoilerplateKind::WireDateline) => BlockKind::Dateline,
                Some(BoilerplateKind::Byline) => BlockKind::Byline,
                _ => BlockKind::Boilerplate,
            }
        } else if date_spans.covers(span) {
            BlockKind::Dateline
        } else if is_list_item(line) {
            BlockKind::ListItem
        } else if is_table_row(line) {
            BlockKind::TableRow
        } else if !seen_content && line.chars().count() <= HEADLINE_MAX && !ends_like_sentence(line) {
            BlockKind::Headline
        } else if line.chars().count() <= SUBHEADING_MAX
            && !ends_like_sentence(line)
            && !line.ends_with([',', ';', ':'])
        {
            BlockKind::Subheading
        } else if seen_paragraph {
            BlockKind::Paragraph
        } else {
            seen_paragraph = true;
            BlockKind::Lede
        };
        if !matches!(
            kind,
            BlockKind::Boilerplate | BlockKind::Dateline | BlockKind::Byline
        ) {
            seen_content = true;
        }
        blocks.push(Block { kind, span });
    }
    blocks
}

/// The spans of non-blank lines, trimmed of surrounding white space.
pub fn line_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < text.len() {
            let rest = &text[pos..];
            // Both breaks are ASCII: found many bytes at a time.
            let len = memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
            let line = &rest[..len];
            let start = pos;
            pos += len + usize::from(len < rest.len());
            let trimmed = line.trim_start();
            if trimmed.trim_end().is_empty() {
                continue;
            }
            let s = start + (line.len() - trimmed.len());
            return Some(Span::new(s, s + trimmed.trim_end().len()));
        }
        None
    })
}

/// `- item`, `* item`, `• item`, `1. item`, `2) item`, `a) item`.
fn is_list_item(line: &str) -> bool {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("• ") || line.starts_with("· ")
    {
        return true;
    }
    let marker = &line[..line.bytes().take_while(u8::is_ascii_alphanumeric).count()];
    let rest = &line[marker.len()..];
    let numbered = !marker.is_empty()
        && marker.len() <= 2
        && (marker.chars().all(|c| c.is_ascii_digit()) || marker.len() == 1);
    numbered && (rest.starts_with(". ") || rest.starts_with(") "))
}

/// Cells separated by tabs, runs of two or more spaces, or bars, with a figure among them.
fn is_table_row(line: &str) -> bool {
    // The cheap tests first: most lines are sentences.
    if line.ends_with(['.', '!', '?']) || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let cells = line
        .split(['\t', '|'])
        .flat_map(|part| part.split("  "))
        .filter(|c| !c.trim().is_empty())
        .count();
    cells >= 3
}

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?', '。'])
}

/// Sorted spans, asked in text order whether they cover a line: each span is
/// passed over once, so segmentation stays linear however many there are.
struct Coverage {
    spans: Vec<(Span, Option<BoilerplateKind>)>,
    next: usize,
}

impl Coverage {
    fn new(spans: impl Iterator<Item = (Span, Option<BoilerplateKind>)>) -> Self {
        let mut spans: Vec<(Span, Option<BoilerplateKind>)> = spans.collect();
        spans.sort_by_key(|(s, _)| *s);
        Coverage { spans, next: 0 }
    }

    /// Skip the spans that end before `line`; lines must be asked in order.
    fn advance(&mut self, line: Span) {
        while self.next < self.spans.len() && self.spans[self.next].0.end <= line.start {
            self.next += 1;
        }
    }

    /// Whether the spans cover every byte of `line`.
    fn covers(&mut self, line: Span) -> bool {
        self.advance(line);
        let mut reached = line.start;
        for (s, _) in &self.spans[self.next..] {
            if s.start > reached || reached >= line.end {
                break;
            }
            reached = reached.max(s.end);
        }
        reached >= line.end
    }

    /// The kind of the span that covers most of `line`.
    fn dominant_kind(&mut self, line: Span) -> Option<BoilerplateKind> {
        self.advance(line);
        self.spans[self.next..]
            .iter()
            .take_while(|(s, _)| s.start < line.end)
            .filter(|(s, _)| s.overlaps(line))
            .max_by_key(|(s, _)| s.end.min(line.end) - s.start.max(line.start))
            .and_then(|(_, kind)| *kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_tables() {
        let text = "Results\n\n- first point\n2. second point\nREGION   Q1   Q2\nAsia\t12\t15\n";
        let kinds: Vec<BlockKind> = segment(text, &[], &[]).into_iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Headline,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::TableRow,
                BlockKind::TableRow
            ]
        );
    }

    #[test]
    fn roles_of_lines() {
        let text = "Port Opens New Terminal\r\n\r\nThe port opened a terminal on Monday.\nFaster Ships\nShips will dock faster.\n";
        let kinds: Vec<(BlockKind, &str)> = segment(text, &[], &[])
            .into_iter()
            .map(|b| (b.kind, b.span.slice(text)))
            .collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Headline, "Port Opens New Terminal"),
                (BlockKind::Lede, "The port opened a terminal on Monday."),
                (BlockKind::Subheading, "Faster Ships"),
                (BlockKind::Paragraph, "Ships will dock faster."),
            ]
        );
    }
}
