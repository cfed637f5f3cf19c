//! The presslint rules and the engine that runs them.
//!
//! `presslint-lint` takes documents — files, directories, JSONL datasets or
//! texts already in memory — and reports what is wrong with them, in four
//! families: duplicate coverage (`D`), boilerplate residue (`B`),
//! inconsistent figures (`F`) and validation (`V`). A run has two phases: a
//! parallel pass that parses each document, runs the single-document rules
//! and condenses the document into a [`DocSketch`], then a corpus pass that
//! compares sketches. Findings are sorted, so output is byte-identical
//! whatever the number of threads.
//!
//! - [`Linter`] (built by [`LinterBuilder`]) runs checks and returns a [`Report`].
//! - [`Config`] reads `presslint.toml`; [`Baseline`] holds accepted findings.
//! - [`render()`] writes a report as human, concise, JSON, SARIF or GitHub output.
//! - [`rules::REGISTRY`] lists every rule with its documentation.
//!
//! ```
//! use presslint_core::{DocRef, Metadata};
//! use presslint_lint::{Format, Linter, RenderOptions, render};
//!
//! let linter = Linter::builder().threads(2).build().unwrap();
//! let docs = vec![
//!     (DocRef::file("a.txt"), Metadata::default(), "Port opens\nThe port  opened on Thursday, March 4, 2021.".to_string()),
//!     (DocRef::file("b.txt"), Metadata::default(), "Port opens\nThe port opened on Thursday, March 4, 2021.".to_string()),
//! ];
//! let report = linter.check_documents(docs);
//! let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
//! assert_eq!(codes, ["D101"]);
//!
//! let mut out = Vec::new();
//! render(&report, Format::Concise, RenderOptions { quiet: true, ..Default::default() }, &mut out).unwrap();
//! assert_eq!(
//!     String::from_utf8(out).unwrap(),
//!     "b.txt:1:1: D101 exact duplicate of `a.txt`: the same article text\n"
//! );
//! ```
#![deny(missing_docs)]

pub mod atomic;
mod background;
pub mod baseline;
pub mod cache;
pub mod clean;
pub mod config;
pub mod corpus;
pub mod docs;
pub mod engine;
pub mod event;
pub mod figure_report;
pub mod input;
mod min_hash_kernel;
pub mod paths;
pub mod render;
pub mod rule;
pub mod rules;
pub mod selection;
pub mod similarity;
pub mod sketch;
pub mod textutil;

pub use background::drop_in_background;
pub use baseline::{Baseline, BaselineError};
pub use config::{Config, ConfigError};
pub use engine::{DOCUMENT_STAGES, Linter, LinterBuilder, Progress, Report, Timings};
pub use input::Input;
pub use render::{Format, RenderOptions, render};
pub use rule::RuleInfo;
pub use sketch::DocSketch;
