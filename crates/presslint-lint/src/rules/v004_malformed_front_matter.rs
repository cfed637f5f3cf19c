use crate::rule::declare_rule;

declare_rule! {
    /// Front matter that does not parse.
    ///
    /// ## What it finds
    /// A `---` (YAML) or `+++` (TOML) block at the top of a `.txt` or `.md`
    /// file that is never closed or does not parse, with the line of the
    /// problem. The document is still checked, with the whole file as its text.
    ///
    /// ## Why it matters
    /// Metadata that cannot be read is metadata lost: titles, dates and
    /// sources feed duplicate grouping and date checks.
    ///
    /// ## Example
    /// ```text
    /// error[V004]: front matter does not parse: YAML front matter does not parse: unterminated double-quoted string
    ///   --> posts/launch.md:3:1
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct MalformedFrontMatter {
        code: "V004",
        name: "malformed-front-matter",
        family: Validation,
        severity: Error,
    }
}
