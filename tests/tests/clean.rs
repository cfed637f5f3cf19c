//! `presslint clean`: what it removes, what it keeps, and where it writes.

use presslint_tests::{Scratch, presslint};

const RELEASE: &str = "Port Opens Terminal\n\nHAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened a terminal on Wednesday.\n\nThe terminal cost 310 million euros.\n\nMedia Contact:\nJane Roe\n+1 555-010-0199\n\n###\n";
const CLEANED: &str = "Port Opens Terminal\n\nThe port opened a terminal on Wednesday.\n\nThe terminal cost 310 million euros.\n";

#[test]
fn one_document_goes_to_standard_output() {
    let run = presslint(&["clean", "-"], RELEASE.as_bytes());
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, CLEANED);
    let again = presslint(&["clean", "-"], run.stdout.as_bytes());
    assert_eq!(again.stdout, CLEANED, "cleaning a cleaned text changes nothing");
}

#[test]
fn unsure_residue_stays_unless_asked() {
    let text = "Ti Gong\n\nQingdao and Shanghai signed an agreement on Thursday to deepen cooperation in shipping, trade and finance over the next five years.\n";
    assert_eq!(presslint(&["clean", "-"], text.as_bytes()).stdout, text);
    let run = presslint(&["clean", "-", "--min-confidence", "0.5"], text.as_bytes());
    assert!(!run.stdout.contains("Ti Gong"), "{}", run.stdout);
}

#[test]
fn diff_shows_removals_and_writes_nothing() {
    let dir = Scratch::new("clean-diff");
    let path = dir.write("a.txt", RELEASE);
    let run = presslint(&["clean", "--diff", &dir.join("")], b"");
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!("clean-diff", run.stdout.replace(&dir.join(""), "DIR/"));
    assert_eq!(std::fs::read_to_string(path).unwrap(), RELEASE);
}

#[test]
fn write_rewrites_changed_files_only() {
    let dir = Scratch::new("clean-write");
    let dirty = dir.write("a.txt", RELEASE);
    let clean = dir.write(
        "b.md",
        "---\ntitle: b\n---\nClean Story\n\nNothing to remove here.\n",
    );
    let before = std::fs::metadata(&clean).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let run = presslint(&["clean", "--write", &dir.join("")], b"");
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(std::fs::read_to_string(&dirty).unwrap(), CLEANED);
    assert_eq!(
        std::fs::metadata(&clean).unwrap().modified().unwrap(),
        before,
        "an unchanged file is not touched"
    );
    assert!(
        run.stderr
            .contains("removed 5 pieces of residue from 1 of 2 files"),
        "{}",
        run.stderr
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "no temporary files are left: {leftovers:?}");
}

#[test]
fn out_mirrors_the_tree_and_keeps_jsonl_records() {
    let dir = Scratch::new("clean-out");
    dir.write("in/sub/a.txt", RELEASE);
    let record = serde_json::json!({"id": "r1", "text": RELEASE, "metadata": {"source": "Wire", "date": "2021-03-03"}});
    dir.write("in/data.jsonl", format!("{record}\nnot json at all\n"));
    let run = presslint(&["clean", &dir.join("in"), "--out", &dir.join("out")], b"");
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(
        std::fs::read_to_string(dir.join("out/sub/a.txt")).unwrap(),
        CLEANED
    );
    let jsonl = std::fs::read_to_string(dir.join("out/data.jsonl")).unwrap();
    let mut lines = jsonl.lines();
    let cleaned: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(cleaned["id"], "r1");
    assert_eq!(cleaned["metadata"]["source"], "Wire");
    assert_eq!(cleaned["text"], CLEANED);
    assert_eq!(
        lines.next(),
        Some("not json at all"),
        "a line that is not a record is kept"
    );
    let inputs_untouched = std::fs::read_to_string(dir.join("in/sub/a.txt")).unwrap();
    assert_eq!(inputs_untouched, RELEASE);
}

#[test]
fn refuses_what_it_cannot_do_safely() {
    let dir = Scratch::new("clean-refuse");
    dir.write("a.txt", RELEASE);
    dir.write("b.txt", RELEASE);
    let run = presslint(&["clean", &dir.join("")], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("2 files to clean"), "{}", run.stderr);
    let run = presslint(&["clean", &dir.join(""), "--out", &dir.join("")], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("would overwrite the input"), "{}", run.stderr);
    let latin = dir.write("c.txt", b"Title\n\nCosts \xa35.\n\n###\n");
    let run = presslint(&["clean", "--write", &dir.join("c.txt")], b"");
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("not valid UTF-8"), "{}", run.stderr);
    assert_eq!(std::fs::read(latin).unwrap(), b"Title\n\nCosts \xa35.\n\n###\n");
}

#[test]
fn the_seeds_lose_residue_but_no_prose() {
    for entry in std::fs::read_dir("../corpus").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let original = std::fs::read_to_string(&path).unwrap();
        let run = presslint(&["clean", path.to_str().unwrap()], b"");
        assert_eq!(run.code, 0);
        // Every word of the cleaned text is in the original, in order, and
        // cleaning again changes nothing.
        let again = presslint(&["clean", "-"], run.stdout.as_bytes());
        assert_eq!(again.stdout, run.stdout, "{}", path.display());
        let words: Vec<&str> = original.split_whitespace().collect();
        let mut k = 0;
        for word in run.stdout.split_whitespace() {
            while k < words.len() && !words[k].contains(word) {
                k += 1;
            }
            assert!(
                k < words.len(),
                "`{word}` of {} is not in the original",
                path.display()
            );
        }
    }
    insta::assert_snapshot!(
        "clean-seeds-diff",
        presslint(&["clean", "--diff", "../corpus"], b"").stdout
    );
}

#[test]
fn crlf_and_untouched_spacing_are_kept() {
    let text = "Port Opens\r\n\r\n\r\n\r\nThe port opened.   \r\n\r\n###\r\n";
    let run = presslint(&["clean", "-"], text.as_bytes());
    assert_eq!(run.stdout, "Port Opens\r\n\r\n\r\n\r\nThe port opened.   \r\n");
}

#[test]
fn front_matter_behind_a_bom_or_that_does_not_parse_is_never_cleaned() {
    let with_bom =
        "\u{FEFF}---\ntitle: Port\nsource: Acme Corp\n---\nPort Opens\n\nThe port opened.\n\n###\n";
    let run = presslint(&["clean", "-"], with_bom.as_bytes());
    assert_eq!(
        run.stdout,
        "\u{FEFF}---\ntitle: Port\nsource: Acme Corp\n---\nPort Opens\n\nThe port opened.\n"
    );
    let broken = "---\ntitle: \"unclosed\nsource: Acme Corp\n---\nPort Opens\n\n###\n";
    assert_eq!(presslint(&["clean", "-"], broken.as_bytes()).stdout, broken);
}

#[test]
fn jsonl_lines_keep_every_byte_but_the_text() {
    let dir = Scratch::new("clean-jsonl-bytes");
    let line = r#"{"id": 12345678901234567890123, "score":1.10, "text": "Port Opens\n\nThe port opened.\n\n###", "n": 1e2}"#;
    dir.write("in/a.jsonl", format!("{line}\n"));
    let run = presslint(&["clean", &dir.join("in"), "--out", &dir.join("out")], b"");
    assert_eq!(run.code, 0, "{}", run.transcript());
    let out = std::fs::read_to_string(dir.join("out/a.jsonl")).unwrap();
    assert_eq!(
        out,
        "{\"id\": 12345678901234567890123, \"score\":1.10, \"text\": \"Port Opens\\n\\nThe port opened.\", \"n\": 1e2}\n"
    );
}

#[test]
fn outputs_that_would_collide_are_refused() {
    let dir = Scratch::new("clean-collide");
    dir.write("a/x.txt", RELEASE);
    dir.write("b/x.txt", RELEASE);
    let run = presslint(
        &[
            "clean",
            &dir.join("a/x.txt"),
            &dir.join("b/x.txt"),
            "--out",
            &dir.join("out"),
        ],
        b"",
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("would both be written"), "{}", run.stderr);
    assert!(!std::path::Path::new(&dir.join("out/x.txt")).exists());
}

#[test]
fn write_follows_links_and_cleans_each_file_once() {
    let dir = Scratch::new("clean-link");
    let real = dir.write("real/a.txt", RELEASE);
    std::fs::create_dir_all(dir.join("tree")).unwrap();
    std::os::unix::fs::symlink(&real, dir.join("tree/link.txt")).unwrap();
    let run = presslint(
        &["clean", "--write", &dir.join("tree"), &dir.join("tree/link.txt")],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stderr.contains("from 1 of 1 file"), "{}", run.stderr);
    assert!(
        std::fs::symlink_metadata(dir.join("tree/link.txt"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(real).unwrap(), CLEANED);
}

#[test]
fn diff_counts_lines_from_the_top_of_the_file() {
    let text = "---\ntitle: x\n---\nPort Opens\n\nThe port opened.\n\n###\n";
    let run = presslint(&["clean", "--diff", "-"], text.as_bytes());
    assert!(run.stdout.contains("@@ line 8: end-mark @@"), "{}", run.stdout);
}

#[test]
fn an_empty_pattern_is_a_configuration_error() {
    let dir = Scratch::new("clean-empty-pattern");
    dir.write("a.txt", RELEASE);
    dir.write(
        "presslint.toml",
        "[[boilerplate.patterns]]\nkind = \"disclaimer\"\ncontains = \"\"\n",
    );
    let run = presslint(&["clean", &dir.join("a.txt")], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("must not be empty"), "{}", run.stderr);
}
