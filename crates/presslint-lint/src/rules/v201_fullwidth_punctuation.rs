use presslint_core::Span;

use crate::rule::{DocContext, declare_rule, single_edit};
use crate::textutil::{is_latin_letter, neighbours};

declare_rule! {
    /// Full-width punctuation inside Latin-script text.
    ///
    /// ## What it finds
    /// A full-width punctuation mark from East Asian typography — `，` `。` `：`
    /// `；` `！` `？` `（` `）` `、` and the ideographic space — with a Latin
    /// letter or digit on at least one side, as in `Qingdao，attended`. Marks
    /// inside Chinese or Japanese text are left alone.
    ///
    /// ## Why it matters
    /// The text was typed or converted with a Chinese input method. Readers
    /// see odd spacing, and tokenisers and search treat `Qingdao，attended` as
    /// one word.
    ///
    /// ## Example
    /// ```text
    /// Wang Qingxian, Party secretary of Qingdao，attended the conference
    ///                                          ^ full-width comma; use `, `
    /// ```
    /// The fix puts the ASCII mark in its place, with a space after it where
    /// the full-width mark had none and a letter follows.
    ///
    /// ## Options
    /// None.
    pub struct FullwidthPunctuation {
        code: "V201",
        name: "fullwidth-punctuation",
        family: Validation,
        severity: Warning,
    }
}

/// The ASCII equivalent of a full-width punctuation mark, and whether it is
/// followed by a space in English typography.
fn ascii_for(c: char) -> Option<(&'static str, bool)> {
    Some(match c {
        '，' | '、' => (",", true),
        '。' => (".", true),
        '：' => (":", true),
        '；' => (";", true),
        '！' => ("!", true),
        '？' => ("?", true),
        '（' => ("(", false),
        '）' => (")", true),
        '．' => (".", true),
        '＂' => ("\"", false),
        '＇' => ("'", false),
        '　' => (" ", false),
        _ => return None,
    })
}

/// Report full-width punctuation next to Latin text.
pub fn check(ctx: &mut DocContext<'_>) {
    if ctx.text_is_ascii() {
        return;
    }
    let text = &ctx.doc.text;
    if !crate::textutil::non_ascii_chars(text).any(|(_, c)| c >= '\u{3000}') {
        return;
    }
    let mut found = Vec::new();
    for (i, c) in text.char_indices() {
        let Some((ascii, space_after)) = ascii_for(c) else {
            continue;
        };
        let span = Span::new(i, i + c.len_utf8());
        let (before, after) = neighbours(text, span);
        let latin = |x: Option<char>| x.is_some_and(|x| is_latin_letter(x) || x.is_ascii_digit());
        if !(latin(before) || latin(after)) {
            continue;
        }
        let next = text[span.end..].chars().next();
        let replacement = if space_after && next.is_some_and(char::is_alphanumeric) {
            format!("{ascii} ")
        } else {
            ascii.to_string()
        };
        found.push((span, c, replacement));
    }
    for (span, c, replacement) in found {
        let shown = replacement.trim_end().to_string();
        ctx.report(
            span,
            format!("full-width `{c}` in Latin-script text; use `{shown}`"),
        )
        .fix = Some(single_edit("use the ASCII punctuation mark", span, replacement));
    }
}
