use crate::rule::declare_rule;

declare_rule! {
    /// An input that could not be read.
    ///
    /// ## What it finds
    /// A file or directory that exists in the inputs but could not be read: a
    /// path that does not exist, permission denied, a directory loop, a
    /// compressed file that ends early, or any other I/O error. The message
    /// names the path and the operating system's reason.
    ///
    /// ## Why it matters
    /// A document that is never read is never checked. The run goes on with
    /// every other input, but the gap is reported so that it is not mistaken
    /// for a clean result.
    ///
    /// ## Example
    /// ```text
    /// error[V001]: cannot read `corpus/locked.txt`: Permission denied (os error 13)
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct UnreadableInput {
        code: "V001",
        name: "unreadable-input",
        family: Validation,
        severity: Error,
    }
}
