//! Small text helpers the rules share.

use presslint_core::{BlockKind, Document, Span};
use rayon::slice::ParallelSliceMut;

/// A count with thousands separators, for messages.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `word` without its possessive `'s` (straight or curly apostrophe), when it has one.
pub fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Call `found` with each maximal run of characters `keep` holds for: what
/// `text.split(|c| !keep(c))` yields, without the empty pieces. The text is
/// walked byte by byte; `keep_ascii` answers for ASCII bytes, and only other
/// characters are decoded, for `keep_other`. The plain reading the term
/// counter's fused walk is tested against.
#[cfg(test)]
pub(crate) fn for_each_run<'t>(
    text: &'t str,
    keep_ascii: impl Fn(u8) -> bool,
    keep_other: impl Fn(char) -> bool,
    mut found: impl FnMut(&'t str),
) {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        let (keep, width) = if bytes[i] < 0x80 {
            (keep_ascii(bytes[i]), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (keep_other(c), c.len_utf8())
        };
        match (keep, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                found(&text[s..i]);
                start = None;
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        found(&text[s..]);
    }
}

/// `(key, index)` of each key, sorted. By a number made of each key's first
/// eight bytes first, then by the key itself where those are equal: the
/// same order as by the strings, without reaching into a million of them
/// for most comparisons.
pub fn sorted_by_leading_bytes<'a>(
    keys: impl Iterator<Item = Option<&'a str>>,
) -> Vec<(Option<&'a str>, usize)> {
    let leading = |key: Option<&str>| {
        key.map(|h| {
            let mut bytes = [0; 8];
            let n = h.len().min(8);
            bytes[..n].copy_from_slice(&h.as_bytes()[..n]);
            u64::from_be_bytes(bytes)
        })
    };
    let mut keyed: Vec<(Option<u64>, Option<&str>, usize)> =
        keys.zip(0..).map(|(key, i)| (leading(key), key, i)).collect();
    keyed.par_sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| (a.1, a.2).cmp(&(b.1, b.2))));
    keyed.into_iter().map(|(_, key, i)| (key, i)).collect()
}

/// Whether `c` is a letter of the Latin script (ASCII or accented).
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic()
}

/// The paragraphs of a document: its blocks that are not boilerplate.
pub fn prose_blocks(doc: &Document) -> impl Iterator<Item = Span> + '_ {
    doc.blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Boilerplate)
        .map(|b| b.span)
}

/// Whether `span` overlaps any boilerplate span of the document.
pub fn in_boilerplate(doc: &Document, span: Span) -> bool {
    doc.boilerplate.iter().any(|b| b.span.overlaps(span))
}

/// The character before byte `pos`, if any.
pub fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// The character at byte `pos`, if any.
pub fn char_at(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// The nearest non-space characters on either side of `span`.
pub fn neighbours(text: &str, span: Span) -> (Option<char>, Option<char>) {
    let before = text[..span.start].chars().rev().find(|c| !c.is_whitespace());
    let after = text[span.end..].chars().find(|c| !c.is_whitespace());
    (before, after)
}

/// Spans of maximal runs of characters matching `pred`.
pub fn runs(text: &str, pred: impl Fn(char) -> bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (pred(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// A hasher for map keys that are hashes already (FNV of words, terms):
/// a `u64` passes through and a `u32` is spread over 64 bits, instead of
/// being hashed again with SipHash.
pub type PreHashed = std::hash::BuildHasherDefault<PassThrough>;

/// The [`std::hash::Hasher`] of [`PreHashed`].
#[derive(Default)]
pub struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = crate::similarity::fnv1a_step(self.0, b);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The non-ASCII characters of `text` with their byte offsets, found by
/// skipping over ASCII bytes rather than decoding every character.
pub fn non_ascii_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        // After ASCII or a whole character, the next byte over 0x7F leads one.
        let at = pos + first_non_ascii(&bytes[pos..])?;
        let c = text[at..].chars().next()?;
        pos = at + c.len_utf8();
        Some((at, c))
    })
}

/// The offset of the first byte over 0x7F. Most texts are mostly ASCII:
/// blocks of 32 bytes are ruled out at once, with one OR over them that the
/// compiler turns into a few vector instructions.
pub fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 32;
    let mut blocks = bytes.chunks_exact(BLOCK);
    for (k, block) in blocks.by_ref().enumerate() {
        if block.iter().fold(0, |any, &b| any | b) >= 0x80 {
            return block.iter().position(|&b| b >= 0x80).map(|i| k * BLOCK + i);
        }
    }
    let rest = blocks.remainder();
    rest.iter()
        .position(|&b| b >= 0x80)
        .map(|i| bytes.len() - rest.len() + i)
}

/// [`runs`] for a `pred` that no ASCII character matches: the same spans,
/// found through [`non_ascii_chars`].
pub fn non_ascii_runs(text: &str, pred: impl Fn(char) -> bool) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for (at, c) in non_ascii_chars(text).filter(|&(_, c)| pred(c)) {
        let end = at + c.len_utf8();
        match out.last_mut() {
            Some(last) if last.end == at => last.end = end,
            _ => out.push(Span::new(at, end)),
        }
    }
    out
}

/// The white-space-separated words of `text` with their byte offsets.
pub fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = iter.peek() {
            if !c.is_whitespace() {
                break;
            }
            iter.next();
        }
        let (start, _) = *iter.peek()?;
        let mut end = text.len();
        while let Some(&(i, c)) = iter.peek() {
            if c.is_whitespace() {
                end = i;
                break;
            }
            iter.next();
        }
        Some((start, &text[start..end]))
    })
}

/// Spans sorted by start, asked in text order whether they overlap or
/// contain a span: each query starts where the previous one left off, so a
/// walk over a document stays linear however many spans there are.
#[derive(Debug)]
pub struct SpanWalk {
    spans: Vec<Span>,
    next: usize,
}

impl SpanWalk {
    /// Walk these spans.
    pub fn new(spans: impl Iterator<Item = Span>) -> Self {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort();
        SpanWalk { spans, next: 0 }
    }

    fn candidates(&mut self, span: Span) -> impl Iterator<Item = &Span> {
        while self.next < self.spans.len() && self.spans[self.next].end <= span.start {
            self.next += 1;
        }
        self.spans[self.next..]
            .iter()
            .take_while(move |s| s.start <= span.end)
    }

    /// Whether any span overlaps `span` (queries in increasing order of start).
    pub fn overlaps(&mut self, span: Span) -> bool {
        self.candidates(span).any(|s| s.overlaps(span))
    }

    /// Whether any span contains `span` (queries in increasing order of start).
    pub fn contains(&mut self, span: Span) -> bool {
        self.candidates(span).any(|s| s.contains(span))
    }
}

/// A fixed sequence of pseudo-random numbers (xorshift), for the tests that
/// make up their own inputs.
#[cfg(test)]
pub(crate) fn test_numbers(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

/// `count` texts of up to `longest` of `pieces` each, every other piece or
/// so followed by a space: inputs for the tests that hold a fast path to
/// the plain reading it replaced.
#[cfg(test)]
pub(crate) fn test_texts(pieces: &[&str], count: usize, longest: u64, seed: u64) -> Vec<String> {
    let mut next = test_numbers(seed);
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..next() % (longest + 1) {
                text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
                if next().is_multiple_of(2) {
                    text.push(' ');
                }
            }
            text
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_sort_as_their_strings_do() {
        let hashes = [
            Some("ab"),
            None,
            Some("abcdefgh2"),
            Some("abcdefgh1"),
            Some("ab\u{0}"),
            Some(""),
            Some("abcdefgh1"),
            None,
            Some("ffffffff"),
            Some("0123456789abcdef"),
        ];
        let mut expected: Vec<(Option<&str>, usize)> = hashes.iter().copied().zip(0..).collect();
        expected.sort_unstable();
        assert_eq!(sorted_by_leading_bytes(hashes.iter().copied()), expected);
    }

    #[test]
    fn runs_are_the_non_empty_pieces_of_splitting() {
        let keep = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
        for text in [
            "",
            "plain words, here",
            "--x-- 'quoted' it's",
            "Über-große Brücke\u{a0}façade 漢字 ١٢٣ e\u{301}",
            "trailing word",
            "  ,  ",
        ] {
            let mut runs = Vec::new();
            for_each_run(text, |b| keep(char::from(b)), keep, |r| runs.push(r));
            let expected: Vec<&str> = text.split(|c: char| !keep(c)).filter(|w| !w.is_empty()).collect();
            assert_eq!(runs, expected, "{text:?}");
        }
    }

    #[test]
    fn first_non_ascii_finds_the_first_byte_over_0x7f() {
        for len in [0, 1, 31, 32, 33, 64, 95, 200] {
            let ascii = "a".repeat(len);
            assert_eq!(first_non_ascii(ascii.as_bytes()), None, "{len}");
            for at in [0, len / 2, len.saturating_sub(1), len] {
                let text = format!("{}é{}", &ascii[..at.min(len)], &ascii[at.min(len)..]);
                let expected = text.bytes().position(|b| b >= 0x80);
                assert_eq!(first_non_ascii(text.as_bytes()), expected, "{len} {at}");
            }
        }
    }

    #[test]
    fn non_ascii_runs_are_the_runs_of_non_ascii_characters() {
        let pred = |c: char| matches!(c, '\u{200B}' | '\u{00A0}' | 'é' | '\u{FEFF}');
        for text in [
            "",
            "plain ASCII",
            "\u{200B}\u{200B}a\u{00A0}é\u{FEFF}",
            "caf\u{e9}\u{200B} ñ \u{1F600}\u{00A0}",
            "é",
        ] {
            assert_eq!(non_ascii_runs(text, pred), runs(text, pred), "{text:?}");
            let expected: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| !c.is_ascii()).collect();
            assert_eq!(non_ascii_chars(text).collect::<Vec<_>>(), expected);
        }
    }
}
