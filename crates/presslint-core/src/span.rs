use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a document's original text.
///
/// A span built by presslint always lies inside its text and on character
/// boundaries; [`Span::is_valid_for`] checks that for any text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted range is collapsed to `start..start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes (0 for an inverted range).
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text the span covers, or `""` when it does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the span lies inside `text` with both ends on character boundaries.
    pub fn is_valid_for(&self, text: &str) -> bool {
        self.start <= self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }

    /// The same span moved `offset` bytes to the right.
    pub fn shifted(&self, offset: usize) -> Self {
        Span::new(self.start + offset, self.end + offset)
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(range: std::ops::Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

/// A display position: 1-based line, 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LineCol {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column in characters, starting at 1.
    pub column: usize,
}

/// Byte offsets of line starts, for turning offsets into lines and columns.
///
/// A line ends at `\n`; a `\r` before it belongs to the line's terminator, and
/// a lone `\r` also ends a line, so old Mac files number their lines correctly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // Line breaks are found many bytes at a time; a `\r` followed by
        // `\n` ends its line at the `\n`.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// Number of lines (a text without a line break has one).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based index of the line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Byte offset where the 0-based line `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line.min(self.starts.len() - 1)]
    }

    /// The span of the 0-based line `line`, without its terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.line_start(line);
        let mut end = self.starts.get(line + 1).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        if end > start && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// The display position of byte `offset` in `text` (clamped to the text).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = text[start..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_all_line_endings() {
        let text = "a\r\nbé c\rd\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        // "c" comes after a two-byte character: column 4, byte 7.
        assert_eq!(index.line_col(text, 7), LineCol { line: 2, column: 4 });
        assert_eq!(index.line_col(text, 9), LineCol { line: 3, column: 1 });
        assert_eq!(index.line_span(text, 0).slice(text), "a");
        assert_eq!(index.line_span(text, 1).slice(text), "bé c");
        assert_eq!(index.line_span(text, 3).slice(text), "");
    }

    #[test]
    fn line_starts_are_those_of_a_byte_by_byte_walk() {
        // Every text of up to seven characters of `a`, `\r` and `\n`.
        let mut texts = vec![String::new()];
        for _ in 0..7 {
            let longest = texts.last().map_or(0, String::len);
            let longer: Vec<String> = texts
                .iter()
                .filter(|t| t.len() == longest)
                .flat_map(|t| ['a', '\r', '\n'].map(|c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        for text in &texts {
            let bytes = text.as_bytes();
            let mut starts = vec![0];
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    starts.push(i + 1);
                }
            }
            assert_eq!(LineIndex::new(text).starts, starts, "{text:?}");
        }
    }

    #[test]
    fn offsets_inside_a_character_snap_back() {
        let text = "é";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 1), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(text, 99), LineCol { line: 1, column: 2 });
    }

    #[test]
    fn spans_check_their_text() {
        assert!(Span::new(0, 2).is_valid_for("é"));
        assert!(!Span::new(0, 1).is_valid_for("é"));
        assert!(!Span::new(0, 3).is_valid_for("é"));
        assert_eq!(Span::new(5, 2), Span::new(5, 5));
        assert!(Span::new(0, 4).overlaps(Span::new(3, 9)));
        assert!(!Span::new(0, 3).overlaps(Span::new(3, 9)));
    }
}
