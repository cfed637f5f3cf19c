"""The peer measurement for presslint's near-duplicate rules: datasketch's
MinHashLSH on the same generated corpus, with the same shingles (5 words,
lower case, split at anything not a letter or digit), 128 permutations and a
threshold of 0.8. Prints the pairs it proposes and their recall against the
corpus's truth file (exact and near pairs), and its own running time.

Usage: python3 eval/duplicates/datasketch_bench.py CORPUS.jsonl TRUTH.jsonl
Needs: pip install datasketch
"""

import json
import re
import sys
import time

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"[^\W_]+")


def shingles(text, size=5):
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def main():
    corpus, truth_path = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    ids, signatures = [], []
    for line in open(corpus, encoding="utf-8"):
        record = json.loads(line)
        m = MinHash(num_perm=128, seed=1)
        m.update_batch(list(shingles(record["text"])))
        ids.append(record["id"])
        signatures.append(m)
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    for key, m in zip(ids, signatures):
        lsh.insert(key, m)
    pairs = set()
    for key, m in zip(ids, signatures):
        for other in lsh.query(m):
            if other != key:
                pairs.add((min(key, other), max(key, other)))
    elapsed = time.perf_counter() - started
    planted = {}
    for line in open(truth_path, encoding="utf-8"):
        t = json.loads(line)
        planted.setdefault(t["kind"], set()).add((min(t["a"], t["b"]), max(t["a"], t["b"])))
    print(f"datasketch {len(ids)} documents: {len(pairs)} candidate pairs in {elapsed:.2f} s")
    for kind in ("exact", "near"):
        want = planted.get(kind, set())
        print(f"  {kind}: recall {len(want & pairs) / max(len(want), 1):.3f} ({len(want & pairs)} of {len(want)})")


if __name__ == "__main__":
    main()
