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

/// Report each run of control characters.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
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
