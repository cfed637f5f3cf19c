//! End-to-end cases of the command line: arguments in; standard output,
//! standard error and exit code out.

use presslint_lint::rules::REGISTRY;
use presslint_tests::{Scratch, presslint};
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("output is not JSON ({e}):\n{text}"))
}

#[test]
fn bad_inputs_are_reported_and_the_good_document_is_still_checked() {
    let run = presslint(&["check", "fixtures/bad-inputs", "--format", "concise"], b"");
    assert_eq!(run.code, 1);
    for (file, code) in [
        ("bad-front-matter.md", "V004"),
        ("binary.txt", "V002"),
        ("dangling-link.txt", "V001"),
        ("empty.txt", "V005"),
        ("good.txt", "B101"),
        ("latin1.txt", "V101"),
        ("records.jsonl", "V003"),
        ("truncated.jsonl.gz", "V001"),
    ] {
        assert!(
            run.stdout
                .lines()
                .any(|l| (l.starts_with(&format!("fixtures/bad-inputs/{file}:"))
                    || l.starts_with(&format!("fixtures/bad-inputs/{file}#")))
                    && l.contains(code)),
            "no {code} for {file}:\n{}",
            run.stdout
        );
    }
    insta::assert_snapshot!("bad-inputs", run.transcript());
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let run = presslint(&["check", "fixtures/no-such-dir", "fixtures/rules/F301"], b"");
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "presslint: error: `fixtures/no-such-dir` does not exist\n"
    );
    let run = presslint(
        &[
            "check",
            "fixtures/rules/F301",
            "--baseline",
            "no-such-baseline.json",
        ],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("the baseline `no-such-baseline.json` does not exist"),
        "{}",
        run.stderr
    );
}

#[test]
fn updating_a_baseline_for_some_rules_keeps_the_others() {
    let dir = Scratch::new("baseline-merge");
    dir.write(
        "a.txt",
        "Port Opens\n\nHAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- It opened on Friday, March 4, 2021.\n",
    );
    let base = dir.join("base.json");
    let root = dir.join("a.txt");
    assert_eq!(
        presslint(&["check", &root, "--baseline", &base, "--update-baseline"], b"").code,
        0
    );
    let update = presslint(
        &[
            "check",
            &root,
            "--baseline",
            &base,
            "--update-baseline",
            "--select",
            "B",
        ],
        b"",
    );
    assert!(update.stderr.contains("wrote 2 findings"), "{}", update.stderr);
    let run = presslint(&["check", &root, "--baseline", &base], b"");
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn standard_input_is_one_document() {
    let text = b"Port Opens\n\nHAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.\n";
    let run = presslint(&["check", "-", "--format", "concise", "--quiet"], text);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "-:3:1: B101 EIN Presswire dateline left in the article text\n"
    );
}

#[test]
fn json_output_follows_the_contract() {
    let run = presslint(
        &[
            "check",
            "fixtures/rules/D101",
            "fixtures/rules/V003",
            "--format",
            "json",
        ],
        b"",
    );
    assert_eq!(run.code, 1);
    let v = json(&run.stdout);
    assert_eq!(v["version"], 1);
    let diagnostics = v["diagnostics"].as_array().unwrap();
    assert_eq!(v["summary"]["diagnostics"], diagnostics.len());
    assert_eq!(v["summary"]["documents"], 9);
    for d in diagnostics {
        for key in [
            "code", "rule", "severity", "message", "location", "related", "fix",
        ] {
            assert!(d.get(key).is_some(), "diagnostic lacks `{key}`: {d}");
        }
        let loc = &d["location"];
        assert!(loc["start"]["line"].as_u64().unwrap() >= 1);
        assert!(loc["start"]["column"].as_u64().unwrap() >= 1);
        assert_eq!(loc["byte_range"].as_array().unwrap().len(), 2);
        assert!(["error", "warning", "info"].contains(&d["severity"].as_str().unwrap()));
    }
    let record = diagnostics
        .iter()
        .find(|d| d["location"]["id"] == "lib-1")
        .expect("the JSONL duplicate is reported with its id");
    assert_eq!(record["location"]["path"], "fixtures/rules/D101/records.jsonl");
    assert_eq!(record["location"]["record_line"], 1);
    assert_eq!(
        record["related"][0]["location"]["path"],
        "fixtures/rules/D101/original.txt"
    );
    let by_code = &v["summary"]["by_code"];
    assert_eq!(by_code["D101"], 2);
    assert_eq!(by_code["V003"], 4);
}

#[test]
fn sarif_output_lists_rules_results_and_related_locations() {
    let run = presslint(
        &[
            "check",
            "fixtures/rules/D101",
            "--select",
            "D101",
            "--format",
            "sarif",
        ],
        b"",
    );
    let v = json(&run.stdout);
    assert_eq!(v["version"], "2.1.0");
    let sarif_run = &v["runs"][0];
    assert_eq!(sarif_run["tool"]["driver"]["name"], "presslint");
    assert_eq!(
        sarif_run["tool"]["driver"]["rules"].as_array().unwrap().len(),
        REGISTRY.len()
    );
    let results = sarif_run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let first = &results[0];
    assert_eq!(first["ruleId"], "D101");
    assert_eq!(first["level"], "warning");
    let rule_index = first["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(sarif_run["tool"]["driver"]["rules"][rule_index]["id"], "D101");
    assert_eq!(
        first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "fixtures/rules/D101/original.txt"
    );
    let record = &results[1]["locations"][0];
    assert_eq!(record["physicalLocation"]["region"]["startLine"], 1);
    assert_eq!(record["logicalLocations"][0]["name"], "lib-1");
}

#[test]
fn github_annotations() {
    let run = presslint(
        &[
            "check",
            "fixtures/rules/D101",
            "fixtures/rules/B101/ein-glued.txt",
            "--format",
            "github",
        ],
        b"",
    );
    insta::assert_snapshot!("github", run.stdout);
}

#[test]
fn statistics_count_findings_per_rule() {
    let run = presslint(&["check", "fixtures/bad-inputs", "--statistics"], b"");
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("statistics", run.stdout);
}

#[test]
fn selection_flags() {
    let run = presslint(
        &[
            "check",
            "fixtures/bad-inputs",
            "--select",
            "V0",
            "--ignore",
            "V003",
            "--format",
            "concise",
            "-q",
        ],
        b"",
    );
    let codes: Vec<&str> = run.stdout.lines().map(|l| l.split(' ').nth(1).unwrap()).collect();
    assert_eq!(codes, ["V004", "V002", "V001", "V005", "V001"]);
    let run = presslint(
        &[
            "check",
            "fixtures/bad-inputs",
            "--select",
            "B",
            "--extend-select",
            "V101",
            "--format",
            "concise",
            "-q",
        ],
        b"",
    );
    let codes: Vec<&str> = run.stdout.lines().map(|l| l.split(' ').nth(1).unwrap()).collect();
    assert_eq!(codes, ["B101", "V101"]);
}

#[test]
fn exit_codes() {
    assert_eq!(
        presslint(&["check", "fixtures/rules/V005/short.txt"], b"").code,
        0
    );
    assert_eq!(presslint(&["check", "fixtures/rules/B101"], b"").code, 1);
    assert_eq!(
        presslint(&["check", "fixtures/rules/B101", "--exit-zero"], b"").code,
        0
    );
    let usage = presslint(&["check", "--no-such-flag"], b"");
    assert_eq!(usage.code, 2);
    assert!(usage.stderr.contains("--no-such-flag"), "{}", usage.stderr);
    assert_eq!(
        presslint(&["check", "--threads", "0", "fixtures/rules/B101"], b"").code,
        2
    );
    let bad_selector = presslint(&["check", "--select", "Q9", "fixtures/rules/B101"], b"");
    assert_eq!(bad_selector.code, 2);
    assert_eq!(
        bad_selector.stderr,
        "presslint: error: `Q9` in --select is not a rule code or prefix (see `presslint rules`)\n"
    );
    assert_eq!(presslint(&["--version"], b"").code, 0);
    assert_eq!(presslint(&["check", "-", "-"], b"").code, 2);
}

#[test]
fn configuration_errors_name_the_file_and_line() {
    let dir = Scratch::new("config-error");
    dir.write("presslint.toml", "select = [\"B\"]\nfail_on = \"error\"\n");
    dir.write("a.txt", "Hello\n\nWorld.\n");
    let run = presslint(&["check", &dir.join("")], b"");
    assert_eq!(run.code, 2);
    let expected = format!(
        "presslint: error: {}:2: unknown field `fail_on`",
        dir.join("presslint.toml")
    );
    assert!(run.stderr.starts_with(&expected), "{}", run.stderr);

    dir.write("presslint.toml", "threads = \"many\"\n");
    let run = presslint(
        &[
            "check",
            "--config",
            &dir.join("presslint.toml"),
            &dir.join("a.txt"),
        ],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("presslint.toml:1: unknown field `threads`"),
        "{}",
        run.stderr
    );
}

#[test]
fn configuration_controls_severity_failure_and_per_file_ignores() {
    let dir = Scratch::new("config");
    dir.write(
        "releases/a.txt",
        "Port Opens\n\nHAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.\n",
    );
    dir.write(
        "legacy/b.txt",
        "Ferry News\n\nKIEL, GERMANY, March 4, 2021 /EINPresswire.com/ -- The ferry sailed.\n",
    );
    dir.write(
        "presslint.toml",
        "fail-on = \"error\"\n[severity]\nB101 = \"info\"\n[per-file-ignores]\n\"legacy/**\" = [\"B\"]\n",
    );
    let run = presslint(&["check", &dir.join(""), "--format", "json"], b"");
    assert_eq!(
        run.code, 0,
        "info findings do not fail a run that fails on errors"
    );
    let v = json(&run.stdout);
    let diagnostics = v["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0]["severity"], "info");
    assert!(
        diagnostics[0]["location"]["path"]
            .as_str()
            .unwrap()
            .ends_with("releases/a.txt")
    );
}

#[test]
fn output_file_receives_the_report() {
    let dir = Scratch::new("output");
    let out = dir.join("report.json");
    let run = presslint(
        &[
            "check",
            "fixtures/rules/F301",
            "--format",
            "json",
            "--output-file",
            &out,
        ],
        b"",
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    let v = json(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(v["diagnostics"][0]["code"], "F301");
}

#[test]
fn baseline_accepts_findings_and_survives_moved_lines() {
    let dir = Scratch::new("baseline");
    let doc = "Port Opens\n\nHAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.\n";
    dir.write("docs/a.txt", doc);
    dir.write("presslint.toml", "baseline = \"baseline.json\"\n");
    let root = dir.join("");

    let missing = presslint(
        &["check", &root, "--update-baseline", "--config", "/dev/null"],
        b"",
    );
    assert_eq!(missing.code, 2, "{}", missing.transcript());

    let update = presslint(&["check", &root, "--update-baseline"], b"");
    assert_eq!(update.code, 0, "{}", update.transcript());
    assert!(
        update.stderr.contains("wrote 1 finding to the baseline"),
        "{}",
        update.stderr
    );
    let written: Value = json(&std::fs::read_to_string(dir.join("baseline.json")).unwrap());
    assert_eq!(written["findings"][0]["path"], "docs/a.txt");

    let run = presslint(&["check", &root], b"");
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.contains("1 finding accepted by the baseline"),
        "{}",
        run.stdout
    );
    let all = presslint(&["check", &root, "--no-baseline", "--format", "concise"], b"");
    assert_eq!(all.code, 1);
    assert!(all.stdout.contains("a.txt:3:1: B101"), "{}", all.stdout);

    // Moving the finding to another line keeps it accepted; a second copy is new.
    dir.write("docs/a.txt", format!("\n\n{doc}"));
    assert_eq!(presslint(&["check", &root], b"").code, 0);
    dir.write(
        "docs/a.txt",
        format!("{doc}\nKIEL, GERMANY, March 4, 2021 /EINPresswire.com/ -- More.\n"),
    );
    let run = presslint(&["check", &root, "--format", "concise"], b"");
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("a.txt:5:1: B101"), "{}", run.stdout);
}

#[test]
fn a_baseline_from_another_version_is_refused() {
    let dir = Scratch::new("baseline-version");
    dir.write("a.txt", "Hello\n\nWorld.\n");
    dir.write(
        "old.json",
        "{\"version\": 99, \"generated-by\": \"presslint 9\", \"findings\": []}",
    );
    let run = presslint(
        &["check", &dir.join("a.txt"), "--baseline", &dir.join("old.json")],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("has format version 99"), "{}", run.stderr);
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let args = |threads: &'static str| {
        [
            "check",
            "fixtures",
            "../corpus",
            "--format",
            "json",
            "--threads",
            threads,
        ]
    };
    let one = presslint(&args("1"), b"");
    for threads in ["2", "3", "8"] {
        assert_eq!(
            presslint(&args(threads), b"").stdout,
            one.stdout,
            "threads = {threads}"
        );
    }
}

#[test]
fn a_fifo_is_reported_not_read() {
    let dir = Scratch::new("fifo");
    let fifo = dir.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipping");
        return;
    }
    let run = presslint(&["check", &fifo, "--format", "concise"], b"");
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("not a regular file or directory"),
        "{}",
        run.stdout
    );
}

#[test]
fn rules_and_rule_documentation() {
    let list = presslint(&["rules"], b"");
    assert_eq!(list.code, 0);
    insta::assert_snapshot!("rules", list.stdout);
    let v = json(&presslint(&["rules", "--format", "json"], b"").stdout);
    assert_eq!(v.as_array().unwrap().len(), REGISTRY.len());
    assert_eq!(v[0]["code"], "B101");
    let doc = presslint(&["rule", "f301"], b"");
    assert_eq!(doc.code, 0);
    assert!(doc.stdout.starts_with("# weekday-mismatch (F301)\n"));
    assert!(doc.stdout.contains("## Why it matters"));
    let unknown = presslint(&["rule", "X999"], b"");
    assert_eq!(unknown.code, 2);
    assert_eq!(
        unknown.stderr,
        "presslint: error: unknown rule `X999`; `presslint rules` lists them\n"
    );
}

#[test]
fn output_does_not_depend_on_input_order() {
    let forward = presslint(
        &[
            "check",
            "fixtures/rules/D101",
            "../corpus",
            "fixtures/rules/B101",
            "--format",
            "json",
        ],
        b"",
    );
    let backward = presslint(
        &[
            "check",
            "fixtures/rules/B101",
            "../corpus",
            "fixtures/rules/D101",
            "--format",
            "json",
        ],
        b"",
    );
    assert_eq!(forward.stdout, backward.stdout);
}

#[test]
fn rule_options_come_from_the_configuration() {
    let dir = Scratch::new("rule-options");
    dir.write(
        "a.txt",
        "Festival Opens\n\nVisitors read the websiteThe Festival Times and said it was wonderful.The end.\n",
    );
    let run = presslint(
        &[
            "check",
            &dir.join(""),
            "--select",
            "V301",
            "--format",
            "concise",
            "-q",
        ],
        b"",
    );
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.stdout);

    dir.write(
        "presslint.toml",
        "[rules.glued-words]\nallow = [\"websiteThe\"]\n",
    );
    let run = presslint(
        &[
            "check",
            &dir.join(""),
            "--select",
            "V301",
            "--format",
            "concise",
            "-q",
        ],
        b"",
    );
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains("`wonderful` and `The`"), "{}", run.stdout);

    dir.write(
        "presslint.toml",
        "[rules.glued-words]\n\nalow = [\"websiteThe\"]\n",
    );
    let run = presslint(&["check", &dir.join("")], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("presslint.toml:3: unknown field `alow`"),
        "{}",
        run.stderr
    );

    dir.write("presslint.toml", "[rules.no-such-rule]\nx = 1\n");
    let run = presslint(&["check", &dir.join("")], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown field `no-such-rule`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_directory_loop_is_reported_not_followed_forever() {
    let dir = Scratch::new("loop");
    dir.write("docs/a.txt", "Port Opens\n\nThe port opened on Monday.\n");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("docs/back")).unwrap();
    let run = presslint(&["check", &dir.join(""), "--format", "concise"], b"");
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout.contains("V001") && run.stdout.contains("directory loop"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("1 document"), "{}", run.stdout);
}

#[test]
fn report_writes_one_self_contained_page() {
    let scratch = Scratch::new("report");
    let dir = scratch.path();
    let page = dir.join("report.html");
    let run = presslint(
        &[
            "report",
            "../corpus",
            "--no-baseline",
            "--html",
            page.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let html = std::fs::read_to_string(&page).unwrap();
    for section in [
        "Findings by rule",
        "Findings by source",
        "Duplicate clusters",
        "Template lines",
        "Every finding",
    ] {
        assert!(html.contains(section), "{section}");
    }
    // The corpus's same-event pair, and its 33 findings, each listed once.
    assert!(html.contains("corpus/003_ea8604f1065264a7.txt</code> same event"));
    assert!(html.contains("<b>33</b>findings"));
    // Self-contained: no scripts, no resources fetched from anywhere.
    assert!(!html.contains("<script") && !html.contains("src=") && !html.contains("href=\"http"));
}

/// The corpus pass over sketches written in two shards gives the corpus
/// rules' findings of a single run over the same documents.
#[test]
fn sketches_in_shards_give_the_single_run_findings() {
    let scratch = Scratch::new("shards");
    let dir = scratch.path();
    let corpus_rules: Vec<&str> = presslint_lint::rules::REGISTRY
        .iter()
        .filter(|r| matches!(r.check, presslint_lint::rules::Check::Corpus(_)))
        .map(|r| r.info.code)
        .collect();
    // D104 quotes sentences: sketches carry their texts, while a run over
    // files reads the quoted documents again; both give the same message.
    let inputs = [
        "../corpus",
        "fixtures/rules/D101",
        "fixtures/rules/D104",
        "fixtures/rules/D102",
        "fixtures/rules/D105",
    ];
    for (shard, paths) in [("a", &inputs[..3]), ("b", &inputs[3..])] {
        let out = dir.join(format!("{shard}.jsonl"));
        let mut args = vec!["sketch"];
        args.extend(paths);
        args.extend([
            "--config",
            "../corpus/presslint.toml",
            "-o",
            out.to_str().unwrap(),
        ]);
        let run = presslint(&args, b"");
        assert_eq!(run.code, 0, "{}", run.transcript());
    }
    let select = corpus_rules.join(",");
    let common = [
        "--config",
        "../corpus/presslint.toml",
        "--no-baseline",
        "--format",
        "concise",
        "--exit-zero",
        "--select",
        &select,
    ];
    let mut sharded = vec!["check", "--sketches", dir.to_str().unwrap()];
    sharded.extend(common);
    let mut single = vec!["check"];
    single.extend(inputs);
    single.extend(common);
    let (sharded, single) = (presslint(&sharded, b""), presslint(&single, b""));
    assert!(
        single.stdout.contains("D101")
            && single.stdout.contains("D105")
            && single
                .stdout
                .contains("D104 a sentence also in `fixtures/rules/D104/fair.txt`: \"\"We are eager"),
        "{}",
        single.stdout
    );
    assert_eq!(sharded.stdout, single.stdout);
    // Sketches of another version are refused, naming the file and line.
    std::fs::write(dir.join("c.jsonl"), "{\"version\": 1}\n").unwrap();
    let old = presslint(&["check", "--sketches", dir.to_str().unwrap()], b"");
    assert_eq!(old.code, 2);
    assert!(
        old.stderr.contains("c.jsonl:1: a sketch of version 1"),
        "{}",
        old.stderr
    );
}

/// Sketches written with their findings, in shards, give the whole report
/// of a single run: corpus rules, per-document rules and reading problems.
/// Standard input can hold located documents (as a Spark partition pipes
/// them), and shards can be named as Spark names them (`part-*`).
#[test]
fn sketches_with_findings_give_the_whole_single_run_report() {
    let scratch = Scratch::new("findings");
    let dir = scratch.path();
    let common = [
        "--config",
        "../corpus/presslint.toml",
        "--no-baseline",
        "--format",
        "json",
        "--exit-zero",
    ];
    let mut single = vec!["check", "../corpus", "fixtures/rules/D101", "fixtures/bad-inputs"];
    single.extend(common);
    let single = presslint(&single, b"");
    let expected = json(&single.stdout);

    // Shard one: the corpus folder, read by presslint itself.
    let part = dir.join("part-00000");
    let run = presslint(
        &[
            "sketch",
            "../corpus",
            "--findings",
            "--config",
            "../corpus/presslint.toml",
            "-o",
            part.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stderr.contains("wrote 5 sketches and"), "{}", run.stderr);
    // Shard two: the other inputs as located documents on standard input,
    // written to standard output.
    // Read from disk by presslint in the third shard: what located text,
    // which is UTF-8, cannot carry (binary, Latin-1, a dangling link, gzip).
    let from_disk = [
        "binary.txt",
        "latin1.txt",
        "dangling-link.txt",
        "truncated.jsonl.gz",
    ];
    let mut located = String::new();
    for folder in ["fixtures/rules/D101", "fixtures/bad-inputs"] {
        let mut names: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for path in names {
            let shown = path.to_str().unwrap().replace('\\', "/");
            let name = path.file_name().unwrap().to_str().unwrap();
            if from_disk.contains(&name) {
                continue;
            }
            let text = String::from_utf8(std::fs::read(&path).unwrap()).unwrap();
            if name.ends_with(".jsonl") {
                for (k, line) in text.split('\n').enumerate() {
                    if !line.trim().is_empty() {
                        let envelope = serde_json::json!({"path": shown, "line": k + 1, "record": line});
                        located.push_str(&format!("{envelope}\n"));
                    }
                }
            } else {
                located.push_str(&format!("{}\n", serde_json::json!({"path": shown, "text": text})));
            }
        }
    }
    let run = presslint(
        &[
            "sketch",
            "--located",
            "--findings",
            "--config",
            "../corpus/presslint.toml",
            "-o",
            "-",
        ],
        located.as_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    std::fs::write(dir.join("part-00001"), &run.stdout).unwrap();
    std::fs::write(dir.join("_SUCCESS"), "").unwrap();
    let rest: Vec<String> = from_disk
        .iter()
        .map(|f| format!("fixtures/bad-inputs/{f}"))
        .collect();
    let mut args = vec![
        "sketch",
        "--findings",
        "--config",
        "../corpus/presslint.toml",
        "-o",
    ];
    let third = dir.join("rest.jsonl");
    args.push(third.to_str().unwrap());
    args.extend(rest.iter().map(String::as_str));
    let run = presslint(&args, b"");
    assert_eq!(run.code, 0, "{}", run.transcript());

    let mut sharded = vec!["check", "--sketches", dir.to_str().unwrap()];
    sharded.extend(common);
    let sharded = presslint(&sharded, b"");
    assert_eq!(sharded.code, 0, "{}", sharded.transcript());
    let codes: std::collections::BTreeSet<&str> = expected["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    for code in ["B101", "D101", "V001", "V002", "V003", "V101"] {
        assert!(codes.contains(code), "{code} in {codes:?}");
    }
    assert_eq!(json(&sharded.stdout), expected);

    // A line of standard input that is not a located document is a finding
    // naming its line, and the others are still sketched.
    let run = presslint(
        &["sketch", "--located", "--findings", "-o", "-"],
        b"{\"path\": \"a.txt\", \"text\": \"Hello.\"}\n{\"path\": \"b.txt\"}\n",
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stderr.contains("wrote 1 sketch and 1 finding"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("line 2 of standard input is not a located document"),
        "{}",
        run.stdout
    );
}

/// A second run with a cache reuses every document's results and gives the
/// same report; a changed file is the only one computed again.
#[test]
fn the_cache_reuses_unchanged_documents_only() {
    let scratch = Scratch::new("cache");
    let dir = scratch.path();
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for entry in std::fs::read_dir("../corpus").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, docs.join(path.file_name().unwrap())).unwrap();
        }
    }
    let cache = dir.join("cache");
    let run = || {
        presslint(
            &[
                "check",
                docs.to_str().unwrap(),
                "--cache",
                cache.to_str().unwrap(),
                "--timings",
                "--format",
                "json",
                "--exit-zero",
            ],
            b"",
        )
    };
    let first = run();
    assert!(
        first.stderr.contains("cache 0 documents reused, 5 computed"),
        "{}",
        first.stderr
    );
    let second = run();
    assert!(
        second.stderr.contains("cache 5 documents reused, 0 computed"),
        "{}",
        second.stderr
    );
    assert_eq!(first.stdout, second.stdout);
    let changed = docs.join("002_610ef40f74020a74.txt");
    let text = std::fs::read_to_string(&changed).unwrap();
    std::fs::write(&changed, text.replace("Qingdao", "Qingdao City")).unwrap();
    let third = run();
    assert!(
        third.stderr.contains("cache 4 documents reused, 1 computed"),
        "{}",
        third.stderr
    );
}
