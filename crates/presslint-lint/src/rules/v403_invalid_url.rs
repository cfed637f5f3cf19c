use presslint_core::Span;

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A metadata URL that is not an absolute web address.
    ///
    /// ## What it finds
    /// A `url` that does not start with `http://` or `https://`, has no host,
    /// a host without a dot (other than `localhost`), or contains white space
    /// or characters a URL cannot hold unescaped.
    ///
    /// ## Why it matters
    /// The URL is how a document is traced back to where it was published and
    /// how copies fetched twice are recognised.
    ///
    /// ## Example
    /// ```text
    /// warning[V403]: metadata url `www.example.com/news` is not an absolute http(s) URL
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct InvalidUrl {
        code: "V403",
        name: "invalid-url",
        family: Validation,
        severity: Warning,
    }
}

/// Why `url` is not a valid absolute web address, if it is not.
pub fn url_problem(url: &str) -> Option<&'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .or_else(|| url.strip_prefix("HTTPS://"))
        .or_else(|| url.strip_prefix("HTTP://"));
    let Some(rest) = rest else {
        return Some("is not an absolute http(s) URL");
    };
    if url.chars().any(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
    }) {
        return Some("contains characters a URL cannot hold unescaped");
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = if host_port.starts_with('[') {
        host_port.split(']').next().map(|h| h.trim_start_matches('['))
    } else {
        host_port.split(':').next()
    }
    .unwrap_or("");
    if host.is_empty() {
        return Some("has no host");
    }
    if !host.contains(['.', ':']) && host != "localhost" {
        return Some("has a host without a domain");
    }
    if host.starts_with(['.', '-']) || host.ends_with('-') || host.contains("..") {
        return Some("has a malformed host");
    }
    None
}

/// Report a malformed metadata URL.
pub fn check(ctx: &mut DocContext<'_>) {
    let Some(url) = ctx.doc.meta.url.clone() else {
        return;
    };
    if let Some(problem) = url_problem(url.trim()) {
        ctx.report(Span::new(0, 0), format!("metadata url `{url}` {problem}"))
            .evidence = format!("url {url}");
    }
}

#[cfg(test)]
mod tests {
    use super::url_problem;

    #[test]
    fn urls() {
        for good in [
            "https://example.com",
            "http://news.example.org/a/b?c=1#d",
            "https://[::1]:8080/x",
            "http://localhost/",
        ] {
            assert_eq!(url_problem(good), None, "{good}");
        }
        for bad in [
            "www.example.com",
            "https://",
            "https://example",
            "https://exa mple.com",
            "ftp://example.com",
            "https://..com",
        ] {
            assert!(url_problem(bad).is_some(), "{bad}");
        }
    }
}
