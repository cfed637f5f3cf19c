//! Small byte-level scanning helpers shared by the recognisers.
//!
//! Everything here works on ASCII bytes inside UTF-8 text: a position found by
//! matching ASCII is always on a character boundary.

/// Whether the byte at `pos` starts a word (nothing alphanumeric right
/// before it): what [`word_starts`] finds, one position at a time.
#[cfg(test)]
pub fn word_start(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The positions, in order, where a word starts with an ASCII letter or
/// digit: the places [`word_start`] holds at, found in one pass instead of a
/// look back from every byte.
#[cfg(test)]
pub fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let (mut pos, mut after_alphanumeric) = (0, false);
    std::iter::from_fn(move || {
        loop {
            // Over ASCII that is not a letter or digit.
            while pos < bytes.len() && bytes[pos] < 0x80 && !bytes[pos].is_ascii_alphanumeric() {
                pos += 1;
                after_alphanumeric = false;
            }
            let &b = bytes.get(pos)?;
            if b >= 0x80 {
                let c = text[pos..].chars().next().unwrap_or(' ');
                after_alphanumeric = c.is_alphanumeric();
                pos += c.len_utf8();
                continue;
            }
            // Over the run of ASCII letters and digits starting here.
            let start = pos;
            while pos < bytes.len() && bytes[pos].is_ascii_alphanumeric() {
                pos += 1;
            }
            let starts = !after_alphanumeric;
            after_alphanumeric = true;
            if starts {
                return Some(start);
            }
        }
    })
}

/// Whether `pos` ends a word (nothing alphanumeric right after it).
pub fn word_end(text: &str, pos: usize) -> bool {
    text[pos..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// A short word in ASCII lower case, on the stack. The vocabularies it is
/// compared with (number words, months, relative days) are ASCII words of
/// at most [`Folded::LONGEST`] letters, so a longer or non-ASCII word folds
/// to the empty word, which matches none of them, rather than into a new
/// string.
pub struct Folded {
    bytes: [u8; Folded::LONGEST],
    len: u8,
}

impl Folded {
    /// The longest word kept.
    pub const LONGEST: usize = 16;

    /// `word` in ASCII lower case, or the empty word.
    pub fn new(word: &str) -> Self {
        let mut bytes = [0; Folded::LONGEST];
        if word.len() > Folded::LONGEST || !word.is_ascii() {
            return Folded { bytes, len: 0 };
        }
        // Byte by byte: a word is a few letters, too short to pay for a copy call.
        for (to, from) in bytes.iter_mut().zip(word.bytes()) {
            *to = from.to_ascii_lowercase();
        }
        Folded {
            bytes,
            len: word.len() as u8,
        }
    }

    /// The folded word.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

/// The [`word_starts`] whose first byte `first` accepts, found by looking
/// at those bytes only: for recognisers that start at a few characters (a
/// date starts at a digit or a capital), most words need no look.
/// `first` must accept ASCII digits or capital letters only: eight bytes
/// at a time are passed over while none of them is one.
pub fn word_starts_with<'t>(
    text: &'t str,
    first: impl Fn(u8) -> bool + 't,
) -> impl Iterator<Item = usize> + 't {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            if let Some(Ok(eight)) = bytes.get(pos..pos + 8).map(<[u8; 8]>::try_from)
                && !has_byte_between(u64::from_le_bytes(eight), b'0', b'Z')
            {
                pos += 8;
                continue;
            }
            let at = pos;
            pos += 1;
            if first(bytes[at]) && !alphanumeric_before(text, at) {
                return Some(at);
            }
        }
        None
    })
}

/// Whether any of the eight bytes of `word` is from `low` to `high`; see
/// [`lanes_between`](crate::normalize::lanes_between).
fn has_byte_between(word: u64, low: u8, high: u8) -> bool {
    crate::normalize::lanes_between(word, low, high) != 0
}

/// The character at byte `at` of `text` (a character boundary), or `None`
/// at the end; decoded only when it is not ASCII.
#[inline]
pub fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// Whether the character before byte `p` (a character boundary) is a letter or digit.
pub fn alphanumeric_before(text: &str, p: usize) -> bool {
    match text.as_bytes()[..p].last() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text[..p].chars().next_back().is_some_and(char::is_alphanumeric),
    }
}

/// Length of the run of ASCII digits starting at `pos`.
pub fn digits_at(bytes: &[u8], pos: usize) -> usize {
    bytes[pos.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// Position after any spaces or tabs at `pos`.
pub fn skip_blanks(bytes: &[u8], mut pos: usize) -> usize {
    while pos < bytes.len() && matches!(bytes[pos], b' ' | b'\t') {
        pos += 1;
    }
    pos
}

/// Parse the ASCII number in `bytes[pos..pos+len]`.
pub fn number(bytes: &[u8], pos: usize, len: usize) -> Option<u32> {
    if len == 0 || len > 9 {
        return None;
    }
    std::str::from_utf8(&bytes[pos..pos + len]).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_between_are_found_in_any_lane() {
        for lane in 0..8 {
            for byte in 0..=255u8 {
                // The other lanes hold bytes on either side of the range, and above 0x7f.
                for filler in [b' ', b'a', 0xc3, b'/', b'['] {
                    let mut bytes = [filler; 8];
                    bytes[lane] = byte;
                    assert_eq!(
                        has_byte_between(u64::from_le_bytes(bytes), b'0', b'Z'),
                        (b'0'..=b'Z').contains(&byte),
                        "{bytes:?}"
                    );
                    let lanes =
                        crate::normalize::lanes_between(u64::from_le_bytes(bytes), b'0', b'Z').to_le_bytes();
                    for (k, &b) in bytes.iter().enumerate() {
                        assert_eq!(
                            lanes[k],
                            if (b'0'..=b'Z').contains(&b) { 0x80 } else { 0 },
                            "{bytes:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn word_starts_with_is_word_starts_filtered() {
        let first = |b: u8| b.is_ascii_digit() || matches!(b, b'J' | b'M' | b'T');
        for text in [
            "",
            "May 5, 2020 and June 1st; Thursday",
            "xMay 5May éMay ١May May\u{a0}May Ω2 _3 a-June",
            "MMM 99 T",
            "seven letters then June, and ten more: a 2nd éé May, ééééé, then 7",
            "abcdefgM abcdefghM abcdefghiM abcdefgh 12345678 abcdefg",
        ] {
            let expected: Vec<usize> = word_starts(text).filter(|&p| first(text.as_bytes()[p])).collect();
            assert_eq!(
                word_starts_with(text, first).collect::<Vec<_>>(),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn word_starts_are_where_word_start_holds() {
        for text in [
            "",
            "a",
            "Nov 5, 2020",
            "élan 5th x2 ñ9 9ñ a-b",
            "  ..x  y",
            "ß1 1ß",
            "a\u{301}b x😀y 12ab, (c)d\u{a0}e",
            "日本語abc 2020年5月",
        ] {
            let expected: Vec<usize> = (0..text.len())
                .filter(|&p| text.as_bytes()[p].is_ascii_alphanumeric() && word_start(text, p))
                .collect();
            assert_eq!(word_starts(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }
}
