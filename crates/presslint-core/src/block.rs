use serde::{Deserialize, Serialize};

use crate::Span;

/// What part of an article a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BlockKind {
    /// The title line at the top of the text.
    Headline,
    /// A line that is only a dateline (place and date, wire tag).
    Dateline,
    /// A line naming the author.
    Byline,
    /// The first paragraph of the article's prose.
    Lede,
    /// A paragraph of the article's prose.
    Paragraph,
    /// A short line that introduces a section.
    Subheading,
    /// Residue that is not part of the article; see [`BoilerplateSpan`].
    Boilerplate,
}

/// The kind of residue a boilerplate span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// A wire service's dateline, such as `CITY, STATE, Month D, YYYY /EINPresswire.com/ --`.
    WireDateline,
    /// A notice about where the release was distributed or can be viewed.
    DistributionNotice,
    /// A wire's or publisher's editorial disclaimer.
    Disclaimer,
    /// A copyright or all-rights-reserved line.
    Copyright,
    /// A media-contact block, phone number or e-mail residue.
    Contact,
    /// A navigation menu or breadcrumb flattened to text.
    Navigation,
    /// A photo credit.
    PhotoCredit,
    /// A byline or date line glued to a name.
    Byline,
    /// HTML tags or character entities left in the text.
    Markup,
}

impl BoilerplateKind {
    /// The kebab-case name used in output and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::WireDateline => "wire-dateline",
            BoilerplateKind::DistributionNotice => "distribution-notice",
            BoilerplateKind::Disclaimer => "disclaimer",
            BoilerplateKind::Copyright => "copyright",
            BoilerplateKind::Contact => "contact",
            BoilerplateKind::Navigation => "navigation",
            BoilerplateKind::PhotoCredit => "photo-credit",
            BoilerplateKind::Byline => "byline",
            BoilerplateKind::Markup => "markup",
        }
    }
}

/// A run of residue inside the text, with how sure the classifier is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoilerplateSpan {
    /// What kind of residue it is.
    pub kind: BoilerplateKind,
    /// Where it is; may be part of a line, as when a dateline is glued to prose.
    pub span: Span,
    /// How sure the classifier is, from 0 to 1.
    pub confidence: f32,
}

/// A structural unit of a document: a line or a paragraph with its role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// The block's role.
    pub kind: BlockKind,
    /// Where it is, without surrounding blank lines.
    pub span: Span,
}
