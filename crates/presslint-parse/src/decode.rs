//! Bytes to text: UTF-8 when it is, a faithful fallback when it is not.

use serde::{Deserialize, Serialize};

/// Text decoded from bytes, with what went wrong on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text. Always complete: no byte of the input is dropped.
    pub text: String,
    /// Set when the bytes were not valid UTF-8.
    pub encoding: Option<EncodingIssue>,
}

/// Where a text stopped being valid UTF-8 and how it was read instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncodingIssue {
    /// Byte offset of the first invalid sequence in the input.
    pub offset: usize,
    /// How many invalid sequences there are.
    pub invalid_sequences: usize,
    /// The bytes of the first invalid sequence (at most four).
    pub bytes: Vec<u8>,
    /// The encoding used instead, which is also the suggestion for re-encoding.
    pub fallback: &'static str,
    /// Byte offset of the first invalid sequence's character in `Decoded::text`.
    pub text_offset: usize,
}

/// Whether the bytes look like a binary file rather than text: a NUL byte in
/// the first 8 KiB, the way git and ripgrep decide.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// Decode bytes as UTF-8 (dropping a leading byte-order mark), or, when they
/// are not valid UTF-8, as Windows-1252 — the encoding such files almost
/// always turn out to be — so that every byte still becomes a character.
pub fn decode(bytes: &[u8]) -> Decoded {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let bytes = if bom { &bytes[3..] } else { bytes };
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_string(),
            encoding: None,
        },
        Err(err) => {
            let offset = err.valid_up_to();
            let len = err.error_len().unwrap_or(bytes.len() - offset).min(4);
            let invalid_sequences = count_invalid(bytes);
            let text: String = bytes.iter().map(|&b| windows_1252(b)).collect();
            let text_offset = bytes[..offset].iter().map(|&b| windows_1252(b).len_utf8()).sum();
            Decoded {
                text,
                encoding: Some(EncodingIssue {
                    // Offsets count the input's bytes, the byte-order mark included.
                    offset: offset + if bom { 3 } else { 0 },
                    invalid_sequences,
                    bytes: bytes[offset..offset + len].to_vec(),
                    fallback: "windows-1252",
                    text_offset,
                }),
            }
        }
    }
}

fn count_invalid(mut bytes: &[u8]) -> usize {
    let mut count = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return count,
            Err(err) => {
                count += 1;
                let skip = err.valid_up_to() + err.error_len().unwrap_or(bytes.len() - err.valid_up_to());
                bytes = &bytes[skip.max(1).min(bytes.len())..];
            }
        }
    }
}

/// The Windows-1252 character for a byte; its five undefined bytes map to the
/// C1 controls of the same value, as browsers and Python's `latin-1` do.
pub fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => CP1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The byte that encodes `c` in Windows-1252, if `c` is one of its characters.
pub fn windows_1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        0x00..=0x7F | 0xA0..=0xFF => u8::try_from(u32::from(c)).ok(),
        _ => CP1252_HIGH.iter().position(|&h| h == c).map(|i| 0x80 + i as u8),
    }
}

const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_utf8_passes_through_without_its_bom() {
        let decoded = decode("\u{FEFF}Caf\u{e9}".as_bytes());
        assert_eq!(decoded.text, "Café");
        assert!(decoded.encoding.is_none());
    }

    #[test]
    fn latin1_bytes_are_kept_and_located() {
        let decoded = decode(b"costs \xa3400 and \x93more\x94");
        assert_eq!(decoded.text, "costs £400 and “more”");
        let issue = decoded.encoding.unwrap();
        assert_eq!(issue.offset, 6);
        assert_eq!(issue.bytes, vec![0xa3]);
        assert_eq!(issue.invalid_sequences, 3);
        assert_eq!(issue.text_offset, 6);
    }

    #[test]
    fn offsets_count_a_leading_bom() {
        let issue = decode(b"\xEF\xBB\xBFab\xff").encoding.unwrap();
        assert_eq!(issue.offset, 5);
        assert_eq!(issue.text_offset, 2);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(looks_binary(b"PK\x03\x04\x00\x00"));
        assert!(!looks_binary("plain text".as_bytes()));
    }
}
