"""The Python module against what the presslint command does."""

import json
import os
import subprocess

import pytest

import presslint

RELEASE = (
    "---\n"
    "title: Harbour opens terminal\n"
    "date: 2021-03-03\n"
    "---\n"
    "Harbour Opens Container Terminal\n"
    "KIEL, GERMANY, March 3, 2021 /EINPresswire.com/ -- The harbour opened "
    "its container terminal on Wednesday at a cost of €12 million, "
    "up 5% on the budget of 2019.\n"
    "\n"
    "The terminal handles 400 ships a year, says Jörg Lüthje.\n"
)

STORY = "The harbour at Kiel opened its new container terminal on Wednesday after two years of building work."


def test_parse_reads_front_matter_blocks_residue_dates_and_figures():
    doc = presslint.parse(RELEASE, path="kiel.md")
    assert doc["doc"]["path"] == "kiel.md"
    assert doc["meta"]["title"] == "Harbour opens terminal"
    assert doc["front_matter_error"] is None
    assert doc["blocks"][0]["kind"] == "headline"
    assert doc["blocks"][0]["text"] == "Harbour Opens Container Terminal"
    (dateline,) = doc["boilerplate"]
    assert dateline["kind"] == "wire-dateline"
    assert dateline["text"].startswith("KIEL, GERMANY") and dateline["text"].endswith("-- ")
    assert "EINPresswire" not in doc["article"]
    assert doc["article"].startswith("Harbour Opens Container Terminal")
    assert [d["text"] for d in doc["dates"]] == ["March 3, 2021"]
    figures = {f["text"]: f for f in doc["figures"]}
    assert figures["€12 million"]["unit"] == {"kind": "currency", "code": "EUR"}
    assert figures["€12 million"]["interval"]["low"] <= 12e6 <= figures["€12 million"]["interval"]["high"]
    assert "5%" in figures and "400" in figures


def test_spans_are_byte_offsets_into_the_body():
    doc = presslint.parse(RELEASE)
    body = doc["text"].encode("utf-8")
    for item in doc["blocks"] + doc["boilerplate"] + doc["dates"] + doc["figures"]:
        start, end = item["span"]["start"], item["span"]["end"]
        assert body[start:end].decode("utf-8") == item["text"]


def test_parse_without_front_matter_keeps_it_as_text():
    doc = presslint.parse(RELEASE, front_matter=False)
    assert doc["text"] == RELEASE
    assert doc["meta"] == {}


def test_broken_front_matter_is_reported_not_raised():
    doc = presslint.parse("---\ntitle: [unclosed\n---\nBody text.\n")
    assert doc["front_matter_error"]


def test_clean_removes_residue_from_strings_and_records():
    cleaned = presslint.clean(RELEASE)
    assert "EINPresswire" not in cleaned
    assert cleaned.startswith("---\ntitle: Harbour opens terminal\n")
    assert "The harbour opened its container terminal on Wednesday" in cleaned
    assert presslint.clean([RELEASE, STORY]) == [cleaned, STORY]
    record = {"id": "kiel", "source": "wire", "text": RELEASE}
    (out,) = presslint.clean([record])
    assert out == {"id": "kiel", "source": "wire", "text": cleaned}
    assert record["text"] == RELEASE, "the caller's record is not changed"


def test_clean_of_clean_text_changes_nothing():
    once = presslint.clean(RELEASE)
    assert presslint.clean(once) == once


def test_clean_refuses_what_it_cannot_read():
    with pytest.raises(TypeError):
        presslint.clean(42)
    with pytest.raises(TypeError):
        presslint.clean([STORY, 42])
    with pytest.raises(ValueError, match="record 0 has no `text`"):
        presslint.clean([{"id": "x"}])


def test_lint_finds_duplicates_across_records():
    records = [
        {"id": "a", "text": STORY},
        {"id": "b", "text": "An unrelated note about the weather in Lisbon this spring."},
        {"id": "c", "text": STORY},
    ]
    findings = presslint.lint(records, select=["D"])
    assert [(f["code"], f["location"]["id"]) for f in findings] == [("D101", "c")]
    assert findings[0]["related"][0]["location"]["id"] == "a"
    assert "input#a" in findings[0]["message"]


def test_lint_of_strings_names_them_by_position():
    findings = presslint.lint([STORY, STORY], select=["D101"], name="batch-7")
    assert [(f["location"]["path"], f["location"]["record_line"]) for f in findings] == [("batch-7", 2)]


def test_lint_finds_residue_and_respects_selection():
    findings = presslint.lint(RELEASE, select=["B"])
    assert "B101" in {f["code"] for f in findings}
    assert all(f["code"].startswith("B") for f in findings)
    assert not any(f["code"] == "B101" for f in presslint.lint(RELEASE, select=["B"], ignore=["B101"]))


def test_lint_output_does_not_depend_on_threads():
    records = [{"id": str(k), "text": STORY if k % 3 else RELEASE} for k in range(30)]
    assert presslint.lint(records, threads=1) == presslint.lint(records, threads=4)


def test_lint_reports_bad_arguments():
    with pytest.raises(ValueError, match="not a rule code"):
        presslint.lint(STORY, select=["nonsense!"])
    with pytest.raises(ValueError):
        presslint.lint(STORY, config="/nonexistent/presslint.toml")
    with pytest.raises(TypeError):
        presslint.lint({"text": STORY})
    with pytest.raises(TypeError):
        presslint.lint([STORY, None])


def test_records_that_are_not_valid_are_findings():
    findings = presslint.lint([{"id": "x", "title": "no text"}])
    assert [f["code"] for f in findings] == ["V003"], findings


def test_config_file_is_followed(tmp_path):
    config = tmp_path / "presslint.toml"
    config.write_text('select = ["D101"]\n')
    findings = presslint.lint([RELEASE, RELEASE], config=str(config))
    assert {f["code"] for f in findings} == {"D101"}


def test_rules_lists_every_family():
    rules = presslint.rules()
    assert {r["family"] for r in rules} == {"boilerplate", "duplicate", "figure", "validation"}
    assert any(r["code"] == "D101" and r["name"] == "exact-duplicate" for r in rules)
    assert presslint.JSON_FORMAT_VERSION == 1
    assert presslint.__version__


@pytest.mark.skipif(not os.environ.get("PRESSLINT_BIN"), reason="PRESSLINT_BIN names the presslint command")
def test_lint_gives_the_commands_findings(tmp_path):
    records = [
        {"id": "a", "title": "Harbour terminal", "date": "2021-03-03", "text": RELEASE.split("---\n", 2)[2]},
        {"id": "b", "text": STORY},
        {"id": "c", "text": STORY + "\n\nPhoto: Harbour press office"},
        {"id": "d", "text": STORY},
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records))
    run = subprocess.run(
        [os.environ["PRESSLINT_BIN"], "check", str(corpus), "--format", "json", "--no-baseline", "--exit-zero"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    expected = json.loads(run.stdout)["diagnostics"]
    assert expected, "the corpus has findings to compare"
    assert presslint.lint(records, name=str(corpus)) == expected
