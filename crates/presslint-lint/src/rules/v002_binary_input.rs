use crate::rule::declare_rule;

declare_rule! {
    /// A file named as an input that holds binary data, not text.
    ///
    /// ## What it finds
    /// A file with a NUL byte in its first 8 KiB, the test git and ripgrep use.
    /// Such a file is skipped rather than decoded into nonsense.
    ///
    /// ## Why it matters
    /// Images, archives and office documents sometimes land in a text corpus
    /// by mistake; a pipeline downstream would read them as garbage.
    ///
    /// ## Example
    /// ```text
    /// error[V002]: `corpus/photo.txt` is binary (NUL byte at offset 6); skipped
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct BinaryInput {
        code: "V002",
        name: "binary-input",
        family: Validation,
        severity: Error,
    }
}
