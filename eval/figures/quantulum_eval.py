#!/usr/bin/env python3
"""Score quantulum3 against the hand-labelled figures in eval/figures/labels.jsonl.

Usage:
    python3 eval/figures/quantulum_eval.py DATASET LABELS [--no-classifier]
                                           [--predictions OUT.jsonl]

DATASET  the BBC News JSONL (one object a line with "id" and "text").
LABELS   labels.jsonl: {"id", "start", "end", "value", "scale", "unit"} a line,
         with UTF-8 byte offsets into the record's "text".

Only the article ids that occur in LABELS are parsed. For each article the
text is given to quantulum3's ``parser.parse`` and every Quantity it returns
becomes one prediction in the label schema:

* span  - quantulum's character span ``q.span`` converted to UTF-8 byte
          offsets (the text holds non-ASCII characters such as £ and €).
* scale - detected from the Quantity's surface text: a scale word
          (thousand/million/billion/trillion, singular or plural) or a newswire
          suffix glued to a digit (k, m, mn, mln, bn, tn, trn); else null.
* value - the numeral as written. quantulum3 normally returns the scaled
          value ("$1.13 billion" -> 1.13e9), so when a scale was detected the
          factor is divided back out. quantulum3 does not always apply the
          scale (it reads the "bn" of "$1.13bn" as the units barn and newton
          and returns 1.13); when its value already equals the first numeral
          of the surface text it is kept as it is, so that the script does not
          invent an error quantulum3 did not make. Every other case divides.
* unit  - dollar -> USD, pound sterling -> GBP, euro -> EUR, (japanese) yen ->
          JPY, percentage -> percent, dimensionless -> "", penny -> GBX; any
          other currency unit that carries an ISO code in quantulum3's unit
          table -> that code; anything else -> quantulum3's unit name
          (e.g. "dollar barn newton", "month", "tonne").

Matching and scoring (the Rust evaluator implements the same rule):

* Per article, predictions are taken in order of (start, end). Each one is
  matched to the first still-unmatched label, in order of label (start, end),
  whose byte span overlaps it (half-open spans, a.start < b.end and
  b.start < a.end). Matching is one-to-one; the rest stay unmatched.
* For X in {any, value, scale, unit}: precision_X = matched pairs with X
  correct / number of predictions, recall_X = matched pairs with X correct /
  number of labels, both summed over all articles. "any" counts every matched
  pair. value is correct when |pred - label| <= 1e-9 * max(1, |label|); scale
  is correct when equal (null == null); unit when the strings are equal.
"""

import argparse
import importlib.metadata
import json
import re
import sys
from collections import defaultdict

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SUFFIXES = {
    "k": "thousand",
    "m": "million",
    "mn": "million",
    "mln": "million",
    "bn": "billion",
    "tn": "trillion",
    "trn": "trillion",
}
SCALE_WORD_RE = re.compile(r"\b(thousand|million|billion|trillion)s?\b", re.I)
SUFFIX_RE = re.compile(r"\d(k|mn|mln|m|bn|trn|tn)(?![A-Za-z])", re.I)
NUMERAL_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")

UNIT_MAP = {
    "dollar": "USD",
    "united states dollar": "USD",
    "pound sterling": "GBP",
    "euro": "EUR",
    "yen": "JPY",
    "japanese yen": "JPY",
    "percentage": "percent",
    "dimensionless": "",
    "penny": "GBX",
}

ATTRIBUTES = ("any", "value", "scale", "unit")


def detect_scale(surface):
    """Return the scale named by a word or suffix in the surface text, or None."""
    m = SCALE_WORD_RE.search(surface)
    if m:
        return m.group(1).lower()
    m = SUFFIX_RE.search(surface)
    if m:
        return SUFFIXES[m.group(1).lower()]
    return None


def unscale(value, surface, scale):
    """Return the numeral as written, given quantulum's value and the scale."""
    if scale is None:
        return value
    factor = SCALES[scale]
    m = NUMERAL_RE.search(surface)
    if m:
        written = float(m.group(0).replace(",", ""))
        if abs(value - written * factor) <= 1e-6 * max(1.0, abs(written * factor)):
            return value / factor
        if abs(value - written) <= 1e-9 * max(1.0, abs(written)):
            return value  # quantulum3 did not apply the scale
    return value / factor


def map_unit(unit):
    """Map a quantulum3 Unit to the label schema's unit string."""
    name = unit.name
    if name in UNIT_MAP:
        return UNIT_MAP[name]
    if unit.entity is not None and unit.entity.name == "currency":
        code = getattr(unit, "currency_code", None)
        if code:
            return code
    return name


def char_to_byte(text):
    """Return a list mapping each character offset (0..len) to a byte offset."""
    offsets = [0] * (len(text) + 1)
    b = 0
    for i, ch in enumerate(text):
        offsets[i] = b
        b += len(ch.encode("utf-8"))
    offsets[len(text)] = b
    return offsets


def predict(parser, text):
    """Run quantulum3 on one text; return (predictions, span mismatches)."""
    to_byte = char_to_byte(text)
    preds, mismatches = [], 0
    for q in parser.parse(text):
        s, e = q.span
        surface = text[s:e]
        if surface != q.surface:
            mismatches += 1
        scale = detect_scale(surface)
        preds.append(
            {
                "start": to_byte[s],
                "end": to_byte[e],
                "value": unscale(float(q.value), surface, scale),
                "scale": scale,
                "unit": map_unit(q.unit),
                "surface": surface,
                "quantulum_value": q.value,
                "quantulum_unit": q.unit.name,
            }
        )
    return preds, mismatches


def value_ok(pred, label):
    return abs(pred - label) <= 1e-9 * max(1.0, abs(label))


def match(preds, labels):
    """Greedy one-to-one matching; returns a list of (pred, label) pairs."""
    labels = sorted(labels, key=lambda l: (l["start"], l["end"]))
    used = [False] * len(labels)
    pairs = []
    for p in sorted(preds, key=lambda p: (p["start"], p["end"])):
        for i, l in enumerate(labels):
            if not used[i] and p["start"] < l["end"] and l["start"] < p["end"]:
                used[i] = True
                pairs.append((p, l))
                break
    return pairs


def correct(pair, attribute):
    p, l = pair
    if attribute == "any":
        return True
    if attribute == "value":
        return value_ok(p["value"], l["value"])
    return p[attribute] == l[attribute]


def load_parser(use_classifier):
    """Import quantulum3, optionally with its unit-disambiguation classifier off.

    quantulum3's shipped classifier is a scikit-learn pickle that only loads
    with the scikit-learn version it was saved with; if it fails to load the
    script says so and falls back to quantulum3's classifier-free mode.
    """
    from quantulum3 import classifier, parser

    mode = "classifier"
    if not use_classifier or not classifier.USE_CLF:
        classifier.USE_CLF = False
        mode = "no classifier"
    else:
        try:
            parser.parse("It cost $5m.")
        except Exception as exc:  # incompatible clf.joblib, missing module, ...
            print(
                "warning: quantulum3's classifier did not load (%s: %s); "
                "running without it. Installing the scikit-learn version "
                "recorded in quantulum3's clf.joblib fixes this."
                % (type(exc).__name__, exc),
                file=sys.stderr,
            )
            classifier.USE_CLF = False
            mode = "no classifier (fallback)"
    return parser, mode


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("labels")
    ap.add_argument("--no-classifier", action="store_true",
                    help="disable quantulum3's unit-disambiguation classifier")
    ap.add_argument("--predictions", metavar="OUT",
                    help="also write the mapped predictions as JSONL to OUT")
    args = ap.parse_args()

    labels = defaultdict(list)
    with open(args.labels, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                l = json.loads(line)
                labels[l["id"]].append(l)

    texts = {}
    with open(args.dataset, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in labels:
                texts[r["id"]] = r["text"]
    missing = sorted(set(labels) - set(texts))
    if missing:
        sys.exit("article ids not in the dataset: %s" % ", ".join(missing))

    parser, mode = load_parser(not args.no_classifier)

    counts = {a: 0 for a in ATTRIBUTES}
    n_preds = n_labels = mismatches = 0
    out = open(args.predictions, "w", encoding="utf-8") if args.predictions else None
    for aid in sorted(labels):
        preds, mm = predict(parser, texts[aid])
        mismatches += mm
        n_preds += len(preds)
        n_labels += len(labels[aid])
        for pair in match(preds, labels[aid]):
            for a in ATTRIBUTES:
                counts[a] += correct(pair, a)
        if out:
            for p in preds:
                out.write(json.dumps(dict(id=aid, **p), ensure_ascii=False) + "\n")
    if out:
        out.close()

    def version(pkg):
        try:
            return importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"

    print("quantulum3 %s (scikit-learn %s, %s)"
          % (version("quantulum3"), version("scikit-learn"), mode))
    print("articles %d, labels %d, predictions %d" % (len(labels), n_labels, n_preds))
    if mismatches:
        print("warning: %d quantulum spans did not reproduce q.surface" % mismatches)
    print()
    print("%-9s %9s %9s %8s %6s %7s" % ("attribute", "precision", "recall",
                                        "correct", "preds", "labels"))
    for a in ATTRIBUTES:
        p = counts[a] / n_preds if n_preds else 0.0
        r = counts[a] / n_labels if n_labels else 0.0
        print("%-9s %9.3f %9.3f %8d %6d %7d" % (a, p, r, counts[a], n_preds, n_labels))


if __name__ == "__main__":
    main()
