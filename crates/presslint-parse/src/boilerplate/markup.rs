//! HTML tags and character entities left in extracted text.

use presslint_core::{BoilerplateKind, BoilerplateSpan, Span};

/// Tag names recognised without further evidence.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "body",
    "br",
    "div",
    "em",
    "figcaption",
    "figure",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "li",
    "link",
    "meta",
    "nav",
    "ol",
    "p",
    "script",
    "section",
    "small",
    "span",
    "strong",
    "style",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
    "article",
    "aside",
    "footer",
    "header",
    "main",
    "noscript",
    "picture",
    "source",
    "caption",
    "center",
];

/// Named entities recognised (with their `;`).
const ENTITIES: &[&str] = &[
    "amp", "lt", "gt", "quot", "apos", "nbsp", "mdash", "ndash", "hellip", "rsquo", "lsquo", "rdquo",
    "ldquo", "copy", "reg", "trade", "euro", "pound", "yen", "cent", "deg", "middot", "bull", "laquo",
    "raquo", "eacute", "egrave", "aacute", "agrave", "iacute", "oacute", "uacute", "ntilde", "ccedil",
    "uuml", "ouml", "auml", "szlig", "times",
];

/// Every tag (`<p>`, `</div>`, `<br/>`, `<a href="...">`) and entity
/// (`&amp;`, `&#8217;`, `&#x2019;`) in the text, in text order.
pub fn find_markup(text: &str) -> Vec<BoilerplateSpan> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // Markup starts at `<` or `&`, found many bytes at a time.
    while let Some(k) = memchr::memchr2(b'<', b'&', &bytes[i..]) {
        let at = i + k;
        let found = if bytes[at] == b'<' {
            tag_at(text, at)
        } else {
            entity_at(text, at)
        };
        match found {
            Some(end) => {
                out.push(BoilerplateSpan {
                    kind: BoilerplateKind::Markup,
                    span: Span::new(at, end),
                    confidence: 0.97,
                });
                i = end;
            }
            None => i = at + 1,
        }
    }
    out
}

fn tag_at(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start + 1..];
    let rest_trim = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest_trim.bytes().take_while(u8::is_ascii_alphanumeric).count();
    if name_len == 0 {
        return None;
    }
    let name = rest_trim[..name_len].to_ascii_lowercase();
    if !TAGS.contains(&name.as_str()) {
        return None;
    }
    let after = &rest_trim[name_len..];
    if !after.starts_with(['>', ' ', '/', '\t']) {
        return None;
    }
    // The tag ends at the first `>` on the same line, within a sane distance
    // (searched as bytes: both marks are ASCII, so any cut is safe).
    let close = after.as_bytes()[..after.len().min(400)]
        .iter()
        .position(|&b| b == b'>' || b == b'\n')?;
    if after.as_bytes()[close] != b'>' {
        return None;
    }
    Some(start + 1 + (rest.len() - rest_trim.len()) + name_len + close + 1)
}

fn entity_at(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start + 1..];
    let body_len = rest
        .bytes()
        .take(10)
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    if !rest[body_len..].starts_with(';') || body_len == 0 {
        return None;
    }
    let body = &rest[..body_len];
    let valid = if let Some(num) = body.strip_prefix('#') {
        match num.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()),
            None => !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()),
        }
    } else {
        ENTITIES.contains(&body)
    };
    valid.then_some(start + 1 + body_len + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find_markup(text).iter().map(|b| b.span.slice(text)).collect()
    }

    #[test]
    fn tags_and_entities() {
        assert_eq!(
            found("<p>Profits rose&nbsp;5%</p> at Smith &amp; Co&#8217;s <a href=\"x\">site</a><br/>"),
            [
                "<p>",
                "&nbsp;",
                "</p>",
                "&amp;",
                "&#8217;",
                "<a href=\"x\">",
                "</a>",
                "<br/>"
            ]
        );
    }

    #[test]
    fn long_unclosed_tags_do_not_split_characters() {
        let text = format!("Some prose <p {}", "é".repeat(300));
        assert!(find_markup(&text).is_empty());
    }

    #[test]
    fn prose_is_not_markup() {
        assert!(found("if a < b and c > d, R&D spending & growth; x <3 y; AT&T;").is_empty());
    }
}
