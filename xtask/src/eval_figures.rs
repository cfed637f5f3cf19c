//! `cargo xtask eval figures`: figure extraction against the hand labels of
//! `eval/figures/labels.jsonl` (BBC business articles, offsets and values
//! only), and the F rules against the cases of `eval/figures/devset.jsonl`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use presslint_core::{DocRef, Figure, Metadata, Unit};
use presslint_lint::{Config, Linter};

/// One labelled or extracted figure, in the labels' schema.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    start: usize,
    end: usize,
    value: f64,
    scale: Option<String>,
    unit: String,
}

fn unit_name(unit: &Unit) -> String {
    match unit {
        Unit::Currency(code) => code.clone(),
        Unit::Percent => "percent".to_string(),
        Unit::PercentagePoint => "percentage point".to_string(),
        Unit::Ordinal => "ordinal".to_string(),
        // The labels give physical amounts no unit (LABELLING.md).
        Unit::Physical(_) | Unit::Plain => String::new(),
    }
}

fn item(f: &Figure) -> Item {
    Item {
        start: f.span.start,
        end: f.span.end,
        value: f.value,
        scale: f.scale.map(|s| s.as_str().to_string()),
        unit: unit_name(&f.unit),
    }
}

/// Matched (label, prediction) pairs: predictions in text order, each taking
/// the first unmatched label (in text order) that overlaps it — the rule
/// `eval/figures/quantulum_eval.py` uses too.
fn matches<'a>(labels: &'a [Item], predicted: &'a [Item]) -> Vec<(&'a Item, &'a Item)> {
    let mut labels: Vec<&Item> = labels.iter().collect();
    labels.sort_by_key(|l| (l.start, l.end));
    let mut predicted: Vec<&Item> = predicted.iter().collect();
    predicted.sort_by_key(|p| (p.start, p.end));
    let mut used = vec![false; labels.len()];
    let mut out = Vec::new();
    for got in predicted {
        if let Some(k) =
            (0..labels.len()).find(|&k| !used[k] && labels[k].start < got.end && got.start < labels[k].end)
        {
            used[k] = true;
            out.push((labels[k], got));
        }
    }
    out
}

/// Extraction precision and recall on the labelled sample.
pub fn extraction(dataset: &Path, labels_path: &Path, show_errors: bool) -> Result<(), String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let mut labels: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    for line in read(labels_path)?.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        labels
            .entry(v["id"].as_str().unwrap_or_default().to_string())
            .or_default()
            .push(Item {
                start: v["start"].as_u64().unwrap_or(0) as usize,
                end: v["end"].as_u64().unwrap_or(0) as usize,
                value: v["value"].as_f64().unwrap_or(f64::NAN),
                scale: v["scale"].as_str().map(str::to_string),
                unit: v["unit"].as_str().unwrap_or_default().to_string(),
            });
    }
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for line in read(dataset)?.lines() {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let id = v["id"].as_str().unwrap_or_default();
        if labels.contains_key(id) {
            texts.insert(id.to_string(), v["text"].as_str().unwrap_or_default().to_string());
        }
    }
    let (mut n_labels, mut n_predicted) = (0, 0);
    let mut correct: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, wanted) in &labels {
        let text = texts
            .get(id)
            .ok_or_else(|| format!("{id} is not in {}", dataset.display()))?;
        let predicted: Vec<Item> = presslint_parse::figures::find_figures(text, None)
            .iter()
            .map(item)
            .collect();
        n_labels += wanted.len();
        n_predicted += predicted.len();
        let pairs = matches(wanted, &predicted);
        for (label, got) in &pairs {
            let value = (label.value - got.value).abs() <= 1e-9 * label.value.abs().max(1.0);
            *correct.entry("any").or_default() += 1;
            *correct.entry("value").or_default() += usize::from(value);
            *correct.entry("scale").or_default() += usize::from(label.scale == got.scale);
            *correct.entry("unit").or_default() += usize::from(label.unit == got.unit);
            if show_errors && !(value && label.scale == got.scale && label.unit == got.unit) {
                println!(
                    "  wrong  {id} `{}`: labelled {} {:?} {:?}, read {} {:?} {:?}",
                    &text[got.start..got.end],
                    label.value,
                    label.scale,
                    label.unit,
                    got.value,
                    got.scale,
                    got.unit
                );
            }
        }
        if show_errors {
            let matched_labels: BTreeSet<usize> = pairs.iter().map(|(l, _)| l.start).collect();
            let matched_predictions: BTreeSet<usize> = pairs.iter().map(|(_, p)| p.start).collect();
            for label in wanted.iter().filter(|l| !matched_labels.contains(&l.start)) {
                println!("  missed {id} `{}`", &text[label.start..label.end]);
            }
            for got in predicted
                .iter()
                .filter(|p| !matched_predictions.contains(&p.start))
            {
                println!("  extra  {id} `{}`", &text[got.start..got.end]);
            }
        }
    }
    println!(
        "extraction: {} articles, {n_labels} labelled figures, {n_predicted} extracted",
        labels.len()
    );
    println!("{:<10} {:>9} {:>7}", "attribute", "precision", "recall");
    for attribute in ["any", "value", "scale", "unit"] {
        let c = correct.get(attribute).copied().unwrap_or(0);
        println!(
            "{attribute:<10} {:>9.3} {:>7.3}",
            c as f64 / n_predicted.max(1) as f64,
            c as f64 / n_labels.max(1) as f64
        );
    }
    Ok(())
}

/// Case-level precision and recall of the F rules on the development set.
pub fn rules(devset: &Path, show_errors: bool) -> Result<(), String> {
    let text =
        std::fs::read_to_string(devset).map_err(|e| format!("cannot read {}: {e}", devset.display()))?;
    let mut config = Config::default();
    let figures = presslint_lint::selection::Selector::parse("F").expect("F is a selector");
    config.selection =
        presslint_lint::selection::RuleSelection::new(Some(vec![figures]), Vec::new(), Vec::new());
    let linter = Linter::builder()
        .config(config)
        .use_baseline(false)
        .today(presslint_core::CivilDate::new(2030, 1, 1).expect("a valid date"))
        .build()
        .map_err(|e| e.to_string())?;
    // Per code: (true positives, false positives, false negatives).
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let (mut cases, mut consistent, mut quiet) = (0, 0, 0);
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let case: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", devset.display(), n + 1))?;
        let name = case["case"].as_str().unwrap_or_default();
        let expect: BTreeSet<String> = case["expect"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str().map(str::to_string))
            .collect();
        let docs = case["docs"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| {
                let meta = Metadata {
                    date: d["date"].as_str().map(str::to_string),
                    ..Metadata::default()
                };
                let id = d["id"].as_str().unwrap_or(name).to_string();
                (
                    DocRef::file(format!("{id}.txt")),
                    meta,
                    d["text"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        let report = linter.check_documents(docs);
        let found: BTreeSet<String> = report
            .diagnostics
            .iter()
            .map(|d| d.code.as_str().to_string())
            .filter(|c| c.starts_with('F'))
            .collect();
        cases += 1;
        if expect.is_empty() {
            consistent += 1;
            quiet += usize::from(found.is_empty());
        }
        for code in expect.union(&found) {
            let entry = counts.entry(code.clone()).or_default();
            match (expect.contains(code), found.contains(code)) {
                (true, true) => entry.0 += 1,
                (false, true) => entry.1 += 1,
                (true, false) => entry.2 += 1,
                (false, false) => {}
            }
        }
        if show_errors && expect != found {
            println!(
                "  {name}: expected {:?}, found {:?} — {}",
                expect,
                found,
                case["note"].as_str().unwrap_or("")
            );
            for d in &report.diagnostics {
                println!("      {} {}", d.code.as_str(), d.message);
            }
        }
    }
    println!("rules: {cases} cases, {consistent} consistent ({quiet} of them without findings)");
    println!(
        "{:<6} {:>4} {:>4} {:>4} {:>9} {:>7}",
        "code", "tp", "fp", "fn", "precision", "recall"
    );
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (code, &(t, f, m)) in &counts {
        println!(
            "{code:<6} {t:>4} {f:>4} {m:>4} {:>9.3} {:>7.3}",
            ratio(t, t + f),
            ratio(t, t + m)
        );
        tp += t;
        fp += f;
        fn_ += m;
    }
    println!(
        "{:<6} {tp:>4} {fp:>4} {fn_:>4} {:>9.3} {:>7.3}",
        "all",
        ratio(tp, tp + fp),
        ratio(tp, tp + fn_)
    );
    Ok(())
}
