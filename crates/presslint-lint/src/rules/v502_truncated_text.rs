use presslint_core::{BlockKind, Span};

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// Text that ends in the middle of a sentence.
    ///
    /// ## What it finds
    /// A document whose last paragraph of prose (headings, subheadings and
    /// boilerplate aside) stops where no sentence can end: on a comma,
    /// semicolon or dash, or on a word that always has more after it — an
    /// article, a preposition, a conjunction or an auxiliary verb (`the`, `of`,
    /// `and`, `was`) — as when an extractor or a length limit cut the article.
    /// A last line that merely lacks its full stop is not reported: sign-offs,
    /// list items and credits often end that way on purpose.
    ///
    /// ## Why it matters
    /// A truncated article has lost its end, often the part that resolves
    /// what the beginning announced; summaries and counts built on it are
    /// wrong.
    ///
    /// ## Example
    /// ```text
    /// The council will vote on the plan when it meets in
    ///                                                 ^^ the text ends mid-sentence
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct TruncatedText {
        code: "V502",
        name: "truncated-text",
        family: Validation,
        severity: Warning,
    }
}

/// Words after which an English sentence cannot end.
const DANGLING: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "and", "or", "but",
    "nor", "as", "than", "that", "which", "who", "whose", "is", "was", "are", "were", "will", "would", "has",
    "have", "had", "be", "been", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those",
    "if", "because",
];

/// Report a last prose paragraph that does not end a sentence.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let Some(last) = ctx
        .doc
        .blocks
        .iter()
        .rev()
        .find(|b| b.kind != BlockKind::Boilerplate)
    else {
        return;
    };
    if !matches!(
        last.kind,
        BlockKind::Paragraph | BlockKind::Lede | BlockKind::Subheading
    ) {
        return;
    }
    let line = last.span.slice(text);
    let Some(end) = line.chars().next_back() else {
        return;
    };
    let last_word: String = line.split_whitespace().next_back().unwrap_or("").to_lowercase();
    let cut = matches!(end, ',' | ';' | '-' | '–' | '—')
        || (end.is_alphabetic() && DANGLING.contains(&last_word.as_str()));
    if !cut {
        return;
    }
    let word_start = line
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let span = Span::new(last.span.start + word_start, last.span.end);
    ctx.report(span, "the text ends mid-sentence");
}
