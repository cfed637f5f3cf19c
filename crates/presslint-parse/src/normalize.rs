//! The normalised article text that duplicate detection compares.

use presslint_core::Document;
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// The article text with every boilerplate span removed, each replaced by a
/// line break so that words on either side do not run together.
///
/// ```
/// use presslint_parse::{DocRef, Metadata};
///
/// let text = "Port news\nBERLIN, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.".to_string();
/// let doc = presslint_parse::parse(DocRef::file("release.txt"), Metadata::default(), text);
/// assert_eq!(presslint_parse::normalize::article_text(&doc).trim(), "Port news\n\nThe port opened.");
/// ```
pub fn article_text(doc: &Document) -> String {
    let mut out = String::with_capacity(doc.text.len());
    let mut pos = 0;
    let mut spans: Vec<_> = doc.boilerplate.iter().map(|b| b.span).collect();
    spans.sort();
    for span in spans {
        if span.start < pos {
            pos = pos.max(span.end);
            continue;
        }
        out.push_str(&doc.text[pos..span.start]);
        out.push('\n');
        pos = span.end;
    }
    out.push_str(&doc.text[pos.min(doc.text.len())..]);
    out
}

/// Unicode NFKC and every run of white space folded to one space.
///
/// Case is kept: two texts that differ only in capitalisation (`Grand Slam`
/// against `grand slam`) differ by an edit, which is the near-duplicate
/// rules' business, not the exact-duplicate rule's. [`fold_case`] lowers it
/// for comparisons that want that.
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        // NFKC leaves ASCII as it is: only the spacing is folded.
        return fold_ascii_spacing(text, false);
    }
    if unicode_normalization::is_nfkc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
        return fold_whitespace(text.chars());
    }
    fold_whitespace(text.nfkc())
}

fn fold_whitespace(chars: impl Iterator<Item = char>) -> String {
    let mut out = String::new();
    let mut pending_space = false;
    for c in chars {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The text in lower case (full Unicode case folding of each character).
pub fn fold_case(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// Whether an ASCII byte is a character `char::is_whitespace` holds for
/// (which counts vertical tab and form feed, unlike `u8::is_ascii_whitespace`).
pub fn ascii_white_space(b: u8) -> bool {
    // Tab to carriage return are 9 to 13. Written without a branch, a loop
    // testing many bytes can be compiled to vector instructions.
    (b == b' ') | (b.wrapping_sub(b'\t') < 5)
}

/// The lanes of `word` (eight bytes) whose byte is from `low` to `high`:
/// each such lane's top bit set, every other bit clear. `low` is 1 or more
/// and `high` at most 127; bytes of 0x80 and above count as outside. Each
/// byte is compared in its own lane, where no borrow or carry reaches the
/// next.
pub fn lanes_between(word: u64, low: u8, high: u8) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    let (below, above) = (u64::from(high) + 1, u64::from(low) - 1);
    let seven = word & (ONES * 127);
    // A lane's top bit: set by the first term when the byte is under
    // `high + 1`, by the last when it is over `low - 1`, and cleared when
    // the byte's own top bit is set.
    (ONES * (127 + below) - seven) & !word & (seven + ONES * (127 - above)) & (ONES * 128)
}

/// The number of white-space-separated words of `text`, as
/// `text.split_whitespace().count()` gives it, counted over bytes when the
/// text is ASCII.
pub fn word_count(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    // A word starts at a byte that is not white space after one that is (or
    // at the start); blocks of 32 such pairs are counted branch-free, which
    // the compiler turns into vector instructions.
    const BLOCK: usize = 32;
    let bytes = text.as_bytes();
    let starts = |previous: u8, b: u8| u8::from(ascii_white_space(previous) & !ascii_white_space(b));
    let mut count = usize::from(bytes.first().is_some_and(|&b| !ascii_white_space(b)));
    let blocks = bytes.len().saturating_sub(1) / BLOCK;
    for k in 0..blocks {
        let block = &bytes[k * BLOCK..=(k + 1) * BLOCK];
        count += usize::from((0..BLOCK).fold(0u8, |n, j| n + starts(block[j], block[j + 1])));
    }
    count
        + bytes[blocks * BLOCK..]
            .windows(2)
            .map(|w| usize::from(starts(w[0], w[1])))
            .sum::<usize>()
}

/// ASCII text with each run of white space folded to one space and none at
/// the ends, lower-cased when `lower`. Most text is words with one space
/// between each two, broken by a few line breaks: such runs are copied
/// whole, and the bytes are walked only to find where each run ends (a byte
/// by byte copy asks at every byte whether the buffer has room).
fn fold_ascii_spacing(text: &str, lower: bool) -> String {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out = Vec::with_capacity(n);
    let mut i = bytes.iter().position(|&b| !ascii_white_space(b)).unwrap_or(n);
    while i < n {
        let end = run_end(bytes, i);
        out.extend_from_slice(&bytes[i..end]);
        i = end;
        while i < n && ascii_white_space(bytes[i]) {
            i += 1;
        }
        if i < n {
            out.push(b' ');
        }
    }
    if lower {
        out.make_ascii_lowercase();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Whether ASCII byte `b`, followed by `next` (or a space at the end), is
/// white space that folding changes: anything but one space before a word.
fn folds(b: u8, next: u8) -> bool {
    (ascii_white_space(b) & (b != b' ')) | ((b == b' ') & ascii_white_space(next))
}

/// The first offset from `from` where folding changes something (see
/// [`folds`]), or the end. Blocks of 32 bytes are checked branch-free,
/// which the compiler turns into vector instructions.
fn run_end(bytes: &[u8], from: usize) -> usize {
    const BLOCK: usize = 32;
    let n = bytes.len();
    let mut i = from;
    while i + BLOCK < n {
        let block = &bytes[i..=i + BLOCK];
        let any = (0..BLOCK).fold(false, |any, k| any | folds(block[k], block[k + 1]));
        if any {
            break;
        }
        i += BLOCK;
    }
    while i < n && !folds(bytes[i], bytes.get(i + 1).copied().unwrap_or(b' ')) {
        i += 1;
    }
    i
}

/// [`word_count`] of `text`, given its [`normalize`]d form: for ASCII text
/// that is the spaces of the normalised text plus one, counted many bytes
/// at a time. (NFKC can turn other characters into spaces, so other text
/// is counted as it is.)
pub fn word_count_normalized(text: &str, normalized: &str) -> usize {
    if !text.is_ascii() {
        return word_count(text);
    }
    if normalized.is_empty() {
        0
    } else {
        normalized.bytes().filter(|&b| b == b' ').count() + 1
    }
}

/// The words of `text` joined by single spaces and lower-cased as
/// [`fold_case`] does, built in one pass.
pub fn fold_spacing_and_case(text: &str) -> String {
    if text.is_ascii() {
        return fold_ascii_spacing(text, true);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            let start = out.len();
            out.push_str(word);
            out[start..].make_ascii_lowercase();
        } else {
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// Lower-case hex SHA-256 of a string.
pub fn sha256_hex(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push(char::from(HEX[usize::from(byte >> 4)]));
        hex.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    hex
}

/// SHA-256 of the normalised article text: equal for documents that differ
/// only in residue, white space or Unicode presentation forms.
pub fn content_hash(doc: &Document) -> String {
    sha256_hex(&normalize(&article_text(doc)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_space_and_width() {
        assert_eq!(normalize("  Ｑingdao\r\n\tHELD  it "), "Qingdao HELD it");
        assert_eq!(fold_case("Qingdao HELD it"), "qingdao held it");
        for text in [
            "  Qingdao \t HELD\n it ",
            "ÉLAN  Straße ΟΔΟΣ",
            "",
            " \n ",
            "a\x0bB\x0c c\r\n",
            "Already Single Spaced",
            "Two  Spaces",
            "Tab\tInside",
            " Leading",
            "Trailing ",
            "X",
        ] {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(fold_spacing_and_case(text), fold_case(&joined));
        }
        for text in [
            " a\x0bb\x0c c\r\n d ",
            "one",
            "",
            "  ",
            "x y",
            "café ñ\u{a0}x",
            "\u{3000}a",
            "single spaced words",
            "a  b",
            "a ",
        ] {
            assert_eq!(word_count(text), text.split_whitespace().count(), "{text:?}");
        }
        for text in [
            "",
            "  a\x0b\x0cb \r\n c\t",
            "one",
            "Ｑ\u{a0}x y",
            "a\u{2003}b",
            " x ",
        ] {
            assert_eq!(
                word_count_normalized(text, &normalize(text)),
                word_count(text),
                "{text:?}"
            );
        }
        for ascii in [
            "",
            "  a\x0b\x0cb \r\n c\t",
            "one",
            " lead and trail ",
            "Single Spaced.",
            "a  b",
        ] {
            assert_eq!(normalize(ascii), fold_whitespace(ascii.chars()), "{ascii:?}");
        }
    }

    /// Every text of up to six characters from an alphabet of letters,
    /// spaces and the other ASCII white space; then those of up to four
    /// again at every offset of a longer single-spaced text, which the
    /// byte walks pass over in blocks.
    fn ascii_texts() -> Vec<String> {
        const ALPHABET: [char; 6] = [' ', 'a', 'B', '\t', '\n', '\x0b'];
        let mut texts = vec![String::new()];
        for _ in 0..6 {
            let longest = texts.last().map_or(0, String::len);
            let longer: Vec<String> = texts
                .iter()
                .filter(|t| t.len() == longest)
                .flat_map(|t| ALPHABET.iter().map(move |&c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        assert_eq!(texts.len(), (0..=6).map(|k| 6usize.pow(k)).sum::<usize>());
        let long = "Ab cd ".repeat(14);
        let mut embedded = Vec::new();
        for text in texts.iter().filter(|t| t.len() <= 4) {
            for cut in 0..=long.len() {
                embedded.push(format!("{}{text}{}", &long[..cut], &long[cut..]));
            }
        }
        texts.extend(embedded);
        texts
    }

    #[test]
    fn ascii_spacing_folds_as_the_char_fold_does() {
        for text in ascii_texts() {
            let expected = fold_whitespace(text.chars());
            assert_eq!(fold_ascii_spacing(&text, false), expected, "{text:?}");
            assert_eq!(
                fold_ascii_spacing(&text, true),
                expected.to_ascii_lowercase(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn ascii_words_are_counted_as_split_whitespace_counts_them() {
        for text in ascii_texts() {
            assert_eq!(word_count(&text), text.split_whitespace().count(), "{text:?}");
        }
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
