//! `cargo xtask eval boilerplate`: line-level precision, recall and F1 of the
//! boilerplate classifier on the labelled development set, per kind and
//! overall, and the count of lines flagged in real articles that carry almost
//! no boilerplate.

use std::collections::BTreeMap;
use std::path::Path;

use presslint_core::{BoilerplateKind, DocRef, Metadata};

/// The label a classifier kind counts as in the development set.
pub fn label_of(kind: BoilerplateKind) -> &'static str {
    match kind {
        BoilerplateKind::WireDateline => "wire-dateline",
        BoilerplateKind::DistributionNotice => "distribution-notice",
        BoilerplateKind::Disclaimer | BoilerplateKind::SafeHarbor => "disclaimer",
        BoilerplateKind::AboutCompany => "about-company",
        BoilerplateKind::Copyright => "copyright",
        BoilerplateKind::EndMark => "end-mark",
        BoilerplateKind::Contact | BoilerplateKind::Address => "contact",
        BoilerplateKind::Navigation | BoilerplateKind::Breadcrumb | BoilerplateKind::WebWidget => {
            "navigation"
        }
        BoilerplateKind::Byline | BoilerplateKind::PhotoCredit => "byline",
        BoilerplateKind::Markup => "markup",
        _ => "template",
    }
}

/// A labelled line: its text, its gold label, and what presslint said.
pub struct Judged {
    pub doc: String,
    pub text: String,
    pub gold: String,
    pub predicted: String,
}

/// Predict a label for every non-blank line of `lines` (joined with `\n`).
pub fn predict(lines: &[&str], min_confidence: f32) -> Vec<String> {
    let text = lines.join("\n");
    let doc = presslint_parse::parse(DocRef::file("eval"), Metadata::default(), text);
    let mut offset = 0;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let span = presslint_core::Span::new(offset, offset + line.len());
        offset += line.len() + 1;
        let kind = doc
            .boilerplate
            .iter()
            .filter(|b| b.confidence >= min_confidence && b.span.overlaps(span))
            .map(|b| b.kind)
            .next();
        out.push(kind.map_or("article", label_of).to_string());
    }
    out
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Read the development set and judge every non-blank line.
pub fn judge(devset: &Path, min_confidence: f32) -> Result<Vec<Judged>, String> {
    let text =
        std::fs::read_to_string(devset).map_err(|e| format!("cannot read {}: {e}", devset.display()))?;
    let mut judged = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let doc: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", devset.display(), n + 1))?;
        let id = doc["id"].as_str().unwrap_or("?").to_string();
        let entries = doc["lines"].as_array().ok_or_else(|| format!("{id}: no lines"))?;
        let texts: Vec<&str> = entries.iter().map(|e| e["text"].as_str().unwrap_or("")).collect();
        let predicted = predict(&texts, min_confidence);
        for (entry, predicted) in entries.iter().zip(predicted) {
            let gold = entry["label"].as_str().unwrap_or("article");
            if gold == "blank" {
                continue;
            }
            judged.push(Judged {
                doc: id.clone(),
                text: entry["text"].as_str().unwrap_or("").to_string(),
                gold: gold.to_string(),
                predicted,
            });
        }
    }
    Ok(judged)
}

/// Print the table of precision, recall and F1; returns overall (P, R, F1).
pub fn report(judged: &[Judged], show_errors: bool) -> (f64, f64, f64) {
    let mut per_kind: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut overall = Counts::default();
    for j in judged {
        let (gold_bp, pred_bp) = (j.gold != "article", j.predicted != "article");
        match (gold_bp, pred_bp) {
            (true, true) => overall.tp += 1,
            (false, true) => overall.fp += 1,
            (true, false) => overall.fn_ += 1,
            (false, false) => {}
        }
        if j.gold == j.predicted {
            if gold_bp {
                per_kind.entry(&j.gold).or_default().tp += 1;
            }
        } else {
            if pred_bp {
                per_kind.entry(&j.predicted).or_default().fp += 1;
            }
            if gold_bp {
                per_kind.entry(&j.gold).or_default().fn_ += 1;
            }
        }
    }
    println!(
        "{:<22} {:>6} {:>6} {:>6} {:>9} {:>6} {:>6}",
        "kind", "gold", "tp", "fp", "precision", "recall", "F1"
    );
    for (kind, c) in &per_kind {
        println!(
            "{:<22} {:>6} {:>6} {:>6} {:>9.3} {:>6.3} {:>6.3}",
            kind,
            c.tp + c.fn_,
            c.tp,
            c.fp,
            c.precision(),
            c.recall(),
            c.f1()
        );
    }
    println!(
        "{:<22} {:>6} {:>6} {:>6} {:>9.3} {:>6.3} {:>6.3}",
        "overall (residue/not)",
        overall.tp + overall.fn_,
        overall.tp,
        overall.fp,
        overall.precision(),
        overall.recall(),
        overall.f1()
    );
    if show_errors {
        for j in judged.iter().filter(|j| j.gold != j.predicted) {
            let shown: String = j.text.chars().take(110).collect();
            println!(
                "  {:<18} gold {:<20} got {:<20} {shown}",
                j.doc, j.gold, j.predicted
            );
        }
    }
    (overall.precision(), overall.recall(), overall.f1())
}

/// Flag lines in real news articles: every flagged line is a false-positive
/// candidate. Lines are counted twice over: those the classifier takes whole
/// as residue, and those that only hold inline residue (tags, entities) in
/// prose.
pub fn bbc(dataset: &Path, min_confidence: f32) -> Result<(), String> {
    let text =
        std::fs::read_to_string(dataset).map_err(|e| format!("cannot read {}: {e}", dataset.display()))?;
    let mut documents = 0;
    let mut whole = Vec::new();
    let mut inline = Vec::new();
    for line in text.lines() {
        let record: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let id = record["id"].as_str().unwrap_or("?");
        let body = record["text"].as_str().unwrap_or("");
        documents += 1;
        let doc = presslint_parse::parse(DocRef::file(id), Metadata::default(), body.to_string());
        for span in presslint_parse::segment::line_spans(body) {
            let residue: Vec<_> = doc
                .boilerplate
                .iter()
                .filter(|b| b.confidence >= min_confidence && b.span.overlaps(span))
                .collect();
            let Some(first) = residue.first() else { continue };
            let shown: String = span.slice(body).chars().take(100).collect();
            let row = format!("{id:<22} {:<20} {shown}", label_of(first.kind));
            if residue.iter().any(|b| b.span.contains(span)) {
                whole.push(row);
            } else {
                inline.push(row);
            }
        }
    }
    let per_100 = |n: usize| 100.0 * n as f64 / documents.max(1) as f64;
    println!(
        "{} lines flagged whole as residue in {documents} articles ({:.2} per 100 articles)",
        whole.len(),
        per_100(whole.len())
    );
    for row in &whole {
        println!("  {row}");
    }
    println!(
        "{} lines of prose holding inline residue ({:.2} per 100 articles)",
        inline.len(),
        per_100(inline.len())
    );
    for row in &inline {
        println!("  {row}");
    }
    Ok(())
}

/// Clean every development-set document twice: the second pass must change
/// nothing. Returns the ids of documents where it did.
pub fn idempotence(devset: &Path) -> Result<(usize, Vec<String>), String> {
    let text =
        std::fs::read_to_string(devset).map_err(|e| format!("cannot read {}: {e}", devset.display()))?;
    let cleaner = presslint_lint::clean::Cleaner::new(
        presslint_lint::Config::default(),
        presslint_lint::clean::DEFAULT_MIN_CONFIDENCE,
    );
    let mut unstable = Vec::new();
    let mut count = 0;
    for line in text.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let id = doc["id"].as_str().unwrap_or("?").to_string();
        let body: Vec<&str> = doc["lines"]
            .as_array()
            .map(|a| a.iter().map(|e| e["text"].as_str().unwrap_or("")).collect())
            .unwrap_or_default();
        let once = cleaner.clean_file_text(DocRef::file(&id), &body.join("\n"));
        let twice = cleaner.clean_file_text(DocRef::file(&id), &once.text);
        count += 1;
        if twice.changed() {
            unstable.push(id);
        }
    }
    Ok((count, unstable))
}
