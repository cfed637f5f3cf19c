use crate::rule::declare_rule;

declare_rule! {
    /// A JSONL line that is not a document record.
    ///
    /// ## What it finds
    /// A line of a `.jsonl` or `.jsonl.gz` file that is not valid JSON, is not
    /// a JSON object, has no `text` field, or has a `text` that is not a
    /// string. The finding names the file and the line.
    ///
    /// ## Why it matters
    /// A record the tools cannot read silently drops out of every later step.
    ///
    /// ## Example
    /// ```text
    /// error[V003]: line 12 is not a document record: the record has no `text` field
    ///   --> data/news.jsonl:12:1
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct MalformedRecord {
        code: "V003",
        name: "malformed-record",
        family: Validation,
        severity: Error,
    }
}
