use presslint_core::Span;

use crate::rule::{DocContext, declare_rule};
use crate::textutil::prose_blocks;

declare_rule! {
    /// Brackets and curly double quotes that do not pair up within a paragraph.
    ///
    /// ## What it finds
    /// A `(`, `[` or `“` that is never closed in its paragraph, or a `)`, `]`
    /// or `”` that was never opened. A quotation mark that opens a paragraph or
    /// a sentence may stay open: that is how a quotation running over several
    /// paragraphs is written, and paragraphs are often merged on extraction.
    /// For the same reason straight `"` marks are not counted: their direction
    /// is unknown, so an odd number proves nothing. List markers (`1)`, `a)`)
    /// and emoticons (`:-)`, `;(`) are not counted either.
    ///
    /// ## Why it matters
    /// An unpaired delimiter usually means text was cut: a quotation lost its
    /// end, a parenthesis its content, when the article was extracted.
    ///
    /// ## Example
    /// ```text
    /// The company (which was founded in 1998 said profits rose.
    ///             ^ `(` is never closed in this paragraph
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct UnbalancedDelimiters {
        code: "V205",
        name: "unbalanced-delimiters",
        family: Validation,
        severity: Info,
    }
}

/// The first unbalanced delimiter of a paragraph, if any.
fn unbalanced(paragraph: &str) -> Option<(usize, char, &'static str)> {
    if !may_have_delimiter(paragraph) {
        return None;
    }
    let mut stack: Vec<(usize, char)> = Vec::new();
    // Only the six delimiters matter: the ASCII ones by their byte, the
    // curly quotes (U+201C, U+201D) by their first byte, 0xE2, then decoded.
    let delimiters = paragraph.bytes().enumerate().filter_map(|(i, b)| match b {
        b'(' | b')' | b'[' | b']' => Some((i, char::from(b))),
        0xE2 => paragraph[i..]
            .chars()
            .next()
            .filter(|c| matches!(c, '“' | '”'))
            .map(|c| (i, c)),
        _ => None,
    });
    for (i, c) in delimiters {
        if c == '(' && is_emoticon(&paragraph[..i]) {
            continue;
        }
        match c {
            '(' | '[' | '“' => stack.push((i, c)),
            ')' | ']' | '”' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '“',
                };
                if let Some(pos) = stack.iter().rposition(|&(_, o)| o == open) {
                    stack.truncate(pos);
                } else if c == ')' && (is_emoticon(&paragraph[..i]) || is_list_marker(paragraph, i)) {
                    // `:-)` or `1)`: nothing was opened, nothing is missing.
                } else if c != '”' {
                    return Some((i, c, "was never opened"));
                }
                // A `”` without its `“` closes a quotation opened in an earlier paragraph.
            }
            _ => {}
        }
    }
    stack
        .iter()
        .find(|&&(i, c)| !(c == '“' && opens_sentence(&paragraph[..i])))
        .map(|&(i, c)| (i, c, "is never closed"))
}

/// Whether a paragraph has a byte a delimiter is made of: a bracket, or
/// 0xE2, which starts the curly quotes. Most paragraphs have none, and a
/// pass without a branch says so before any is looked at.
fn may_have_delimiter(paragraph: &str) -> bool {
    paragraph.bytes().fold(false, |seen, b| {
        seen | matches!(b, b'(' | b')' | b'[' | b']' | 0xE2)
    })
}

/// Whether text ending here ends an emoticon's eyes (`:`, `;`, `:-`, `&lt;`).
fn is_emoticon(before: &str) -> bool {
    let b = before.trim_end_matches(['-', '\'', 'o']);
    b.len() < before.len() && b.ends_with([':', ';', '=']) || before.ends_with([':', ';', '='])
}

/// A `)` after a single letter or number that starts a word: `1)`, `a)`.
fn is_list_marker(paragraph: &str, i: usize) -> bool {
    let word: String = paragraph[..i]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let start = i - word.len();
    (1..=2).contains(&word.chars().count())
        && (word.chars().all(|c| c.is_ascii_digit()) || word.chars().count() == 1)
        && paragraph[..start]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
}

/// Whether a quotation mark here starts a paragraph or a sentence.
fn opens_sentence(before: &str) -> bool {
    let b = before.trim_end();
    b.is_empty() || b.ends_with(['.', '!', '?', ':'])
}

/// Report the first unbalanced delimiter of each paragraph.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let found: Vec<_> = prose_blocks(ctx.doc)
        .filter_map(|block| {
            let (offset, c, what) = unbalanced(block.slice(text))?;
            let start = block.start + offset;
            Some((Span::new(start, start + c.len_utf8()), c, what))
        })
        .collect();
    for (span, c, what) in found {
        ctx.report(span, format!("`{c}` {what} in this paragraph"));
    }
}

#[cfg(test)]
mod tests {
    use super::{may_have_delimiter, unbalanced};

    #[test]
    fn paragraphs_without_delimiter_bytes_are_balanced() {
        for text in [
            "no delimiters here.",
            "He said “no and left",
            "a ] b",
            "x ( y",
            "em—dash … ellipsis",
        ] {
            assert!(may_have_delimiter(text) || unbalanced(text).is_none(), "{text:?}");
        }
        assert!(unbalanced("He said “no and left").is_some());
    }

    #[test]
    fn pairs_and_conventions() {
        assert_eq!(unbalanced("A (b) [c] “d” \"e\"."), None);
        assert_eq!(unbalanced("“Multi-paragraph quotes stay open."), None);
        assert_eq!(unbalanced("He spoke. “Merged paragraphs too."), None);
        assert_eq!(unbalanced("\"Straight quotes are not counted."), None);
        assert_eq!(unbalanced("1) first item, 2) second, a) third"), None);
        assert_eq!(unbalanced("Showing my age :-) and sad ;( or :("), None);
        assert_eq!(
            unbalanced("The firm (founded 1998 said"),
            Some((9, '(', "is never closed"))
        );
        assert_eq!(unbalanced("He said) no"), Some((7, ')', "was never opened")));
        assert_eq!(
            unbalanced("in 3:48.82). Next"),
            Some((10, ')', "was never opened"))
        );
        assert_eq!(unbalanced("Traore (Biscan 67), Riise (Kewell 8)"), None);
        assert_eq!(
            unbalanced("He said “no and left"),
            Some((8, '“', "is never closed"))
        );
    }
}
