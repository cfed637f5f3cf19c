//! Sentence splitting for English news prose.

use presslint_core::{Block, BlockKind, Span};

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "inc", "ltd", "co", "corp", "plc", "no", "vs", "etc",
    "gov", "gen", "col", "lt", "sgt", "rep", "sen", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "dept", "est", "fig", "mt", "ft",
];

/// The sentences of one paragraph, as spans of `text` offset by `base`.
pub fn split_paragraph(text: &str, base: usize) -> Vec<Span> {
    let mut out = Vec::new();
    split_paragraph_into(text, base, &mut out);
    out
}

/// [`split_paragraph`], adding the sentences to `out`.
fn split_paragraph_into(text: &str, base: usize, out: &mut Vec<Span>) {
    let mut start = 0;
    let char_at = |at: usize| crate::scan::char_at(text, at);
    // Sentence marks are ASCII, and no byte of a longer character is one:
    // `memchr3` finds them many bytes at a time.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', text.as_bytes()) {
        let mark = text.as_bytes()[i];
        // Closing quotes and brackets belong to the sentence.
        let mut end = i + 1;
        while let Some(c) = char_at(end).filter(|c| matches!(c, '"' | '”' | '’' | '\'' | ')')) {
            end += c.len_utf8();
        }
        let next = char_at(end);
        let after = next.and_then(|n| char_at(end + n.len_utf8()));
        let boundary = next.is_some_and(char::is_whitespace)
            && after.is_some_and(|a| {
                a.is_uppercase() || a.is_ascii_digit() || matches!(a, '"' | '“' | '‘' | '(')
            });
        if !boundary || (mark == b'.' && is_abbreviation(&text[start..i])) {
            continue;
        }
        push_trimmed(text, start, end, base, out);
        start = end;
    }
    push_trimmed(text, start, text.len(), base, out);
}

fn push_trimmed(text: &str, start: usize, end: usize, base: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(
            base + start + lead,
            base + start + lead + trimmed.len(),
        ));
    }
}

/// Whether the text before a full stop ends in an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .trim_start_matches(['"', '“']);
    // Only a non-ASCII word needs a lower-cased copy (the Kelvin sign folds to `k`).
    let listed = if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    };
    listed || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// The sentences of a document's prose blocks (residue and headings aside).
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Span> {
    let mut out = Vec::new();
    for block in blocks {
        if matches!(
            block.kind,
            BlockKind::Lede | BlockKind::Paragraph | BlockKind::ListItem
        ) {
            split_paragraph_into(block.span.slice(text), block.span.start, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_paragraph(text, 0)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    fn split_paragraph_by_chars(text: &str, base: usize) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for k in 0..chars.len() {
            let (i, c) = chars[k];
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            // Closing quotes and brackets belong to the sentence.
            let mut end_k = k + 1;
            while end_k < chars.len() && matches!(chars[end_k].1, '"' | '”' | '’' | '\'' | ')') {
                end_k += 1;
            }
            let next = chars.get(end_k).map(|&(_, c)| c);
            let after = chars.get(end_k + 1).map(|&(_, c)| c);
            let boundary = next.is_some_and(char::is_whitespace)
                && after.is_some_and(|a| {
                    a.is_uppercase() || a.is_ascii_digit() || matches!(a, '"' | '“' | '‘' | '(')
                });
            if !boundary || (c == '.' && is_abbreviation(&text[start..i])) {
                continue;
            }
            let end = chars.get(end_k).map_or(text.len(), |&(o, _)| o);
            push_trimmed(text, start, end, base, &mut out);
            start = end;
        }
        push_trimmed(text, start, text.len(), base, &mut out);
        out
    }

    #[test]
    fn splitting_by_bytes_agrees_with_splitting_by_chars() {
        for text in [
            "",
            ".",
            "A. B",
            "It rose.\u{201d} Then “Quoted.” Next! Is it? Yes.) (No",
            "Mr. Smith met Dr. Jones in the U.S. on Nov. 5. They agreed.",
            "Ends here.’\u{a0}Über alles. 5. Item!\u{3000}Ten?”",
            "日本. 中国。 Done.\"  \"Again.",
            "x.'\"”’) Y",
        ] {
            assert_eq!(
                split_paragraph(text, 3),
                split_paragraph_by_chars(text, 3),
                "{text:?}"
            );
        }
    }

    #[test]
    fn sentences_and_abbreviations() {
        assert_eq!(
            split(
                "Mr. Smith met Dr. Jones in the U.S. on Nov. 5. They agreed. \"It works,\" he said. Then J. K. Rowling spoke!"
            ),
            [
                "Mr. Smith met Dr. Jones in the U.S. on Nov. 5.",
                "They agreed.",
                "\"It works,\" he said.",
                "Then J. K. Rowling spoke!"
            ]
        );
        assert_eq!(
            split("Profits rose 2.5% to $1.13bn. Shares fell."),
            ["Profits rose 2.5% to $1.13bn.", "Shares fell."]
        );
    }
}
