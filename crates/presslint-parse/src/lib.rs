//! Text in, structured [`Document`] out.
//!
//! `presslint-parse` turns the raw text of a press release or news article
//! into a [`Document`]: metadata from front matter or a JSONL record, the
//! text's blocks with their roles (headline, dateline, lede, paragraphs,
//! boilerplate), the residue spans the boilerplate recognisers found, and the
//! dates stated in the text. It is pure: no file system, no threads, no
//! global state, and it never fails — odd input yields a best-effort
//! structure, and problems with the input itself (bad encoding, front matter
//! that does not parse, a JSONL line that is not a record) come back as
//! values for the caller to report.
//!
//! The entry points are [`parse_file_text`] for the text of a `.txt` or `.md`
//! file, [`record::parse_record`] for one JSONL line, [`parse`] for text whose
//! metadata is already known, and [`decode::decode`] for bytes.
//!
//! ```
//! use presslint_core::{BlockKind, BoilerplateKind, DocRef};
//!
//! let text = "---\ntitle: Port opens\n---\nPort Opens New Terminal\n\
//!             HAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened a terminal.\n";
//! let (doc, problem) = presslint_parse::parse_file_text(DocRef::file("port.md"), text.to_string());
//! assert!(problem.is_none());
//! assert_eq!(doc.meta.title.as_deref(), Some("Port opens"));
//! assert_eq!(doc.blocks[0].kind, BlockKind::Headline);
//! assert_eq!(doc.boilerplate[0].kind, BoilerplateKind::WireDateline);
//! let article = presslint_parse::normalize::article_text(&doc);
//! assert!(!article.contains("EINPresswire"));
//! ```
#![deny(missing_docs)]

pub mod boilerplate;
pub mod dates;
pub mod decode;
pub mod figures;
pub mod frontmatter;
pub mod metadata;
pub mod normalize;
pub mod record;
pub mod relative;
mod scan;
pub mod segment;
pub mod sentences;
pub mod wire;

pub use boilerplate::BoilerplateOptions;
pub use frontmatter::FrontMatterError;
/// The data model the parser produces, so that a user of this crate alone
/// needs no other: documents, spans, blocks, residue, dates and figures.
pub use presslint_core::{
    Block, BlockKind, BoilerplateKind, BoilerplateSpan, CivilDate, DateMention, DocRef, Document, Figure,
    Metadata, Span,
};
pub use record::{Record, RecordError};

/// Parse text whose metadata is already known (a JSONL record, standard input).
pub fn parse(doc: DocRef, meta: Metadata, text: String) -> Document {
    parse_with(doc, meta, text, &BoilerplateOptions::default())
}

/// [`parse`] with the user's own residue patterns and template lines.
pub fn parse_with(doc: DocRef, meta: Metadata, text: String, options: &BoilerplateOptions) -> Document {
    let mut document = Document::new(doc, meta, text);
    analyse(&mut document, options);
    document
}

/// Parse the text of a `.txt` or `.md` file: split off front matter, then
/// analyse the body. When the front matter does not parse, the whole text is
/// kept as the body and the error is returned beside the document.
pub fn parse_file_text(doc: DocRef, text: String) -> (Document, Option<FrontMatterError>) {
    parse_file_text_with(doc, text, &BoilerplateOptions::default())
}

/// [`parse_file_text`] with the user's own residue patterns and template lines.
pub fn parse_file_text_with(
    doc: DocRef,
    text: String,
    options: &BoilerplateOptions,
) -> (Document, Option<FrontMatterError>) {
    match frontmatter::split(&text) {
        Ok(fm) if fm.body_start == 0 => (parse_with(doc, fm.meta, text, options), None),
        Ok(fm) => {
            let body = text[fm.body_start..].to_string();
            let mut document = Document::new(doc, fm.meta, body);
            document.first_line = fm.body_line;
            analyse(&mut document, options);
            (document, None)
        }
        Err(err) => (parse_with(doc, Metadata::default(), text, options), Some(err)),
    }
}

fn analyse(document: &mut Document, options: &boilerplate::BoilerplateOptions) {
    let text = &document.text;
    document.boilerplate = boilerplate::find_boilerplate(text, options);
    document.dates = dates::find_dates(text);
    document.blocks = segment::segment(text, &document.boilerplate, &document.dates);
}
