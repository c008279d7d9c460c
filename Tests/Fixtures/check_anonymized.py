#!/usr/bin/env python3
"""An independent check of an anonymized export (CSV folder).

check_anonymized.py STORE EXPORT K

From the store's JSON files it lists every person's name, document number and free text, and
every household cell (municipality x group x size) with fewer than K households;
then checks that no file of the export contains any of those texts, that the export's report
lists exactly those cells, and that their households lost their exact size. Prints a JSON
report: {"problems": [...], "rare": N}.
"""
import csv, glob, json, os, sys
from collections import Counter

store, export, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
problems = []
def problem(text):
    if len(problems) < 40:
        problems.append(text)

municipality = {}
secrets = set()
for f in glob.glob(os.path.join(store, "alliances", "*.json")):
    a = json.load(open(f, encoding="utf-8"))
    municipality[a["code"]] = a["municipality"]["code"]
    for v in a.get("visits", []):
        secrets.add(v.get("officer", ""))
        secrets.add(v.get("observations", ""))
cells = Counter()
households = []
for f in glob.glob(os.path.join(store, "households", "*.json")):
    r = json.load(open(f, encoding="utf-8"))
    for h in r["households"]:
        if h.get("archived"):
            continue
        secrets.add(h["headName"])
        secrets.add(h["documentNumber"])
        for s in h.get("surveys", []):
            secrets.add(s.get("enumerator", ""))
        group = "1" if h["group"] == "beneficiary" else "2"
        cell = (municipality[r["allianceCode"]], group, str(h["members"]))
        cells[cell] += 1
        households.append(cell)
secrets = {s for s in secrets if len(s) >= 4}

blob = b""
for path in glob.glob(os.path.join(export, "*")):
    blob += open(path, "rb").read()
for s in sorted(secrets):
    if s.encode("utf-8") in blob:
        problem(f"the export contains {s!r}")

rare = {c for c, n in cells.items() if n < k}
with open(os.path.join(export, "anonymization_report.csv"), encoding="utf-8", newline="") as f:
    report = list(csv.DictReader(f))
listed = {(r["municipality_code"], r["group"], r["size"]): int(r["households"]) for r in report}
if set(listed) != rare:
    problem(f"report lists {len(listed)} cells, the store has {len(rare)} rare ones; "
            f"missing {sorted(rare - set(listed))[:3]}, extra {sorted(set(listed) - rare)[:3]}")
for c, n in listed.items():
    if cells.get(c) != n:
        problem(f"report says {n} households in {c}, the store has {cells.get(c)}")

with open(os.path.join(export, "households.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
# Sensitive data (ethnic origin, displacement) never reaches a research export.
for name in ("displaced", "afro_colombian", "indigenous"):
    if rows and name in rows[0]:
        problem(f"the anonymized export has the sensitive column {name}")
exact = sum(1 for r in rows if r["members"] != "")
if exact != len(households) - sum(n for c, n in cells.items() if c in rare):
    problem(f"{exact} households keep their exact size")

print(json.dumps({"problems": problems, "rare": len(rare)}, ensure_ascii=False))
