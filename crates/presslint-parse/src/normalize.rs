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
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The number of white-space-separated words of `text`, as
/// `text.split_whitespace().count()` gives it, counted over bytes when the
/// text is ASCII.
pub fn word_count(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    let mut previous_space = true;
    let mut count = 0;
    for b in text.bytes() {
        let is_space = ascii_white_space(b);
        count += usize::from(previous_space && !is_space);
        previous_space = is_space;
    }
    count
}

/// ASCII text with each run of white space folded to one space and none at
/// the ends, lower-cased when `lower`. Most lines are already spaced with
/// single spaces between words: then only the case changes, which runs many
/// bytes at once. Otherwise the text is rebuilt as bytes, not chars (pushing
/// a char asks how long its UTF-8 is).
fn fold_ascii_spacing(text: &str, lower: bool) -> String {
    if single_spaced(text.as_bytes()) {
        return if lower {
            text.to_ascii_lowercase()
        } else {
            text.to_string()
        };
    }
    let mut out = Vec::with_capacity(text.len());
    let mut pending_space = false;
    for b in text.bytes() {
        if ascii_white_space(b) {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(b' ');
                pending_space = false;
            }
            out.push(if lower { b.to_ascii_lowercase() } else { b });
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Whether ASCII text is words with one space between each two, and no
/// other white space: what folding its spacing leaves as it is.
fn single_spaced(bytes: &[u8]) -> bool {
    !bytes.first().is_some_and(|&b| ascii_white_space(b))
        && !bytes.last().is_some_and(|&b| ascii_white_space(b))
        && !bytes.iter().any(|&b| ascii_white_space(b) && b != b' ')
        && !bytes.windows(2).any(|w| w == b"  ")
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

    #[test]
    fn hash_is_stable() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
