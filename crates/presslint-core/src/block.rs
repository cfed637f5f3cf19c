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
    /// An item of a list (`- `, `* `, `• `, `1. `, `a) `).
    ListItem,
    /// A row of a table: cells separated by runs of spaces, tabs or bars.
    TableRow,
    /// Residue that is not part of the article; see [`BoilerplateSpan`].
    Boilerplate,
}

/// The kind of residue a boilerplate span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// A wire service's or agency's dateline: `CITY, STATE, Month D, YYYY /EINPresswire.com/ --`, `LONDON (Reuters) -`.
    WireDateline,
    /// A notice about where the release was distributed or can be viewed.
    DistributionNotice,
    /// A wire's or publisher's editorial disclaimer or source-transparency paragraph.
    Disclaimer,
    /// A forward-looking-statements (safe harbour) paragraph.
    SafeHarbor,
    /// The issuer's standing `About <Company>` section.
    AboutCompany,
    /// A copyright or all-rights-reserved line.
    Copyright,
    /// An end mark: `###`, `-30-`, `ENDS`.
    EndMark,
    /// A media-contact block, a phone number or e-mail line, `email us here` residue.
    Contact,
    /// A street address or office hours.
    Address,
    /// A navigation menu or section list flattened to text.
    Navigation,
    /// A breadcrumb trail, often glued together: `HOMEBusinessBusiness NewsText`.
    Breadcrumb,
    /// Share and follow links, `Read more`, related-article lists, cookie banners, newsletter prompts.
    WebWidget,
    /// A byline or date line, often glued to a name: `May 22, 2021Byiqingdao`.
    Byline,
    /// A photo credit or caption credit.
    PhotoCredit,
    /// HTML tags or character entities left in the text.
    Markup,
    /// A line the configuration names as template text.
    Template,
}

impl BoilerplateKind {
    /// Every kind, in declaration order.
    pub const ALL: [BoilerplateKind; 16] = [
        BoilerplateKind::WireDateline,
        BoilerplateKind::DistributionNotice,
        BoilerplateKind::Disclaimer,
        BoilerplateKind::SafeHarbor,
        BoilerplateKind::AboutCompany,
        BoilerplateKind::Copyright,
        BoilerplateKind::EndMark,
        BoilerplateKind::Contact,
        BoilerplateKind::Address,
        BoilerplateKind::Navigation,
        BoilerplateKind::Breadcrumb,
        BoilerplateKind::WebWidget,
        BoilerplateKind::Byline,
        BoilerplateKind::PhotoCredit,
        BoilerplateKind::Markup,
        BoilerplateKind::Template,
    ];

    /// The kebab-case name used in output and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::WireDateline => "wire-dateline",
            BoilerplateKind::DistributionNotice => "distribution-notice",
            BoilerplateKind::Disclaimer => "disclaimer",
            BoilerplateKind::SafeHarbor => "safe-harbor",
            BoilerplateKind::AboutCompany => "about-company",
            BoilerplateKind::Copyright => "copyright",
            BoilerplateKind::EndMark => "end-mark",
            BoilerplateKind::Contact => "contact",
            BoilerplateKind::Address => "address",
            BoilerplateKind::Navigation => "navigation",
            BoilerplateKind::Breadcrumb => "breadcrumb",
            BoilerplateKind::WebWidget => "web-widget",
            BoilerplateKind::Byline => "byline",
            BoilerplateKind::PhotoCredit => "photo-credit",
            BoilerplateKind::Markup => "markup",
            BoilerplateKind::Template => "template",
        }
    }

    /// The kind with this kebab-case name.
    pub fn from_name(name: &str) -> Option<BoilerplateKind> {
        BoilerplateKind::ALL.into_iter().find(|k| k.as_str() == name)
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
