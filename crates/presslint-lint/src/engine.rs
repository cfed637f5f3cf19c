//! The two-phase engine: a parallel pass over documents, then a corpus pass
//! over their sketches.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use presslint_core::{CivilDate, Diagnostic, DocRef, Document, LineIndex, Location, Metadata, Span};
use presslint_parse::decode;
use rayon::prelude::*;

use crate::baseline::{Baseline, BaselineError};
use crate::config::Config;
use crate::corpus::{CorpusContext, QuoteRequest};
use crate::input::{self, Input, Unit};
use crate::rule::{DocContext, RuleInfo};
use crate::rules::{
    BinaryInput, Check, InvalidUtf8, MalformedFrontMatter, MalformedRecord, REGISTRY, Registered,
};
use crate::sketch::{DocSketch, SketchParts};

/// The result of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Findings to show, sorted by document, position and code.
    pub diagnostics: Vec<Diagnostic>,
    /// Documents checked (files and JSONL records that could be read).
    pub documents: usize,
    /// Findings left out because the baseline accepts them.
    pub baselined: usize,
    /// How long each stage took (not part of any output format).
    pub timings: Timings,
    /// How the run used the cache, when it had one.
    pub cache: Option<crate::cache::CacheStats>,
}

/// Wall time of each stage of a run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timings {
    /// Finding the inputs and reading their first batch of documents; the
    /// later batches are read while the pool checks the ones before.
    pub read: std::time::Duration,
    /// Decoding, parsing, single-document rules and sketching, in parallel:
    /// from the first batch handed to the pool to the last one checked.
    pub documents: std::time::Duration,
    /// The corpus rules over the sketches.
    pub corpus: std::time::Duration,
    /// Configuration, sorting and the baseline.
    pub finish: std::time::Duration,
    /// Where the per-document pass spent its time, summed over its threads
    /// (so together more than `documents` when several threads ran): each
    /// stage's name and time, in [`DOCUMENT_STAGES`] order.
    pub document_stages: Vec<(&'static str, std::time::Duration)>,
    /// Each corpus rule's code and time; the rules run side by side, so
    /// together they can take more than `corpus`.
    pub corpus_rules: Vec<(&'static str, std::time::Duration)>,
    /// Building what the corpus rules share, before they start (see
    /// [`crate::corpus::CorpusIndex`]).
    pub corpus_index: std::time::Duration,
}

/// What the corpus rules found, and each rule's time.
#[derive(Debug, Default)]
struct CorpusFindings {
    findings: Vec<Diagnostic>,
    rule_times: Vec<(&'static str, std::time::Duration)>,
    index_time: std::time::Duration,
}

/// The stages of the per-document pass that [`Timings::document_stages`]
/// reports: decoding and parsing, the single-document rules of each family,
/// and sketching.
pub const DOCUMENT_STAGES: [&str; 6] = [
    "decode and parse",
    "boilerplate rules",
    "duplicate rules",
    "figure rules",
    "validation rules",
    "sketch",
];

/// Time spent in each of [`DOCUMENT_STAGES`], in nanoseconds, across threads.
#[derive(Debug, Default)]
struct StageClock([AtomicU64; 6]);

impl StageClock {
    fn add(&self, stage: usize, since: std::time::Instant) {
        let nanos = u64::try_from(since.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.0[stage].fetch_add(nanos, Ordering::Relaxed);
    }

    /// The times so far, and the clock back at zero: a linter that runs
    /// twice reports each run's own.
    fn take(&self) -> Vec<(&'static str, std::time::Duration)> {
        DOCUMENT_STAGES
            .iter()
            .zip(&self.0)
            .map(|(name, nanos)| {
                (
                    *name,
                    std::time::Duration::from_nanos(nanos.swap(0, Ordering::Relaxed)),
                )
            })
            .collect()
    }
}

fn family_stage(family: presslint_core::Family) -> usize {
    match family {
        presslint_core::Family::Boilerplate => 1,
        presslint_core::Family::Duplicate => 2,
        presslint_core::Family::Figure => 3,
        presslint_core::Family::Validation => 4,
    }
}

/// Counts a run's progress, for a progress bar shown by the caller.
#[derive(Debug, Default)]
pub struct Progress {
    /// Units (files or records) finished.
    pub done: AtomicUsize,
    /// Units to do, known once the inputs were read.
    pub total: AtomicUsize,
}

/// Builds a [`Linter`].
#[derive(Debug, Default)]
pub struct LinterBuilder {
    config: Config,
    threads: Option<usize>,
    use_baseline: bool,
    progress: Option<Arc<Progress>>,
    today: Option<CivilDate>,
    cache: Option<PathBuf>,
    without_snippets: bool,
}

impl LinterBuilder {
    /// Whether findings carry the source lines they point at
    /// ([`presslint_core::Location::snippet`]; default: yes). Reports that
    /// show no source lines (JSON, SARIF, one line a finding) do not need
    /// them, and at a million documents they are hundreds of megabytes.
    pub fn snippets(mut self, keep: bool) -> Self {
        self.without_snippets = !keep;
        self
    }

    /// Use this configuration (default: [`Config::default`]).
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Run on this many threads (default: one per core). Output does not depend on it.
    pub fn threads(mut self, threads: usize) -> Self {
        self.threads = Some(threads.max(1));
        self
    }

    /// Whether to leave out findings the configured baseline accepts (default: yes).
    pub fn use_baseline(mut self, yes: bool) -> Self {
        self.use_baseline = yes;
        self
    }

    /// Judge dates against this day instead of the system clock's (for reproducible runs).
    pub fn today(mut self, today: CivilDate) -> Self {
        self.today = Some(today);
        self
    }

    /// Keep per-document results in this folder and reuse them for
    /// documents whose bytes, identity and configuration have not changed.
    pub fn cache(mut self, dir: PathBuf) -> Self {
        self.cache = Some(dir);
        self
    }

    /// Count progress here.
    pub fn progress(mut self, progress: Arc<Progress>) -> Self {
        self.progress = Some(progress);
        self
    }

    /// Build the linter, reading the baseline if one is configured and used.
    pub fn build(self) -> Result<Linter, BaselineError> {
        let baseline = match (&self.config.baseline, self.use_baseline) {
            (Some(path), true) if path.exists() => Some((path.clone(), Baseline::load(path)?)),
            _ => None,
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.threads.unwrap_or(0))
            .build()
            .expect("a thread pool can be built");
        let today = self.today.unwrap_or_else(system_today);
        let parts = sketch_parts(&self.config);
        // Chosen once: every document runs the same rules.
        let document_rules = REGISTRY
            .iter()
            .filter(|r| self.config.selection.is_enabled(r.info.code))
            .filter_map(|r| match r.check {
                Check::Document(check) => Some((r.info, check)),
                _ => None,
            })
            .collect();
        let lean_parts = SketchParts {
            quotes: false,
            ..parts
        };
        let cache = self
            .cache
            .as_deref()
            .map(|dir| crate::cache::Cache::new(dir, &format!("{:?}\n{parts:?}\n{today}", self.config)));
        Ok(Linter {
            cache,
            parts,
            lean_parts,
            clock: StageClock::default(),
            config: self.config,
            baseline,
            today,
            pool,
            progress: self.progress.unwrap_or_default(),
            snippets: !self.without_snippets,
            document_rules,
        })
    }
}

/// Runs the rules over documents and corpora.
///
/// ```
/// use presslint_core::{DocRef, Metadata};
/// use presslint_lint::Linter;
///
/// let linter = Linter::builder().build().unwrap();
/// let text = "Port news\nBERLIN, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.".to_string();
/// let report = linter.check_documents(vec![(DocRef::file("memory"), Metadata::default(), text)]);
/// assert_eq!(report.diagnostics[0].code.as_str(), "B101");
/// ```
#[derive(Debug)]
pub struct Linter {
    config: Config,
    baseline: Option<(PathBuf, Baseline)>,
    today: CivilDate,
    pool: rayon::ThreadPool,
    progress: Arc<Progress>,
    /// The sketch parts the enabled corpus rules need.
    parts: SketchParts,
    /// The same without sentence texts, for runs that can read their
    /// documents again to quote them (see [`Linter::fill_quotes`]).
    lean_parts: SketchParts,
    clock: StageClock,
    cache: Option<crate::cache::Cache>,
    /// Whether findings keep their snippets (see [`LinterBuilder::snippets`]).
    snippets: bool,
    /// The enabled single-document rules, in registry order.
    document_rules: Vec<(RuleInfo, crate::rule::DocCheck)>,
}

/// Documents checked per batch: enough to keep every core busy, few enough
/// that a batch of texts is small beside the sketches.
const BATCH: usize = 4096;

/// Batches the pool checks at once while the next is read.
const BATCHES_IN_FLIGHT: usize = 2;

/// The bytes of the inputs when they are plain JSONL files and nothing
/// else: then the first batch tells how many documents there will be.
fn jsonl_bytes(inputs: &[Input], files: &[(std::path::PathBuf, input::FileFormat)]) -> Option<u64> {
    if inputs.iter().any(|i| !matches!(i, Input::Path(_))) {
        return None;
    }
    files.iter().try_fold(0u64, |sum, (path, format)| {
        if *format != input::FileFormat::Jsonl {
            return None;
        }
        Some(sum + std::fs::metadata(path).ok()?.len())
    })
}

/// How many documents `size` bytes of JSONL hold, judged by the first batch
/// read from them.
fn expected_documents(batch: &[Unit], size: u64) -> Option<usize> {
    let read: u64 = batch
        .iter()
        .map(|unit| match unit {
            // The line and its line break.
            Unit::JsonLine { bytes, .. } => bytes.len() as u64 + 1,
            _ => 0,
        })
        .sum();
    let documents = u128::from(size) * batch.len() as u128 / u128::from(read.max(1));
    usize::try_from(documents).ok()
}

/// Make room for the sketches and findings of `expected` documents, from
/// the findings of the first `documents`. Growing by doubling had copied
/// both vectors again and again, into new pages each time: at a million
/// documents, several seconds. Room that is never written costs no memory.
fn reserve_for(acc: &mut Accumulated, documents: usize, expected: usize) {
    // A sixteenth more, for a first batch shorter than the rest.
    let expected = expected + expected / 16;
    acc.sketches.reserve(expected.saturating_sub(acc.sketches.len()));
    let per_document = acc.diagnostics.len() as f64 / documents.max(1) as f64;
    let findings = (per_document * expected as f64) as usize;
    acc.diagnostics
        .reserve(findings.saturating_sub(acc.diagnostics.len()));
}

/// What the per-document pass has gathered so far.
#[derive(Default)]
struct Accumulated {
    diagnostics: Vec<Diagnostic>,
    sketches: Vec<DocSketch>,
}

/// What the per-document pass gives back for one unit.
struct Outcome {
    diagnostics: Vec<Diagnostic>,
    sketch: Option<DocSketch>,
}

impl Linter {
    /// A builder with the default configuration.
    pub fn builder() -> LinterBuilder {
        LinterBuilder {
            use_baseline: true,
            ..LinterBuilder::default()
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Check files, directories and standard input.
    pub fn check_inputs(&self, inputs: &[Input], stdin: impl std::io::Read) -> Report {
        let started = std::time::Instant::now();
        // Files can be read again for the few sentences findings quote, so
        // their sketches leave sentence texts out; standard input cannot.
        let reread = inputs.iter().all(|i| matches!(i, Input::Path(_)));
        let parts = if reread { &self.lean_parts } else { &self.parts };
        let (acc, processing) = self.check_batches(inputs, stdin, parts);
        let read = started.elapsed().saturating_sub(processing);
        let mut report = self.finish(acc, reread.then_some(inputs));
        report.timings.documents = processing;
        report.timings.read = read;
        report.timings.document_stages = self.clock.take();
        report
    }

    /// The per-document pass over every batch of the inputs, and how long
    /// it ran from the first batch on.
    ///
    /// The pool checks up to [`BATCHES_IN_FLIGHT`] batches while this
    /// thread reads the next one: reading had kept one core idle, and a
    /// second batch in the pool keeps both busy through a batch's last,
    /// slowest documents. Outcomes are gathered in input order.
    fn check_batches(
        &self,
        inputs: &[Input],
        stdin: impl std::io::Read,
        parts: &SketchParts,
    ) -> (Accumulated, std::time::Duration) {
        let mut acc = Accumulated::default();
        let mut first_batch = None;
        let mut expected = None;
        type Checked = std::thread::Result<Vec<Outcome>>;
        let (sender, receiver) = std::sync::mpsc::channel::<(usize, Checked)>();
        let mut done: std::collections::BTreeMap<usize, Vec<Outcome>> = Default::default();
        let (mut handed, mut received, mut gathered) = (0, 0, 0);
        let mut gather = |acc: &mut Accumulated, received: &mut usize, expected: Option<usize>| {
            let (k, checked) = receiver.recv().expect("every batch in the pool reports back");
            *received += 1;
            // A panic in the pool goes on in the caller, as it would have
            // from a parallel iterator.
            let outcomes = checked.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            done.insert(k, outcomes);
            while let Some(outcomes) = done.remove(&gathered) {
                let documents = outcomes.len();
                self.gather(outcomes, acc);
                gathered += 1;
                if gathered == 1
                    && let Some(expected) = expected
                {
                    reserve_for(acc, documents, expected);
                }
            }
        };
        self.pool.in_place_scope(|scope| {
            self.for_each_batch(inputs, stdin, &mut |batch, size| {
                while handed - received >= BATCHES_IN_FLIGHT {
                    gather(&mut acc, &mut received, expected);
                }
                if first_batch.is_none() {
                    first_batch = Some(std::time::Instant::now());
                    expected = size.and_then(|size| expected_documents(&batch, size));
                }
                let (sender, k) = (sender.clone(), handed);
                handed += 1;
                scope.spawn(move |_| {
                    let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        self.check_batch(batch, parts)
                    }));
                    // The receiver outlives every batch; a send cannot fail.
                    let _ = sender.send((k, checked));
                });
            });
            while received < handed {
                gather(&mut acc, &mut received, expected);
            }
        });
        let processing = first_batch.map(|t| t.elapsed()).unwrap_or_default();
        (acc, processing)
    }

    /// Hand the units of the inputs to `process` in batches of [`BATCH`], in
    /// input order: files are read in turn, so that only the batches being
    /// read and checked are in memory at once. Each batch comes with the size of the inputs
    /// when they are all plain JSONL files (see [`jsonl_bytes`]).
    fn for_each_batch(
        &self,
        inputs: &[Input],
        stdin: impl std::io::Read,
        process: &mut dyn FnMut(Vec<Unit>, Option<u64>),
    ) {
        let (files, mut batch) = input::discover(inputs);
        let size = jsonl_bytes(inputs, &files);
        let mut add = |unit: Unit| {
            batch.push(unit);
            if batch.len() >= BATCH {
                process(std::mem::take(&mut batch), size);
            }
        };
        if inputs.contains(&Input::LocatedStdin) {
            input::stream_located(stdin, &mut add);
        } else if inputs.contains(&Input::Stdin) {
            add(input::read_stdin(stdin));
        }
        for (path, format) in &files {
            input::stream_file(path, *format, &mut add);
        }
        process(batch, size);
    }

    /// The per-document half of a run, for sharding: read and parse every
    /// document of the inputs and hand its sketch to `emit`, in input order.
    ///
    /// Without `findings`, no rule runs, and what is returned is the problems
    /// met while reading (unreadable files, bad encodings, malformed records,
    /// inputs too large). With `findings`, every per-document rule runs too
    /// (through the cache, if the linter has one), and what is returned is
    /// all their findings besides those problems, so that
    /// [`Linter::check_sketches`] can give the whole report of a single run.
    pub fn sketch_inputs(
        &self,
        inputs: &[Input],
        stdin: impl std::io::Read,
        findings: bool,
        emit: &mut dyn FnMut(&DocSketch) -> std::io::Result<()>,
    ) -> std::io::Result<Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut failed: Option<std::io::Error> = None;
        self.for_each_batch(inputs, stdin, &mut |units, _| {
            let outcomes: Vec<Outcome> = self.pool.install(|| {
                units
                    .into_par_iter()
                    .map(|unit| {
                        if findings {
                            return self.check_unit(unit, &self.parts);
                        }
                        let (document, diagnostics) = self.parse_unit(unit);
                        let sketch =
                            document.map(|d| DocSketch::new(&d, &LineIndex::new(&d.text), &self.parts));
                        Outcome { diagnostics, sketch }
                    })
                    .collect()
            });
            for Outcome { diagnostics, sketch } in outcomes {
                problems.extend(diagnostics);
                if let Some(sketch) = sketch
                    && failed.is_none()
                    && let Err(e) = emit(&sketch)
                {
                    failed = Some(e);
                }
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
        sort_diagnostics(&mut problems);
        Ok(problems)
    }

    /// The corpus half of a run, over sketches written by
    /// [`Linter::sketch_inputs`] (possibly on many machines and merged):
    /// the corpus rules, configuration, order and baseline. Findings point
    /// to the original documents. `findings` are those the per-document
    /// pass gave with the sketches (empty when the sketches were written
    /// without them); they are filtered by this linter's configuration and
    /// baseline like the corpus rules' own.
    pub fn check_sketches(&self, sketches: Vec<DocSketch>, findings: Vec<Diagnostic>) -> Report {
        self.finish(
            Accumulated {
                diagnostics: findings,
                sketches,
            },
            None,
        )
    }

    /// Check documents that are already in memory.
    pub fn check_documents(&self, documents: Vec<(DocRef, Metadata, String)>) -> Report {
        let units = documents
            .into_iter()
            .map(|(doc, meta, text)| Unit::Memory { doc, meta, text })
            .collect();
        self.run(units)
    }

    /// Check units that the caller has read itself: JSONL lines it holds
    /// ([`Unit::JsonLine`], read with the record reader), texts with front
    /// matter ([`Unit::Text`]) or documents with known metadata
    /// ([`Unit::Memory`]).
    pub fn check_units(&self, units: Vec<Unit>) -> Report {
        self.run(units)
    }

    fn run(&self, units: Vec<Unit>) -> Report {
        let started = std::time::Instant::now();
        let mut acc = Accumulated::default();
        let outcomes = self.pool.install(|| self.check_batch(units, &self.parts));
        self.gather(outcomes, &mut acc);
        let documents_time = started.elapsed();
        let mut report = self.finish(acc, None);
        report.timings.documents = documents_time;
        report.timings.document_stages = self.clock.take();
        report
    }

    /// The per-document pass over one batch, in parallel, on the pool.
    fn check_batch(&self, units: Vec<Unit>, parts: &SketchParts) -> Vec<Outcome> {
        self.progress.total.fetch_add(units.len(), Ordering::Relaxed);
        units
            .into_par_iter()
            .map(|unit| {
                let outcome = self.check_unit(unit, parts);
                self.progress.done.fetch_add(1, Ordering::Relaxed);
                outcome
            })
            .collect()
    }

    /// Add a batch's outcomes to what the pass has gathered.
    fn gather(&self, outcomes: Vec<Outcome>, acc: &mut Accumulated) {
        for mut outcome in outcomes {
            // Dropped here, after the cache kept the whole outcome: a later
            // run that wants snippets finds them there.
            if !self.snippets {
                for d in &mut outcome.diagnostics {
                    d.location.snippet = None;
                    for related in &mut d.related {
                        related.location.snippet = None;
                    }
                }
                if let Some(sketch) = &mut outcome.sketch {
                    sketch.anchor_snippet = None;
                }
            }
            acc.diagnostics.extend(outcome.diagnostics);
            acc.sketches.extend(outcome.sketch);
        }
    }

    /// The corpus pass, configuration, order and baseline; `reread` are the
    /// inputs to read again for the quotations findings wait for.
    fn finish(&self, acc: Accumulated, reread: Option<&[Input]>) -> Report {
        let Accumulated {
            mut diagnostics,
            mut sketches,
        } = acc;
        let mut timings = Timings::default();
        let documents = sketches.len();
        // Both grew by doubling; at a million documents the unused capacity
        // of the findings alone is over 100 MB, held through the corpus pass.
        sketches.shrink_to_fit();
        diagnostics.shrink_to_fit();
        sketches.sort_by(|a, b| a.doc.cmp(&b.doc));
        let started = std::time::Instant::now();
        let CorpusFindings {
            findings,
            rule_times,
            index_time,
        } = self.corpus_pass_quoting(&sketches, reread);
        diagnostics.extend(findings);
        // Freeing a million sketches, box by box, takes seconds that the
        // report need not wait for.
        crate::drop_in_background(sketches);
        timings.corpus = started.elapsed();
        timings.corpus_rules = rule_times;
        timings.corpus_index = index_time;
        let started = std::time::Instant::now();
        let mut diagnostics = self.apply_config(diagnostics);
        sort_diagnostics(&mut diagnostics);
        let (diagnostics, baselined) = match &self.baseline {
            Some((path, baseline)) => baseline.filter(path, diagnostics),
            None => (diagnostics, 0),
        };
        timings.finish = started.elapsed();
        Report {
            diagnostics,
            documents,
            baselined,
            timings,
            cache: self.cache.as_ref().map(crate::cache::Cache::stats),
        }
    }

    fn enabled(&self, rule: &Registered) -> bool {
        self.config.selection.is_enabled(rule.info.code)
    }

    fn check_unit(&self, unit: Unit, parts: &SketchParts) -> Outcome {
        let Some(cache) = &self.cache else {
            return self.check_unit_uncached(unit, parts);
        };
        let key = match &unit {
            Unit::Text { doc, bytes } => cache.key(&format!("text\0{doc}"), bytes),
            Unit::JsonLine {
                path,
                line,
                offset,
                bytes,
            } => {
                // The offset in the file only shows in the message about an
                // invalid byte; leaving it out of other keys keeps an edit to
                // one record from invalidating every record after it.
                let offset = if std::str::from_utf8(bytes).is_ok() {
                    0
                } else {
                    *offset
                };
                cache.key(&format!("jsonl\0{path}\0{line}\0{offset}"), bytes)
            }
            Unit::Memory { doc, meta, text } => cache.key(
                &format!(
                    "memory\0{doc}\0{}",
                    serde_json::to_string(meta).unwrap_or_default()
                ),
                text.as_bytes(),
            ),
            Unit::Problem(_) => return self.check_unit_uncached(unit, parts),
        };
        if let Some(entry) = cache.get(&key) {
            return Outcome {
                diagnostics: entry.diagnostics,
                sketch: entry.sketch,
            };
        }
        let outcome = self.check_unit_uncached(unit, parts);
        let entry = crate::cache::Entry {
            diagnostics: outcome.diagnostics,
            sketch: outcome.sketch,
        };
        cache.put(&key, &entry);
        Outcome {
            diagnostics: entry.diagnostics,
            sketch: entry.sketch,
        }
    }

    fn check_unit_uncached(&self, unit: Unit, parts: &SketchParts) -> Outcome {
        let started = std::time::Instant::now();
        let parsed = self.parse_unit(unit);
        self.clock.add(0, started);
        match parsed {
            (Some(document), diagnostics) => self.check_document(document, diagnostics, parts),
            (None, diagnostics) => Outcome {
                diagnostics,
                sketch: None,
            },
        }
    }

    /// Read, decode and parse every document of the inputs, without checking
    /// them: the documents, and the problems met on the way (unreadable
    /// files, bad encodings, malformed records).
    pub fn parse_inputs(
        &self,
        inputs: &[Input],
        stdin: impl std::io::Read,
    ) -> (Vec<Document>, Vec<Diagnostic>) {
        let mut documents = Vec::new();
        let mut problems = Vec::new();
        self.for_each_batch(inputs, stdin, &mut |units, _| {
            for unit in units {
                let (document, diagnostics) = self.parse_unit(unit);
                documents.extend(document);
                problems.extend(diagnostics);
            }
        });
        documents.sort_by(|a, b| a.doc.cmp(&b.doc));
        sort_diagnostics(&mut problems);
        (documents, problems)
    }

    /// The finding for a unit over `[limits] max-document-bytes`, which is not read further.
    fn too_large(&self, unit: &Unit) -> Option<Diagnostic> {
        let limit = self.config.limits.max_document_bytes;
        let (doc, size, what) = match unit {
            Unit::Text { doc, bytes } => (doc.clone(), bytes.len(), format!("`{}`", doc.path)),
            Unit::JsonLine {
                path, line, bytes, ..
            } => (
                DocRef::record(path.as_str(), *line, None),
                bytes.len(),
                format!("line {line}"),
            ),
            Unit::Memory { doc, text, .. } => (doc.clone(), text.len(), "the document".to_string()),
            Unit::Problem(_) => return None,
        };
        if size <= limit {
            return None;
        }
        let thousands = crate::textutil::thousands;
        let mut d = input::file_problem(
            crate::rules::DocumentTooLarge::INFO,
            &doc.path,
            1,
            format!(
                "{what} is {} bytes, more than the limit of {} (`[limits] max-document-bytes`); skipped",
                thousands(size),
                thousands(limit)
            ),
        );
        d.location.doc = doc;
        d.evidence = "too large".to_string();
        Some(d)
    }

    /// Decode and parse one unit: its document, if it has one, and the
    /// problems found. A unit over the size limit is reported, not read.
    fn parse_unit(&self, unit: Unit) -> (Option<Document>, Vec<Diagnostic>) {
        if let Some(problem) = self.too_large(&unit) {
            return (None, vec![problem]);
        }
        match unit {
            Unit::Problem(d) => (None, vec![*d]),
            Unit::Text { doc, bytes } => self.parse_text(doc, &bytes),
            Unit::Memory { doc, meta, text } => (
                Some(presslint_parse::parse_with(
                    doc,
                    meta,
                    text,
                    &self.config.boilerplate,
                )),
                Vec::new(),
            ),
            Unit::JsonLine {
                path,
                line,
                offset,
                bytes,
            } => self.parse_json_line(&path, line, offset, &bytes),
        }
    }

    fn parse_text(&self, doc: DocRef, bytes: &[u8]) -> (Option<Document>, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        if decode::looks_binary(bytes) {
            let nul = bytes.iter().position(|&b| b == 0).unwrap_or(0);
            let mut d = input::file_problem(
                BinaryInput::INFO,
                &doc.path,
                1,
                format!("`{}` is binary (NUL byte at offset {nul}); skipped", doc.path),
            );
            d.evidence = "binary".to_string();
            diagnostics.push(d);
            return (None, diagnostics);
        }
        let decoded = decode::decode(bytes);
        let whole = decoded.text;
        if let Some(issue) = &decoded.encoding {
            diagnostics.push(encoding_problem(
                encoding_location(&doc, &whole, issue.text_offset),
                issue,
            ));
        }
        let (document, front_matter) =
            presslint_parse::parse_file_text_with(doc, whole, &self.config.boilerplate);
        if let Some(err) = front_matter {
            let mut d = input::file_problem(
                MalformedFrontMatter::INFO,
                &document.doc.path,
                err.line,
                format!("front matter does not parse: {}", err.message),
            );
            d.location.doc = document.doc.clone();
            diagnostics.push(d);
        }
        (Some(document), diagnostics)
    }

    fn parse_json_line(
        &self,
        path: &str,
        line: usize,
        offset: usize,
        bytes: &[u8],
    ) -> (Option<Document>, Vec<Diagnostic>) {
        let decoded = decode::decode(bytes);
        let mut diagnostics = Vec::new();
        if let Some(issue) = &decoded.encoding {
            let mut d = input::line_problem(InvalidUtf8::INFO, path, line, &decoded.text, String::new());
            d.message = format!(
                "line {line} is not valid UTF-8: byte 0x{:02X} at offset {} of the line, {} of the file ({} invalid sequence{}); read as {}",
                issue.bytes.first().copied().unwrap_or(0),
                issue.offset,
                offset + issue.offset,
                issue.invalid_sequences,
                if issue.invalid_sequences == 1 { "" } else { "s" },
                issue.fallback
            );
            diagnostics.push(d);
        }
        match presslint_parse::record::parse_record(&decoded.text) {
            Ok(record) => {
                let doc = DocRef::record(path, line, record.id);
                let document =
                    presslint_parse::parse_with(doc, record.meta, record.text, &self.config.boilerplate);
                (Some(document), diagnostics)
            }
            Err(err) => {
                diagnostics.push(input::line_problem(
                    MalformedRecord::INFO,
                    path,
                    line,
                    &decoded.text,
                    format!("line {line} is not a document record: {err}"),
                ));
                (None, diagnostics)
            }
        }
    }

    fn check_document(
        &self,
        document: Document,
        mut diagnostics: Vec<Diagnostic>,
        parts: &SketchParts,
    ) -> Outcome {
        let mut ctx = DocContext::new(&document, &self.config, self.today);
        // Rules come in code order, so a family's rules run together and the
        // clock is read once a family, not once a rule.
        let mut family: Option<(presslint_core::Family, std::time::Instant)> = None;
        for &(info, check) in &self.document_rules {
            match family {
                Some((current, _)) if current == info.family => {}
                _ => {
                    if let Some((previous, started)) = family {
                        self.clock.add(family_stage(previous), started);
                    }
                    family = Some((info.family, std::time::Instant::now()));
                }
            }
            ctx.start_rule(info, info.default_severity);
            check(&mut ctx);
        }
        if let Some((previous, started)) = family {
            self.clock.add(family_stage(previous), started);
        }
        let started = std::time::Instant::now();
        // The sketch reuses the context's line index and, when the
        // cross-document figure rule needs them, the figures its rules found.
        let figures = if parts.figures { ctx.figures() } else { &[] };
        let sentences = if parts.sentences { ctx.sentences() } else { &[] };
        let days = parts.event.then(|| ctx.days());
        let sketch = DocSketch::with_found(&document, ctx.index(), parts, figures, sentences, days);
        diagnostics.extend(ctx.into_diagnostics());
        self.clock.add(5, started);
        Outcome {
            diagnostics,
            sketch: Some(sketch),
        }
    }

    /// Run the corpus rules over sketches (sorted by document). Findings
    /// that quote a sentence whose text the sketch left out end without it.
    pub fn corpus_pass(&self, sketches: &[DocSketch]) -> Vec<Diagnostic> {
        self.corpus_pass_quoting(sketches, None).findings
    }

    /// The corpus pass; with `reread`, the inputs to read again for the
    /// quotations that findings wait for.
    fn corpus_pass_quoting(&self, sketches: &[DocSketch], reread: Option<&[Input]>) -> CorpusFindings {
        let checks: Vec<_> = REGISTRY
            .iter()
            .filter(|r| self.enabled(r))
            .filter_map(|r| match r.check {
                Check::Corpus(check) => Some((r.info, check)),
                _ => None,
            })
            .collect();
        // The corpus rules read the sketches and nothing of each other's, so
        // they run side by side; their findings are joined in registry order,
        // as one after the other would have left them.
        let index = std::sync::Arc::new(crate::corpus::CorpusIndex::default());
        let started = std::time::Instant::now();
        self.pool
            .install(|| index.fill(sketches, index_parts(&self.config)));
        let index_time = started.elapsed();
        // The longest rules start first, so that the short ones fill in
        // around them rather than leave one thread to finish alone.
        let mut order: Vec<usize> = (0..checks.len()).collect();
        order.sort_by_key(|&k| {
            LONGEST_CORPUS_RULES
                .iter()
                .position(|&code| code == checks[k].0.code)
                .unwrap_or(LONGEST_CORPUS_RULES.len())
        });
        let mut runs: Vec<_> = self.pool.install(|| {
            order
                .par_iter()
                .with_max_len(1)
                .map(|&k| {
                    let (info, check) = checks[k];
                    let started = std::time::Instant::now();
                    let mut ctx = CorpusContext::with_index(self.config.clone(), index.clone());
                    ctx.start_rule(info, info.default_severity);
                    check(sketches, &mut ctx);
                    let (mut findings, quotes) = ctx.into_parts();
                    // Quoted as soon as the rule is done, while the longer
                    // rules still run: reading the files again had been a
                    // step of its own, on one thread.
                    if let Some(inputs) = reread
                        && !quotes.is_empty()
                    {
                        self.fill_quotes(&mut findings, quotes, inputs);
                    }
                    (k, info.code, findings, started.elapsed())
                })
                .collect()
        });
        runs.sort_by_key(|run| run.0);
        let mut joined = CorpusFindings {
            index_time,
            ..CorpusFindings::default()
        };
        for (_, code, findings, time) in runs {
            joined.findings.extend(findings);
            joined.rule_times.push((code, time));
        }
        joined
    }

    /// Read again the documents that findings quote, and end each such
    /// finding's message with its quotation. Only the files holding them are
    /// read, and only those documents parsed; a document that is no longer
    /// there (the file changed meanwhile) leaves its finding unquoted.
    fn fill_quotes(&self, findings: &mut [Diagnostic], quotes: Vec<QuoteRequest>, inputs: &[Input]) {
        // (path, record line) → (finding, span) pairs.
        type Wanted = std::collections::HashMap<(String, Option<usize>), Vec<(usize, Span)>>;
        let mut wanted = Wanted::new();
        for q in quotes {
            wanted
                .entry((q.doc.path, q.doc.line))
                .or_default()
                .push((q.finding, q.span));
        }
        let (files, _) = input::discover(inputs);
        for (path, format) in &files {
            let shown = input::display_path(path);
            if !wanted.keys().any(|(p, _)| *p == shown) {
                continue;
            }
            // Only the records quoted from are copied out of the file.
            let lines: std::collections::HashSet<usize> = wanted
                .keys()
                .filter(|(p, _)| *p == shown)
                .filter_map(|&(_, line)| line)
                .collect();
            input::stream_file_lines(path, *format, &|line| lines.contains(&line), &mut |unit| {
                let key = match &unit {
                    Unit::Text { doc, .. } => (doc.path.clone(), doc.line),
                    Unit::JsonLine { path, line, .. } => (path.clone(), Some(*line)),
                    _ => return,
                };
                let Some(requests) = wanted.get(&key) else {
                    return;
                };
                if let (Some(document), _) = self.parse_unit(unit) {
                    for (finding, span) in requests {
                        if let Some(text) = document.text.get(span.start..span.end) {
                            let quote = crate::sketch::quotation(text);
                            findings[*finding].message.push_str(&format!(": \"{quote}\""));
                        }
                    }
                }
            });
        }
    }

    /// Drop findings of disabled or per-file-ignored rules and apply severity overrides.
    fn apply_config(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter(|d| {
                self.config.selection.is_enabled(d.code.as_str())
                    && !self.config.ignored_in(d.code.as_str(), &d.location.doc.path)
            })
            .map(|mut d| {
                d.severity = self.config.severity_of(d.code.as_str(), d.severity);
                d
            })
            .collect()
    }
}

/// The corpus rules that take longest at a million generated documents
/// (`--timings`), longest first: the corpus pass starts them first.
const LONGEST_CORPUS_RULES: [&str; 5] = ["D105", "D102", "D106", "D103", "D104"];

/// Whether any of the rules `codes` is enabled.
fn any_enabled(config: &Config, codes: &[&str]) -> bool {
    codes.iter().any(|c| config.selection.is_enabled(c))
}

/// The parts of the corpus index the enabled corpus rules share.
fn index_parts(config: &Config) -> crate::corpus::IndexParts {
    crate::corpus::IndexParts {
        representatives: any_enabled(config, &["D102", "D103", "D104", "D105"]),
        sentences: any_enabled(config, &["D103", "D104"]),
    }
}

/// The parts of a sketch the enabled corpus rules need.
fn sketch_parts(config: &Config) -> SketchParts {
    let enabled = |codes: &[&str]| any_enabled(config, codes);
    SketchParts {
        lines: enabled(&[crate::rules::RepeatedLine::INFO.code]),
        minhash: enabled(&["D102", "D103", "D104", "D105", "D106"])
            .then(|| config.rules.near_duplicate.params()),
        sentences: enabled(&["D103", "D104"]),
        quotes: enabled(&["D104"]),
        event: enabled(&["D105"]),
        figures: enabled(&["F102"]),
    }
}

/// Today's date in UTC from the system clock.
fn system_today() -> CivilDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    CivilDate::from_days_since_epoch((secs / 86_400) as i64)
}

/// Where the first undecodable byte is, in the coordinates every other finding
/// uses: the body's text after front matter, with file lines. A byte inside
/// the front matter is located by its line alone.
fn encoding_location(doc: &DocRef, whole: &str, offset: usize) -> Location {
    let (body_start, body_line) =
        presslint_parse::frontmatter::split(whole).map_or((0, 1), |fm| (fm.body_start, fm.body_line));
    if offset < body_start {
        let line = LineIndex::new(whole).line_col(whole, offset).line;
        let at = presslint_core::LineCol { line, column: 1 };
        return Location {
            doc: doc.clone(),
            span: Span::new(0, 0),
            start: at,
            end: at,
            snippet: None,
        };
    }
    let body = &whole[body_start..];
    let offset = offset - body_start;
    let end = body[offset..]
        .chars()
        .next()
        .map_or(offset, |c| offset + c.len_utf8());
    Location::resolve(
        doc.clone(),
        body,
        &LineIndex::new(body),
        body_line,
        Span::new(offset, end),
    )
}

fn encoding_problem(location: Location, issue: &decode::EncodingIssue) -> Diagnostic {
    let message = format!(
        "not valid UTF-8: byte 0x{:02X} at offset {} ({} invalid sequence{}); read as {}, convert with `iconv -f {} -t utf-8`",
        issue.bytes.first().copied().unwrap_or(0),
        issue.offset,
        issue.invalid_sequences,
        if issue.invalid_sequences == 1 { "" } else { "s" },
        issue.fallback,
        issue.fallback
    );
    let info = InvalidUtf8::INFO;
    // The line holding the byte identifies the finding; offsets would move.
    let evidence = location.snippet.as_ref().map_or_else(
        || format!("invalid UTF-8 {:02X?}", issue.bytes),
        |s| s.text.clone(),
    );
    Diagnostic {
        code: info.code(),
        rule: info.name.to_string(),
        severity: info.default_severity,
        evidence,
        message,
        location,
        related: Vec::new(),
        fix: None,
    }
}

/// Sort findings by document, position, code and message: the order every
/// output format uses, whatever the thread count.
pub fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        // Borrowed, not cloned: a million findings take some twenty million
        // comparisons.
        fn key(
            d: &Diagnostic,
        ) -> (
            &DocRef,
            presslint_core::LineCol,
            usize,
            usize,
            &presslint_core::Code,
        ) {
            (
                &d.location.doc,
                d.location.start,
                d.location.span.start,
                d.location.span.end,
                &d.code,
            )
        }
        key(a).cmp(&key(b)).then_with(|| a.message.cmp(&b.message))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(bytes: &str) -> Unit {
        Unit::JsonLine {
            path: "a.jsonl".to_string(),
            line: 1,
            offset: 0,
            bytes: bytes.as_bytes().to_vec(),
        }
    }

    #[test]
    fn the_first_batch_tells_how_many_documents_a_file_holds() {
        // Lines of 8 and 18 bytes, each with its line break: 28 bytes.
        let batch = [line("{\"a\": 1}"), line("{\"text\": \"twelve\"}")];
        assert_eq!(expected_documents(&batch, 28), Some(2));
        assert_eq!(expected_documents(&batch, 2_800), Some(200));
        // Nothing read says nothing useful, but does not divide by zero.
        assert_eq!(expected_documents(&[], 3_000), Some(0));
    }

    #[test]
    fn only_plain_files_have_a_size_to_judge_by() {
        assert_eq!(jsonl_bytes(&[Input::Stdin], &[]), None);
        let gz = (std::path::PathBuf::from("a.jsonl.gz"), input::FileFormat::JsonlGz);
        assert_eq!(jsonl_bytes(&[Input::Path("a.jsonl.gz".into())], &[gz]), None);
        let missing = (
            std::path::PathBuf::from("no/such.jsonl"),
            input::FileFormat::Jsonl,
        );
        assert_eq!(
            jsonl_bytes(&[Input::Path("no/such.jsonl".into())], &[missing]),
            None
        );
        assert_eq!(jsonl_bytes(&[], &[]), Some(0));
    }

    #[test]
    fn room_is_made_for_the_expected_documents_and_their_findings() {
        let mut acc = Accumulated::default();
        reserve_for(&mut acc, 0, 1_600);
        assert!(acc.sketches.capacity() >= 1_700, "{}", acc.sketches.capacity());
        assert_eq!(acc.diagnostics.capacity(), 0, "no findings seen, none expected");
    }
}
