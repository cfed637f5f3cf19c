"""Line-level evaluation of jusText on presslint's boilerplate development set.

Each line of a document is given to jusText as one paragraph (<p>), in order;
a line counts as flagged when jusText classifies its paragraph as anything but
"good". The result is comparable with `cargo xtask eval boilerplate`, which
judges the same lines. jusText knows no kinds of residue, so only the overall
residue/not-residue figures are computed.

Usage: python3 eval/boilerplate/justext_eval.py [devset.jsonl] [bbc.jsonl]
Needs: pip install justext lxml_html_clean
"""

import html
import json
import sys

import justext


def classify(lines):
    """jusText's verdict (True: residue) for each non-blank line."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    paragraphs = justext.justext(f"<html><body>{body}</body></html>".encode(), justext.get_stoplist("English"))
    verdicts = iter(p.class_type != "good" for p in paragraphs)
    return [next(verdicts, False) if line.strip() else None for line in lines]


def main():
    devset = sys.argv[1] if len(sys.argv) > 1 else "eval/boilerplate/devset.jsonl"
    tp = fp = fn = 0
    for raw in open(devset, encoding="utf-8"):
        doc = json.loads(raw)
        lines = [entry["text"] for entry in doc["lines"]]
        for entry, flagged in zip(doc["lines"], classify(lines)):
            if entry["label"] == "blank" or flagged is None:
                continue
            gold = entry["label"] != "article"
            tp += gold and flagged
            fp += (not gold) and flagged
            fn += gold and not flagged
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"jusText overall (residue/not): gold {tp + fn} tp {tp} fp {fp} precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    if len(sys.argv) > 2:
        flagged = docs = 0
        for raw in open(sys.argv[2], encoding="utf-8"):
            record = json.loads(raw)
            docs += 1
            flagged += sum(1 for f in classify(record["text"].split("\n")) if f)
        print(f"jusText on BBC: {flagged} flagged lines in {docs} articles ({100 * flagged / docs:.2f} per 100 articles)")


if __name__ == "__main__":
    main()
