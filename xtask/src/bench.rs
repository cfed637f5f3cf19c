//! `cargo xtask bench`: lint a generated corpus with the release build and
//! report speed, memory and the duplicate rules' recall and precision
//! against the corpus's truth file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Planted pairs by kind, as `(a, b)` ids with `a < b`.
fn truth(path: &Path) -> Result<BTreeMap<String, BTreeSet<(String, String)>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let (a, b) = (
            v["a"].as_str().unwrap_or_default(),
            v["b"].as_str().unwrap_or_default(),
        );
        out.entry(v["kind"].as_str().unwrap_or_default().to_string())
            .or_default()
            .insert((a.min(b).to_string(), a.max(b).to_string()));
    }
    Ok(out)
}

/// Run presslint over `corpus` and print the figures.
pub fn run(presslint: &Path, corpus: &Path, truth_path: &Path) -> Result<(), String> {
    let bytes = std::fs::metadata(corpus).map_err(|e| e.to_string())?.len();
    let report = std::env::temp_dir().join(format!("presslint-bench-{}.json", std::process::id()));
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%e %M"])
        .arg(presslint)
        .args([
            "check",
            "--select",
            "D101,D102,D103,D105",
            "--format",
            "json",
            "--exit-zero",
            "--timings",
            "-o",
        ])
        .arg(&report)
        .arg(corpus)
        .output()
        .map_err(|e| format!("cannot run presslint: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last = stderr.lines().last().unwrap_or_default();
    let mut fields = last.split_whitespace();
    let wall: f64 = fields
        .next()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("no timing in: {stderr}"))?;
    let peak_kib: f64 = fields.next().and_then(|v| v.parse().ok()).unwrap_or(0.0);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    let _ = std::fs::remove_file(&report);
    let documents = json["summary"]["documents"].as_u64().unwrap_or(0);
    println!(
        "corpus: {} ({documents} documents, {:.1} MB)",
        corpus.display(),
        bytes as f64 / 1e6
    );
    println!(
        "presslint check --select D101,D102,D103,D105: {wall:.2} s, {:.0} documents/s, {:.1} MB/s, peak RSS {:.0} MiB",
        documents as f64 / wall,
        bytes as f64 / 1e6 / wall,
        peak_kib / 1024.0
    );
    for line in stderr.lines().filter(|l| l.starts_with("presslint: timing")) {
        println!("  {}", line.trim_start_matches("presslint: "));
    }
    let mut found: BTreeMap<&str, BTreeSet<(String, String)>> = BTreeMap::new();
    for d in json["diagnostics"].as_array().into_iter().flatten() {
        let a = d["location"]["id"].as_str().unwrap_or_default();
        let b = d["related"][0]["location"]["id"].as_str().unwrap_or_default();
        let kind = match d["code"].as_str().unwrap_or_default() {
            "D101" => "exact",
            "D102" => "near",
            "D103" => "syndicated",
            _ => "same-event",
        };
        found
            .entry(kind)
            .or_default()
            .insert((a.min(b).to_string(), a.max(b).to_string()));
    }
    let planted = truth(truth_path)?;
    println!(
        "{:<12} {:>8} {:>8} {:>8} {:>9} {:>7}",
        "kind", "planted", "found", "matched", "precision", "recall"
    );
    for (kind, pairs) in &planted {
        let got = found.get(kind.as_str()).cloned().unwrap_or_default();
        let matched = got.intersection(pairs).count();
        // Found pairs of this kind that were not planted as any kind.
        let any: BTreeSet<&(String, String)> = planted.values().flatten().collect();
        let wrong = got.iter().filter(|p| !any.contains(p)).count();
        let precision = if got.is_empty() {
            1.0
        } else {
            (got.len() - wrong) as f64 / got.len() as f64
        };
        println!(
            "{kind:<12} {:>8} {:>8} {:>8} {:>9.3} {:>7.3}",
            pairs.len(),
            got.len(),
            matched,
            precision,
            matched as f64 / pairs.len().max(1) as f64
        );
    }
    Ok(())
}

/// Wall seconds and peak RSS (KiB) of one whole process, from `/usr/bin/time`.
fn timed(program: &str, args: &[&str]) -> Result<(f64, f64, String), String> {
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%e %M"])
        .arg(program)
        .args(args)
        .stdout(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let mut fields = stderr.lines().last().unwrap_or_default().split_whitespace();
    let wall = fields
        .next()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("no timing in: {stderr}"))?;
    let peak = fields.next().and_then(|v| v.parse().ok()).unwrap_or(0.0);
    Ok((wall, peak, stderr))
}

/// The numbers of the first line of `stderr` that starts with `prefix`.
fn timing_line(stderr: &str, prefix: &str) -> Option<Vec<f64>> {
    let line = stderr.lines().find(|l| l.starts_with(prefix))?;
    Some(
        line.split_whitespace()
            .filter_map(|w| w.trim_end_matches(',').parse().ok())
            .collect(),
    )
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The whole lint, every rule on, beside the floor of reading and hashing
/// the same bytes: medians of `runs` runs each, taken in turn.
pub fn full(presslint: &Path, corpus: &Path, runs: usize) -> Result<(), String> {
    let bytes = std::fs::metadata(corpus).map_err(|e| e.to_string())?.len() as f64;
    let path = corpus.to_str().ok_or("the corpus path is not UTF-8")?;
    let report = std::env::temp_dir().join(format!("presslint-full-{}.json", std::process::id()));
    let lint_args = [
        "check",
        "--exit-zero",
        "--timings",
        "--format",
        "json",
        "-o",
        report.to_str().ok_or("temporary path is not UTF-8")?,
        path,
    ];
    let (mut cat, mut sha, mut lint, mut peak) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut stages: Vec<Vec<f64>> = vec![Vec::new(); 5];
    // The per-document pass's own stages, as shares of its CPU time.
    let mut document_stages: Vec<Vec<f64>> = vec![Vec::new(); 6];
    for _ in 0..runs.max(1) {
        cat.push(timed("sh", &["-c", &format!("cat '{path}' > /dev/null")])?.0);
        sha.push(timed("sha256sum", &[path])?.0);
        let (wall, rss, stderr) = timed(&presslint.to_string_lossy(), &lint_args)?;
        lint.push(wall);
        peak.push(rss);
        // `presslint: timing read X ms, documents X ms, corpus X ms, finish X ms, render X ms`
        if let Some(numbers) = timing_line(&stderr, "presslint: timing read") {
            for (k, n) in numbers.iter().take(5).enumerate() {
                stages[k].push(*n / 1000.0);
            }
        }
        // `presslint: timing of the documents, across threads: decode and parse X ms, …`
        if let Some(numbers) = timing_line(&stderr, "presslint: timing of the documents") {
            let total: f64 = numbers.iter().sum();
            for (k, n) in numbers.iter().take(6).enumerate() {
                document_stages[k].push(if total > 0.0 { n / total } else { 0.0 });
            }
        }
    }
    let _ = std::fs::remove_file(&report);
    // Each run's lint over the hashing just before it: the machine's speed
    // drifts between runs, and a ratio of neighbours drifts less than a
    // ratio of medians taken apart.
    let ratios: Vec<f64> = lint.iter().zip(&sha).map(|(l, s)| l / s).collect();
    let (min_ratio, max_ratio) = ratios
        .iter()
        .fold((f64::INFINITY, 0f64), |(lo, hi), &r| (lo.min(r), hi.max(r)));
    let ratio = median(ratios);
    let (cat, sha, wall, peak) = (median(cat), median(sha), median(lint), median(peak));
    println!(
        "corpus: {} ({:.1} MB), medians of {} runs",
        corpus.display(),
        bytes / 1e6,
        runs.max(1)
    );
    println!("  cat > /dev/null     {cat:>8.2} s");
    println!("  sha256sum           {sha:>8.2} s");
    println!(
        "  presslint check     {wall:>8.2} s  {:.1} MB/s, peak RSS {:.0} MiB, \
         {ratio:.1}× sha256sum (run by run: {min_ratio:.1} to {max_ratio:.1})",
        bytes / 1e6 / wall,
        peak / 1024.0,
    );
    let names = [
        "read",
        "documents (parse, rules, sketch)",
        "corpus pass",
        "finish",
        "render",
    ];
    let documents_wall = stages[1].clone();
    for (name, values) in names.iter().zip(stages) {
        if !values.is_empty() {
            let t = median(values);
            println!("    {name:<34} {t:>7.2} s  {:>4.0}%", t * 100.0 / wall);
        }
    }
    if !documents_wall.is_empty() && !document_stages[0].is_empty() {
        // Each stage's share of the pass's CPU time, applied to its wall
        // time: what the stage costs the user, whatever the thread count.
        let pass = median(documents_wall);
        println!("    of the documents pass (share of its CPU time × its wall time):");
        for (name, shares) in presslint_lint::DOCUMENT_STAGES.iter().zip(document_stages) {
            let t = pass * median(shares);
            println!("      {name:<32} {t:>7.2} s  {:>4.0}%", t * 100.0 / wall);
        }
    }
    Ok(())
}
