//! Small byte-level scanning helpers shared by the recognisers.
//!
//! Everything here works on ASCII bytes inside UTF-8 text: a position found by
//! matching ASCII is always on a character boundary.

/// Whether the byte at `pos` starts a word (nothing alphanumeric right before it).
pub fn word_start(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether `pos` ends a word (nothing alphanumeric right after it).
pub fn word_end(text: &str, pos: usize) -> bool {
    text[pos..].chars().next().is_none_or(|c| !c.is_alphanumeric())
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
