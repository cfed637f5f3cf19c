//! Rule documentation as readers see it.

use crate::rule::RuleInfo;

/// A rule's documentation as Markdown: the doc comment with the one space
/// that follows each `///` removed.
pub fn rule_markdown(info: &RuleInfo) -> String {
    let mut out = String::with_capacity(info.doc.len());
    for line in info.doc.lines() {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
        out.push('\n');
    }
    out.trim_end().to_string() + "\n"
}

/// What `presslint rule CODE` prints: a header line, then the documentation.
pub fn rule_page(info: &RuleInfo) -> String {
    format!(
        "# {} ({})\n\nFamily: {} · default severity: {}\n\n{}",
        info.name,
        info.code,
        info.family.as_str(),
        info.default_severity,
        rule_markdown(info)
    )
}
