//! The corpus pass: rules that compare documents, run over sketches only.

use presslint_core::{Diagnostic, DocRef, Location, Severity, Span};

use crate::config::Config;
use crate::rule::RuleInfo;
use crate::sketch::DocSketch;

/// A rule that looks at the whole corpus through its sketches.
pub type CorpusCheck = fn(&[DocSketch], &mut CorpusContext);

/// Where corpus rules report, with the configuration they read options from.
#[derive(Debug, Default)]
pub struct CorpusContext {
    /// The configuration, with the rules' options.
    pub config: Config,
    rule: Option<RuleInfo>,
    severity: Option<Severity>,
    out: Vec<Diagnostic>,
    quotes: Vec<QuoteRequest>,
}

/// A quotation a finding's message is to end with, taken from the document
/// after the corpus pass: sketches read from files leave sentence texts out,
/// as they would be most of a sketch's size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRequest {
    /// The finding, by its index among the corpus pass's findings.
    pub finding: usize,
    /// The document to quote.
    pub doc: DocRef,
    /// What to quote, in the document's text.
    pub span: Span,
}

impl CorpusContext {
    /// An empty context reading options from `config`.
    pub fn new(config: Config) -> Self {
        CorpusContext {
            config,
            ..CorpusContext::default()
        }
    }

    /// Make `rule`, at `severity`, the one whose findings are reported next.
    pub fn start_rule(&mut self, rule: RuleInfo, severity: Severity) {
        self.rule = Some(rule);
        self.severity = Some(severity);
    }

    /// Report a finding of the current rule; `evidence` identifies it in baselines.
    pub fn report(
        &mut self,
        location: Location,
        message: impl Into<String>,
        evidence: &str,
    ) -> &mut Diagnostic {
        let rule = self.rule.expect("start_rule is called before a rule reports");
        self.out.push(Diagnostic {
            code: rule.code(),
            rule: rule.name.to_string(),
            severity: self.severity.unwrap_or(rule.default_severity),
            message: message.into(),
            location,
            related: Vec::new(),
            fix: None,
            evidence: evidence.to_string(),
        });
        self.out.last_mut().expect("just pushed")
    }

    /// Ask for the last finding's message to end with `: "…"`, quoting
    /// `span` of `doc` once the documents can be read again.
    pub fn quote_later(&mut self, doc: DocRef, span: Span) {
        if let Some(finding) = self.out.len().checked_sub(1) {
            self.quotes.push(QuoteRequest { finding, doc, span });
        }
    }

    /// The findings reported so far.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.out
    }

    /// The findings reported so far, and the quotations they wait for.
    pub fn into_parts(self) -> (Vec<Diagnostic>, Vec<QuoteRequest>) {
        (self.out, self.quotes)
    }
}
