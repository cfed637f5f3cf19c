use crate::rule::declare_rule;

declare_rule! {
    /// A document larger than the configured limit, skipped.
    ///
    /// ## What it finds
    /// A file, or a JSONL record, of more bytes than `[limits]
    /// max-document-bytes` (16 MiB unless configured). It is reported and not
    /// parsed; the run goes on with the other documents.
    ///
    /// ## Why it matters
    /// No press release or news article is that large: such an input is a
    /// dump, a log or a binary named `.txt`, and reading it as prose would
    /// only cost time and memory.
    ///
    /// ## Example
    /// ```text
    /// error[V006]: `dump.txt` is 52,428,800 bytes, more than the limit of 16,777,216 (`[limits] max-document-bytes`); skipped
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [limits]
    /// max-document-bytes = 16777216
    /// ```
    pub struct DocumentTooLarge {
        code: "V006",
        name: "document-too-large",
        family: Validation,
        severity: Error,
    }
}
