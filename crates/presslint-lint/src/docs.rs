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

/// Every rule's page in one Markdown document, `docs/rules.md`: an index
/// table, then each rule (code, name, family, default severity, and its
/// documentation: what it finds, why it matters, an example, its options).
pub fn rules_document() -> String {
    let mut out = String::from(
        "# presslint rules\n\n\
         Generated from the rules' own documentation by `cargo xtask docs`; do not edit.\n\
         `presslint rule CODE` prints one of these pages.\n\n\
         | code | name | family | severity | summary |\n|---|---|---|---|---|\n",
    );
    for rule in crate::rules::REGISTRY {
        let info = &rule.info;
        out.push_str(&format!(
            "| [{}](#{}) | `{}` | {} | {} | {} |\n",
            info.code,
            info.code.to_ascii_lowercase(),
            info.name,
            info.family.as_str(),
            info.default_severity,
            info.summary.replace('|', "\\|")
        ));
    }
    for rule in crate::rules::REGISTRY {
        let info = &rule.info;
        out.push_str(&format!(
            "\n## {}\n\n`{}` · family {} · default severity {}\n\n",
            info.code,
            info.name,
            info.family.as_str(),
            info.default_severity
        ));
        // The rule's own headings sit one level below its section.
        for line in rule_markdown(info).lines() {
            if line.starts_with("## ") {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
