use crate::rule::declare_rule;

declare_rule! {
    /// Text that is not valid UTF-8.
    ///
    /// ## What it finds
    /// A file or record whose bytes are not valid UTF-8. The finding gives the
    /// byte offset of the first invalid sequence, the bytes themselves, how
    /// many invalid sequences there are, and the encoding the text was read
    /// as instead (Windows-1252, a superset of Latin-1), which is also the
    /// suggested encoding to convert from. The rest of the document is still
    /// checked, as decoded.
    ///
    /// ## Why it matters
    /// A corpus in mixed encodings breaks tokenisers, hashes and every exact
    /// comparison; a pound sign read as Latin-1 in one file and UTF-8 in
    /// another makes the same text look different.
    ///
    /// ## Example
    /// ```text
    /// error[V101]: not valid UTF-8: byte 0xA3 at offset 257 (1 invalid sequence); read as windows-1252
    ///   --> sport/199.txt:5:42
    ///   = help: convert the file with `iconv -f windows-1252 -t utf-8`
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct InvalidUtf8 {
        code: "V101",
        name: "invalid-utf8",
        family: Validation,
        severity: Error,
    }
}
