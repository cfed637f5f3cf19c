use crate::rule::{DocContext, declare_rule, single_edit};
use crate::textutil::{char_at, char_before, is_latin_letter, non_ascii_runs};

declare_rule! {
    /// Zero-width and bidirectional-control characters in Latin-script text.
    ///
    /// ## What it finds
    /// Zero-width space (U+200B), word joiner (U+2060), soft hyphen (U+00AD),
    /// left-to-right and right-to-left marks (U+200E, U+200F), and the
    /// bidirectional embedding, override and isolate controls (U+202A–U+202E,
    /// U+2066–U+2069). Zero-width joiners and non-joiners (U+200C, U+200D) are
    /// reported only between Latin letters: in emoji sequences and in scripts
    /// such as Persian or Devanagari they are meaningful.
    ///
    /// ## Why it matters
    /// Invisible characters make equal text compare unequal, split words for
    /// search, and bidirectional controls can make displayed text differ from
    /// its logical order.
    ///
    /// ## Example
    /// ```text
    /// Qing\u{200B}dao Port
    ///     ^ zero-width space U+200B
    /// ```
    /// The fix removes them.
    ///
    /// ## Options
    /// None.
    pub struct InvisibleCharacter {
        code: "V203",
        name: "invisible-character",
        family: Validation,
        severity: Warning,
    }
}

fn always_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{2060}' | '\u{00AD}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

fn name(c: char) -> &'static str {
    match c {
        '\u{200B}' => "zero-width space",
        '\u{2060}' => "word joiner",
        '\u{00AD}' => "soft hyphen",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' | '\u{200F}' => "direction mark",
        _ => "bidirectional control",
    }
}

/// Report invisible characters.
pub fn check(ctx: &mut DocContext<'_>) {
    if ctx.text_is_ascii() {
        return;
    }
    let text = &ctx.doc.text;
    let found: Vec<_> = non_ascii_runs(text, |c| {
        always_invisible(c) || matches!(c, '\u{200C}' | '\u{200D}')
    })
    .into_iter()
    .filter(|span| {
        let joiners_only = span
            .slice(text)
            .chars()
            .all(|c| matches!(c, '\u{200C}' | '\u{200D}'));
        !joiners_only
            || (char_before(text, span.start).is_some_and(is_latin_letter)
                && char_at(text, span.end).is_some_and(is_latin_letter))
    })
    .map(|span| {
        let c = span.slice(text).chars().next().unwrap_or('\u{200B}');
        (span, format!("{} U+{:04X}", name(c), u32::from(c)))
    })
    .collect();
    for (span, what) in found {
        ctx.report(span, format!("invisible character: {what}")).fix =
            Some(single_edit("remove the invisible characters", span, ""));
    }
}
