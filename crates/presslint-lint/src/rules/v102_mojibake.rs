use presslint_core::Span;

use presslint_parse::decode::{windows_1252, windows_1252_byte};

use crate::rule::{DocContext, declare_rule, single_edit};

declare_rule! {
    /// UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere upstream.
    ///
    /// ## What it finds
    /// Runs of characters such as `â€™`, `â€œ`, `Ã©` or `Â£` that are the UTF-8
    /// bytes of one character (`’`, `“`, `é`, `£`) each read as a Windows-1252
    /// character. A run is reported only when its bytes form valid UTF-8 for a
    /// non-ASCII character, so ordinary accented text is not touched.
    ///
    /// ## Why it matters
    /// Mojibake turns quotes, accents and currency signs into noise, breaks
    /// exact comparison with correctly decoded copies of the same story, and
    /// gets worse with every further round of mis-decoding.
    ///
    /// ## Example
    /// ```text
    /// The mayorâ€™s office said the cafÃ© would reopen.
    ///          ^^^ repaired to ’          ^^ repaired to é
    /// ```
    /// The fix replaces the run with the character it encodes; it is offered
    /// only when encoding the repair the same wrong way gives back the run
    /// exactly.
    ///
    /// ## Options
    /// None.
    pub struct Mojibake {
        code: "V102",
        name: "mojibake",
        family: Validation,
        severity: Warning,
    }
}

/// How many continuation bytes follow a UTF-8 lead byte (None: not a lead byte).
fn continuation_count(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// Report each mis-decoded run with its repair.
pub fn check(ctx: &mut DocContext<'_>) {
    if ctx.text_is_ascii() {
        return;
    }
    let text = &ctx.doc.text;
    // Every run starts with a UTF-8 lead byte read as `Â`..`ô`.
    if !crate::textutil::non_ascii_chars(text).any(|(_, c)| ('\u{C2}'..='\u{F4}').contains(&c)) {
        return;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found: Vec<(Span, String)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start_i = i;
        let mut repaired = String::new();
        // A run: one or more mis-decoded characters back to back.
        while let Some(lead) = chars.get(i).and_then(|&(_, c)| windows_1252_byte(c)) {
            let Some(n) = continuation_count(lead) else { break };
            let mut bytes = vec![lead];
            for k in 1..=n {
                match chars.get(i + k).and_then(|&(_, c)| windows_1252_byte(c)) {
                    Some(b) if (0x80..=0xBF).contains(&b) => bytes.push(b),
                    _ => break,
                }
            }
            match std::str::from_utf8(&bytes) {
                Ok(s) if bytes.len() == n + 1 => {
                    repaired.push_str(s);
                    i += n + 1;
                }
                _ => break,
            }
        }
        if repaired.is_empty() {
            i = start_i + 1;
            continue;
        }
        let start = chars[start_i].0;
        let end = chars.get(i).map_or(text.len(), |&(o, _)| o);
        found.push((Span::new(start, end), repaired));
    }
    for (span, repaired) in found {
        let original = span.slice(text).to_string();
        let round_trip: String = repaired.bytes().map(windows_1252).collect();
        let diagnostic = ctx.report(
            span,
            format!("mojibake: `{original}` is `{repaired}` decoded the wrong way"),
        );
        if round_trip == original {
            diagnostic.fix = Some(single_edit("repair the mis-decoded text", span, repaired));
        }
    }
}
