"""Makes a generated register importable: blanks offers_funding where a row also names funding recipients.

The generator's spread-register source writes "offers_funding: no" beside recipients such as "NHS
organisations"; the model allows recipients only when funding is offered (docs/model.md), so Innoscape
refuses such a register, naming each row. This leaves whether funding is offered unstated on those rows
(the recipients, which the duplicate detector compares, are kept) and says how many rows it changed.

    python3 importable.py DIR      # rewrites DIR/initiatives.csv in place
"""
import csv
import sys

NO_RECIPIENTS = {"", "none", "no funding", "neither", "not funded"}


def main(folder):
    path = folder + "/initiatives.csv"
    try:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        sys.exit(f"importable.py: cannot read {path}: {e.strerror}")
    if not rows:
        print(f"{path}: no rows, nothing changed")
        return
    missing = {"offers_funding", "funding_recipients"} - set(rows[0].keys())
    if missing:
        sys.exit(f"importable.py: {path} has no column {', '.join(sorted(missing))}")
    changed = 0
    for row in rows:
        if row["offers_funding"].strip().lower() == "no" and row["funding_recipients"].strip().lower() not in NO_RECIPIENTS:
            row["offers_funding"] = ""
            changed += 1
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{path}: offers_funding left unstated on {changed} of {len(rows)} rows that name funding recipients")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 importable.py DIR")
    main(sys.argv[1])
