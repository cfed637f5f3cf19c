//! The vocabulary every presslint crate speaks.
//!
//! `presslint-core` holds plain data and nothing else: a [`Document`] with its
//! [`Metadata`] and the structure the parser found in it ([`Block`]s,
//! [`BoilerplateSpan`]s, [`DateMention`]s), the [`Span`]s that point into its
//! text, and the [`Diagnostic`]s that rules report. Every type is
//! serializable with serde, so that parse results, sketches and findings can
//! be written out and read back. Logic is limited to constructors, accessors
//! and the invariants that keep these values valid.
//!
//! Spans are byte ranges into a document's original text, which is never
//! mutated. Lines and columns exist only for display and are computed by
//! [`LineIndex`]; columns count characters and are 1-based.
//!
//! ```
//! use presslint_core::{LineIndex, Span};
//!
//! let text = "Headline\nSecond line — with a dash";
//! let index = LineIndex::new(text);
//! let span = Span::new(9, 15);
//! assert_eq!(span.slice(text), "Second");
//! let start = index.line_col(text, span.start);
//! assert_eq!((start.line, start.column), (2, 1));
//! ```
#![deny(missing_docs)]

mod block;
mod date;
mod diagnostic;
mod document;
mod figure;
mod span;

pub use block::{Block, BlockKind, BoilerplateKind, BoilerplateSpan};
pub use date::{CivilDate, DateMention, Weekday};
pub use diagnostic::{Code, Diagnostic, Edit, Family, Fix, Location, Related, Severity, Snippet};
pub use document::{DocRef, Document, Metadata};
pub use figure::{FactKey, Figure, Hedge, Interval, Role, Scale, Unit};
pub use span::{LineCol, LineIndex, Span};
