use presslint_core::Span;

use crate::rule::{DocContext, declare_rule};
use crate::textutil::thousands;

declare_rule! {
    /// A line longer than the configured limit.
    ///
    /// ## What it finds
    /// A line of more bytes than `[limits] max-line-bytes` (1 MiB unless
    /// configured). The document is still checked — every rule runs in time
    /// proportional to the text — but a line that long is not prose.
    ///
    /// ## Why it matters
    /// Megabytes without a line break are an embedded file, a minified page
    /// or markup whose line breaks were lost; the text around it is unlikely
    /// to be what the corpus meant to keep.
    ///
    /// ## Example
    /// ```text
    /// warning[V007]: the line is 2,097,152 bytes long, more than the limit of 1,048,576 (`[limits] max-line-bytes`)
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [limits]
    /// max-line-bytes = 1048576
    /// ```
    pub struct LineTooLong {
        code: "V007",
        name: "line-too-long",
        family: Validation,
        severity: Warning,
    }
}

/// Report lines over the limit, each at its first character.
pub fn check(ctx: &mut DocContext<'_>) {
    let limit = ctx.config.limits.max_line_bytes;
    let text = &ctx.doc.text;
    if text.len() <= limit {
        return;
    }
    let long: Vec<Span> = presslint_parse::segment::line_spans(text)
        .filter(|span| span.len() > limit)
        .collect();
    for span in long {
        let start = Span::new(
            span.start,
            span.start + text[span.start..].chars().next().map_or(0, char::len_utf8),
        );
        ctx.report(
            start,
            format!(
                "the line is {} bytes long, more than the limit of {} (`[limits] max-line-bytes`)",
                thousands(span.len()),
                thousands(limit)
            ),
        );
    }
}
