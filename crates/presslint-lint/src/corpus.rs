//! The corpus pass: rules that compare documents, run over sketches only.

use presslint_core::{Diagnostic, Location, Severity};

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

    /// The findings reported so far.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.out
    }
}
