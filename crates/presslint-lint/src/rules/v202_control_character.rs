use crate::rule::{DocContext, declare_rule, single_edit};
use crate::textutil::runs;

declare_rule! {
    /// Control characters in the text.
    ///
    /// ## What it finds
    /// C0 control characters other than tab, line feed and carriage return
    /// (such as NUL, the escape character or form feed), DEL, and the C1
    /// controls U+0080–U+009F, which in practice are Windows-1252 bytes decoded
    /// as Latin-1.
    ///
    /// ## Why it matters
    /// They have no place in article text: they break terminals, XML and JSON
    /// consumers, and usually mark an extraction or encoding error nearby.
    ///
    /// ## Example
    /// ```text
    /// The fund rose 5%\x0b in the year.
    ///                 ^ control character U+000B
    /// ```
    /// The fix removes them (a vertical tab or form feed becomes a line break).
    ///
    /// ## Options
    /// None.
    pub struct ControlCharacter {
        code: "V202",
        name: "control-character",
        family: Validation,
        severity: Warning,
    }
}

fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Whether `text` has a byte a control character is made of: below 0x20
/// (other than tab and line breaks) or 0x7F, or 0xC2, which starts U+0080
/// to U+009F. Most texts have none, and a pass without a branch, many bytes
/// at a time, says so.
fn may_have_control(text: &str) -> bool {
    text.bytes().fold(false, |seen, b| {
        seen | (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) | (b == 0x7F) | (b == 0xC2)
    })
}

/// Report each run of control characters.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    if !may_have_control(text) {
        return;
    }
    let found: Vec<_> = runs(text, is_control)
        .into_iter()
        .map(|span| {
            let names: Vec<String> = span
                .slice(text)
                .chars()
                .map(|c| format!("U+{:04X}", u32::from(c)))
                .collect();
            let breaks = span.slice(text).chars().any(|c| matches!(c, '\u{0B}' | '\u{0C}'));
            (span, names.join(" "), breaks)
        })
        .collect();
    for (span, names, breaks) in found {
        ctx.report(span, format!("control character {names} in the text"))
            .fix = Some(single_edit(
            "remove the control characters",
            span,
            if breaks { "\n" } else { "" },
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_without_control_bytes_have_no_control_characters() {
        for text in [
            "plain\ttext\r\n",
            "é © \u{a0}",
            "next line \u{85} here",
            "\u{7f}",
            "\u{1b}[0m",
            "\u{9f}",
        ] {
            assert!(
                may_have_control(text) || runs(text, is_control).is_empty(),
                "{text:?}"
            );
        }
        assert!(!runs("next line \u{85} here", is_control).is_empty());
    }
}
