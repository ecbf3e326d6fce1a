#!/usr/bin/env python3
"""A peer for the duplication benchmark: scikit-learn's TF-IDF cosine on the same register.

Reads a folder written by generate_registers.py (initiatives.csv, planted_pairs.csv), ranks every pair of
initiatives by the cosine of their TF-IDF vectors (name and description; English stop words, sublinear
term frequency) and reports how many planted pairs are among the top N, for each N given (use the number
of pairs Innoscape reported, to compare at the same number of reported pairs).

Needs scikit-learn (pip install scikit-learn); not part of the build.
Usage: tfidf_peer.py FOLDER N [N ...]
"""
import csv
import heapq
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer


def read(folder):
    with open(f"{folder}/initiatives.csv", newline="", encoding="utf-8-sig") as f:
        rows = [{k.strip().lower(): v for k, v in row.items()} for row in csv.DictReader(f)]
    with open(f"{folder}/planted_pairs.csv", newline="", encoding="utf-8") as f:
        planted = {frozenset(p[:2]) for p in list(csv.reader(f))[1:]}
    return rows, planted


def top_pairs(matrix, keep, chunk=1000):
    """The `keep` most similar pairs (i < j), by cosine, computed a block of rows at a time."""
    heap = []
    n = matrix.shape[0]
    for start in range(0, n, chunk):
        block = (matrix[start:start + chunk] @ matrix.T).tocoo()
        for i, j, value in zip(block.row, block.col, block.data):
            i += start
            if i < j:
                if len(heap) < keep:
                    heapq.heappush(heap, (value, i, j))
                elif value > heap[0][0]:
                    heapq.heapreplace(heap, (value, i, j))
    return sorted(heap, reverse=True)


def main():
    folder, counts = sys.argv[1], [int(n) for n in sys.argv[2:]]
    rows, planted = read(folder)
    ids = [r["id"] for r in rows]
    texts = [f"{r.get('name', '')}. {r.get('description', '')}" for r in rows]
    started = time.time()
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    ranked = top_pairs(matrix, max(counts))
    seconds = time.time() - started
    for n in counts:
        found = sum(1 for _, i, j in ranked[:n] if frozenset((ids[i], ids[j])) in planted)
        print(f"scikit-learn TF-IDF cosine, {len(rows):,} initiatives: top {n:,} pairs hold {found} of {len(planted)} planted "
              f"(recall {found / len(planted):.3f}); {seconds:.1f} s")


if __name__ == "__main__":
    main()
