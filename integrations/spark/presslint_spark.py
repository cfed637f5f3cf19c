"""Lint a corpus with Spark: the per-document pass in Spark's partitions, the
corpus pass once over the sketches they write.

    python integrations/spark/presslint_spark.py PATH... --out DIR
        [--presslint BIN] [--config FILE] [--partitions N] [--master URL]
        [-- CHECK-OPTIONS...]

Every document of PATH (text files, `.jsonl`, `.jsonl.gz`) becomes a row of a
DataFrame (path, line, record, text). Each partition is piped, as JSON lines,
through `presslint sketch --located --findings -o -`, which writes one sketch
per document and the per-document rules' findings, all naming the original
file and line. The sketches are saved as `DIR/sketches/part-*`, and
`presslint check --sketches DIR/sketches` runs the corpus rules over them and
writes the report, which is the report of `presslint check PATH...` run on
one machine. Options after `--` go to that `presslint check`.

Paths are shown as given, as presslint shows them, so run the job from the
folder you would run presslint from.
"""

import argparse
import os
import shlex
import shutil
import subprocess
import sys

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def display_path(path):
    """The path as presslint reports it: `/` separators, no leading `./`."""
    path = path.replace(os.sep, "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def corpus_files(paths):
    """(display path, kind) of every document file under `paths`, skipping
    hidden files and folders as presslint's walk does. A file named
    explicitly is read whatever its extension, as text unless it is JSONL."""
    found = []
    for given in paths:
        if os.path.isfile(given):
            kind = "jsonl" if given.lower().endswith(JSONL_SUFFIXES) else "text"
            found.append((display_path(given), kind))
            continue
        if not os.path.isdir(given):
            sys.exit(f"presslint_spark: `{given}` does not exist")
        for root, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                lower = name.lower()
                if lower.endswith(JSONL_SUFFIXES):
                    kind = "jsonl"
                elif lower.endswith(TEXT_SUFFIXES):
                    kind = "text"
                else:
                    continue
                found.append((display_path(os.path.join(root, name)), kind))
    return found


def find_config(paths):
    """presslint.toml from the first path upwards, as presslint finds it."""
    start = os.path.abspath(paths[0])
    folder = start if os.path.isdir(start) else os.path.dirname(start)
    while True:
        candidate = os.path.join(folder, "presslint.toml")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def documents(spark, files, partitions):
    """The DataFrame of documents: one row a JSONL record (path, line,
    record) or a text file (path, text)."""
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    sc = spark.sparkContext
    schema = StructType(
        [
            StructField("path", StringType(), False),
            StructField("line", LongType(), True),
            StructField("record", StringType(), True),
            StructField("text", StringType(), True),
        ]
    )
    rdds = []
    texts = [path for path, kind in files if kind == "text"]
    if texts:
        shown = {os.path.abspath(p): p for p in texts}
        whole = sc.wholeTextFiles(",".join(os.path.abspath(p) for p in texts))
        rdds.append(
            whole.map(lambda kv: (shown[kv[0].removeprefix("file:")], None, None, kv[1]))
        )
    for path, kind in files:
        if kind != "jsonl":
            continue
        lines = sc.textFile(os.path.abspath(path)).zipWithIndex()
        rdds.append(
            lines.filter(lambda li: li[0].strip())
            .map(lambda li, path=path: (path, li[1] + 1, li[0], None))
        )
    rows = sc.union(rdds) if rdds else sc.emptyRDD()
    return spark.createDataFrame(rows, schema).repartition(partitions)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    check_options = []
    if "--" in argv:
        cut = argv.index("--")
        argv, check_options = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", required=True, help="folder for the sketches and the report")
    parser.add_argument("--presslint", default=shutil.which("presslint") or "presslint")
    parser.add_argument("--config", help="presslint.toml (default: found from the first path upwards)")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    files = corpus_files(args.paths)
    config = args.config or find_config(args.paths)
    binary = os.path.abspath(args.presslint) if os.sep in args.presslint else args.presslint
    sketch = [binary, "sketch", "--located", "--findings", "-o", "-"]
    if config:
        sketch += ["--config", os.path.abspath(config)]
    sketches = os.path.join(args.out, "sketches")
    if os.path.exists(sketches):
        sys.exit(f"presslint_spark: `{sketches}` exists; remove it or choose another --out")

    spark = (
        SparkSession.builder.master(args.master)
        .appName("presslint")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        frame = documents(spark, files, args.partitions)
        # toJSON leaves out the null column of each row, which is what
        # `--located` reads: `record` with `line`, or `text`.
        frame.toJSON().pipe(shlex.join(sketch), checkCode=True).saveAsTextFile(sketches)
    finally:
        spark.stop()

    check = [binary, "check", "--sketches", sketches]
    if config:
        check += ["--config", config]
    check += check_options
    return subprocess.run(check).returncode


if __name__ == "__main__":
    sys.exit(main())
