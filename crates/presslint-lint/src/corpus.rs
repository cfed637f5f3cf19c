//! The corpus pass: rules that compare documents, run over sketches only.

use std::sync::{Arc, OnceLock};

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
    index: Arc<CorpusIndex>,
}

/// What several corpus rules work out from the same sketches, worked out
/// once a pass: the exact-copy representatives (four duplicate rules start
/// from them) and the sorted sentence entries (two passage rules do).
/// Each is computed the first time a rule asks, unless the engine filled it
/// before the rules started.
#[derive(Debug, Default)]
pub struct CorpusIndex {
    representatives: OnceLock<Vec<usize>>,
    sentences: OnceLock<Vec<SentenceEntry>>,
}

impl CorpusIndex {
    /// See [`crate::rules::d102_near_duplicate::exact_representatives`].
    pub fn representatives(&self, sketches: &[DocSketch]) -> &[usize] {
        self.representatives
            .get_or_init(|| crate::rules::d102_near_duplicate::exact_representatives(sketches))
    }

    /// One [`SentenceEntry`] for each sentence of each representative,
    /// sorted on the current thread pool.
    pub fn sentences(&self, sketches: &[DocSketch]) -> &[SentenceEntry] {
        use rayon::slice::ParallelSliceMut;
        self.sentences.get_or_init(|| {
            let mut entries = sentence_entries(sketches, self.representatives(sketches));
            // The entries are distinct, so any sort gives the one order.
            entries.par_sort_unstable();
            entries
        })
    }

    /// Fill the parts `wanted` asks for now: rules that find them ready do
    /// not wait for each other.
    pub fn fill(&self, sketches: &[DocSketch], wanted: IndexParts) {
        if wanted.representatives {
            self.representatives(sketches);
        }
        if wanted.sentences {
            self.sentences(sketches);
        }
    }
}

/// A sentence of a document: its hash, the document's index and the
/// sentence's index in it.
pub type SentenceEntry = (u64, u32, u32);

/// One entry per sentence of each of `documents`, in no order. Flat
/// entries, sorted once: at a million documents a map of vectors would
/// outweigh the sketches.
fn sentence_entries(sketches: &[DocSketch], documents: &[usize]) -> Vec<SentenceEntry> {
    let mut entries = Vec::new();
    for &doc in documents {
        for (k, sentence) in sketches[doc].sentences.iter().enumerate() {
            entries.push((sentence.hash, doc as u32, k as u32));
        }
    }
    entries
}

/// Which parts of a [`CorpusIndex`] the enabled rules use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IndexParts {
    /// The exact-copy representatives.
    pub representatives: bool,
    /// The sorted sentence entries (and the representatives they come from).
    pub sentences: bool,
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

    /// An empty context whose rules share `index` with the other rules of
    /// the pass.
    pub fn with_index(config: Config, index: Arc<CorpusIndex>) -> Self {
        CorpusContext {
            config,
            index,
            ..CorpusContext::default()
        }
    }

    /// What the rules of this pass work out once for all of them.
    pub fn index(&self) -> &CorpusIndex {
        &self.index
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Check, REGISTRY};
    use crate::sketch::SketchParts;
    use presslint_core::LineIndex;
    use presslint_parse::{DocRef, Metadata};

    /// Documents that share sentences, some of them exact copies.
    fn sketches() -> Vec<DocSketch> {
        let shared =
            "The port of Vell opened its new container berth on Monday after two years of building work.";
        let texts = [
            format!("Vell port news\n\n{shared} Cargo volumes rose by a tenth in the first week of trading there."),
            format!("Vell port news\n\n{shared} Cargo volumes rose by a tenth in the first week of trading there."),
            format!("Harbour diary\n\n{shared} Local fishermen said the new quay left them less room to moor boats."),
            "Weather\n\nRain is expected across the north of the country for most of the coming long weekend.".to_string(),
            format!("Trade notes\n\nExporters welcomed the news. {shared} Shipping lines plan weekly calls from spring."),
        ];
        texts
            .iter()
            .enumerate()
            .map(|(k, text)| {
                let doc = presslint_parse::parse(
                    DocRef::file(format!("d{k}.txt")),
                    Metadata::default(),
                    text.clone(),
                );
                DocSketch::new(&doc, &LineIndex::new(&doc.text), &SketchParts::all())
            })
            .collect()
    }

    fn findings(sketches: &[DocSketch], index: Option<Arc<CorpusIndex>>) -> Vec<String> {
        let mut out = Vec::new();
        for rule in REGISTRY {
            let Check::Corpus(check) = rule.check else {
                continue;
            };
            let mut ctx = match &index {
                Some(index) => CorpusContext::with_index(Config::default(), index.clone()),
                None => CorpusContext::new(Config::default()),
            };
            ctx.start_rule(rule.info, rule.info.default_severity);
            check(sketches, &mut ctx);
            out.extend(
                ctx.into_diagnostics()
                    .iter()
                    .map(|d| format!("{} {} {}", d.code, d.location.doc, d.message)),
            );
        }
        out
    }

    #[test]
    fn a_filled_index_is_the_one_rules_would_build_themselves() {
        let sketches = sketches();
        let lazy = CorpusIndex::default();
        let filled = CorpusIndex::default();
        filled.fill(
            &sketches,
            IndexParts {
                representatives: true,
                sentences: true,
            },
        );
        let representatives = crate::rules::d102_near_duplicate::exact_representatives(&sketches);
        assert_eq!(representatives, vec![0, 2, 3, 4], "document 1 copies document 0");
        assert_eq!(lazy.representatives(&sketches), representatives.as_slice());
        assert_eq!(filled.representatives(&sketches), representatives.as_slice());
        let mut entries = sentence_entries(&sketches, &representatives);
        entries.sort_unstable();
        assert!(entries.len() > 4);
        assert_eq!(lazy.sentences(&sketches), entries.as_slice());
        assert_eq!(filled.sentences(&sketches), entries.as_slice());
        // The rules find the same whether they share a filled index or each
        // builds its own, and the shared sentence is found.
        let alone = findings(&sketches, None);
        assert_eq!(findings(&sketches, Some(Arc::new(filled))), alone);
        assert!(alone.iter().any(|f| f.starts_with("D104")), "{alone:#?}");
    }
}
