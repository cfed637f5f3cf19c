"""The Spark job gives the report of a single-machine run of presslint."""

import gzip
import json
import os
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("pyspark")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get("PRESSLINT_BIN", os.path.join(ROOT, "target", "debug", "presslint"))

STORY = "The harbour at Kiel opened its new container terminal on Wednesday after two years of building work."


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT, **kw)


@pytest.fixture()
def extra(tmp_path):
    """Records of our own beside the repository's corpus and fixtures: blank
    lines between them, copies across files, a gzip file, a broken line."""
    folder = tmp_path / "extra"
    folder.mkdir()
    lines = [
        json.dumps({"id": "kiel-1", "date": "2021-03-03", "text": STORY}),
        "",
        json.dumps({"id": "kiel-2", "text": STORY + "\n\nPhoto: Harbour press office"}),
        "{not json",
        json.dumps({"id": "lisbon", "text": "An unrelated note about the weather in Lisbon this spring."}),
    ]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n")
    with gzip.open(folder / "b.jsonl.gz", "wt") as f:
        f.write(json.dumps({"id": "kiel-3", "text": STORY}) + "\n")
    (folder / "note.md").write_text("---\ntitle: Kiel\n---\n" + STORY + "\n")
    yield os.path.relpath(folder, ROOT)
    shutil.rmtree(folder)


def test_the_spark_job_gives_the_single_machine_report(tmp_path, extra):
    if not os.path.exists(BIN):
        pytest.fail(f"no presslint at {BIN}: build it (cargo build -p presslint-cli) or set PRESSLINT_BIN")
    paths = ["corpus", "tests/fixtures/rules/D101", "tests/fixtures/rules/D102", "tests/fixtures/rules/D105", extra]
    options = ["--config", "corpus/presslint.toml", "--no-baseline", "--format", "json", "--exit-zero"]
    single = run([BIN, "check", *paths, *options], check=True)
    out = tmp_path / "spark"
    job = run(
        [
            sys.executable,
            os.path.join(HERE, "presslint_spark.py"),
            *paths,
            "--out",
            str(out),
            "--presslint",
            BIN,
            "--config",
            "corpus/presslint.toml",
            "--partitions",
            "3",
            "--",
            *options[2:],
        ]
    )
    assert job.returncode == 0, job.stderr[-3000:]
    parts = sorted(p for p in os.listdir(out / "sketches") if p.startswith("part-"))
    assert len(parts) == 3, parts
    report = json.loads(job.stdout)
    assert report == json.loads(single.stdout)
    codes = {d["code"] for d in report["diagnostics"]}
    # Corpus rules and per-document rules, and the broken line, all came back.
    assert {"D101", "D102", "D105", "B101", "V003"} <= codes, codes
    assert report["summary"]["documents"] > 15
