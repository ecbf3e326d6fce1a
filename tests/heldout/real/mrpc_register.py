#!/usr/bin/env python3
"""A register of real prose with human-labelled duplicates: the Microsoft Research Paraphrase Corpus (MRPC).

MRPC pairs sentences from news stories; human judges labelled each pair equivalent (1) or not (0). Its
file is not in this repository (Microsoft's terms); fetch `msr_paraphrase_test.txt` (or `_train.txt`) from
the corpus's distribution. Each sentence becomes one initiative (its text the description, its MRPC id the
id, "Sentence <id>" the name, which the importer requires); the pairs labelled 1 are the planted pairs, the
pairs labelled 0 (same story, not equivalent: hard negatives) are listed apart.

    mrpc_register.py msr_paraphrase_test.txt OUT [--pairs N]

writes OUT/initiatives.csv, OUT/actors.csv (no owners: header only), OUT/planted_pairs.csv and
OUT/labelled_negatives.csv, for HeldOutDuplicationBenchmark (docs/performance.md, "Real prose").
"""
import argparse
import csv
import os
import re


def pairs_of(path, limit):
    """(label, id1, id2, sentence1, sentence2) of each line after the header, the first `limit` only if given."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = f.read().splitlines()
    header = lines[0].split("\t")
    if len(header) != 5 or not header[0].strip().lower().startswith("quality"):
        raise SystemExit(f"{path}: line 1: expected the MRPC header 'Quality, #1 ID, #2 ID, #1 String, #2 String'")
    pairs = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 5 or fields[0] not in ("0", "1"):
            raise SystemExit(f"{path}: line {number}: expected a label 0 or 1 and four tab-separated fields")
        pairs.append((fields[0], fields[1].strip(), fields[2].strip(), clean(fields[3]), clean(fields[4])))
        if limit and len(pairs) == limit:
            break
    return pairs


def clean(sentence):
    # Some public copies write a double quote as <QUOTE>.
    return re.sub(r"\s+", " ", sentence.replace("<QUOTE>", '"')).strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mrpc")
    parser.add_argument("out")
    parser.add_argument("--pairs", type=int, default=0, help="the first N pairs only")
    args = parser.parse_args()
    pairs = pairs_of(args.mrpc, args.pairs)
    sentences = {}
    for _, id1, id2, s1, s2 in pairs:
        for sid, text in ((id1, s1), (id2, s2)):
            if sentences.setdefault(sid, text) != text:
                raise SystemExit(f"{args.mrpc}: sentence {sid} has two texts")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "initiatives.csv"), "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["id", "name", "description"])
        for sid, text in sentences.items():
            out.writerow(["mrpc-" + sid, "Sentence " + sid, text])
    with open(os.path.join(args.out, "actors.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow(["id", "name"])
    for label, name in (("1", "planted_pairs.csv"), ("0", "labelled_negatives.csv")):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(["first", "second", "kind"])
            for pair_label, id1, id2, _, _ in pairs:
                if pair_label == label:
                    out.writerow(["mrpc-" + id1, "mrpc-" + id2, "equivalent" if label == "1" else "not equivalent"])
    positives = sum(p[0] == "1" for p in pairs)
    print(f"{len(sentences)} sentences, {positives} equivalent pairs, {len(pairs) - positives} not equivalent")


if __name__ == "__main__":
    main()
