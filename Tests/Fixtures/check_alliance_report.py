"""Reads an alliance's committee report as an independent program would: html5lib in strict
mode, then every figure the page names (data-figure) against the CSV export of the same store
(`alianzas export --format csv`), recomputed here from the rows of that one alliance, and the
rules of a self-contained page: no script, no external resource.

usage: check_alliance_report.py REPORT.html EXPORT_FOLDER CODE LANG
  -> prints a JSON {"problems": [...], "checked": n, "unchecked": [names the export cannot check]}
"""
import csv
import json
import sys
from collections import defaultdict

import html5lib

path, folder, code, lang = sys.argv[1:5]
problems = []
try:
    doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(path, "rb"))
except Exception as e:  # html5lib raises ParseError in strict mode
    print(json.dumps({"problems": [f"not strict HTML: {e}"], "checked": 0, "unchecked": []}))
    sys.exit(0)


def rows(table):
    with open(f"{folder}/{table}.csv", newline="", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["alliance_code"] == code]


def num(value):
    return float(value) if value not in ("", None) else None


alliance = rows("alliances")[0]
agreements = {r["agreement_id"]: r for r in rows("agreements")}
deliveries = rows("deliveries")
movements = rows("finance_movements")
scores = rows("household_scores")
households = rows("households")

# What the export says, under the names the page gives its figures.
want = {}
for column in ("members", "idap", "modular_incentive", "disbursed", "repaid"):
    want[f"alliance.{column}"] = num(alliance[column])
want["alliance.idap_score"] = num(alliance["idap"])
want["finance.modular_incentive"] = num(alliance["modular_incentive"])
want["finance.disbursed"] = num(alliance["disbursed"])
want["finance.repaid"] = num(alliance["repaid"])
want["finance.cofinancing"] = num(alliance["cofinancing"])
loans = [m for m in movements if m["movement"] == "3"]
want["finance.overdue"] = want["alliance.overdue"] = sum(num(m["overdue"]) or 0 for m in loans)
want["finance.portfolio"] = sum(num(m["outstanding"]) or 0 for m in loans)
for identifier, a in agreements.items():
    for column in ("duration_days", "volume_kg_month", "price_per_kg"):
        want[f"agreement.{identifier}.{column}"] = num(a[column])
want["deliveries.count"] = len(deliveries)
want["deliveries.total_kg"] = sum(float(d["kg"]) for d in deliveries)
want["deliveries.rejected_kg"] = sum(float(d["rejected_kg"]) for d in deliveries)
by_month = defaultdict(float)
paid, priced = defaultdict(float), defaultdict(float)
for d in deliveries:
    month = d["date"][:7]
    by_month[month] += float(d["kg"])
    if float(d["price_per_kg"]) > 0:
        paid[month] += float(d["kg"]) * float(d["price_per_kg"])
        priced[month] += float(d["kg"])
for month, kg in by_month.items():
    want[f"deliveries.{month}.kg"] = kg
for month, kg in priced.items():
    if kg > 0:
        want[f"prices.{month}"] = paid[month] / kg
want["households.count"] = len(households)
want["households.beneficiaries"] = sum(1 for h in households if h["group"] == "1")
want["households.control"] = sum(1 for h in households if h["group"] == "2")
want["households.surveyed"] = len(scores)
categories = ["secure", "mild", "moderate", "severe", "incomplete"]
for i, category in enumerate(categories):
    want[f"households.elcsa.{category}"] = sum(1 for s in scores if s["elcsa_category"] == str(i))
scored = [s for s in scores if s["ppi_score"] != ""]
want["households.ppi_scored"] = len(scored)
if scored:
    want["households.ppi_mean"] = sum(float(s["ppi_score"]) for s in scored) / len(scored)
    for column in scores[0]:
        if column.startswith("poverty_"):
            values = [float(s[column]) for s in scored if s[column] != ""]
            if values:
                want[f"households.poverty.{column[len('poverty_'):]}"] = sum(values) / len(values)


def number(text):
    t = text.strip().replace("\u00a0", " ").replace("%", "").replace("$", "").strip()
    t = t.replace(".", "").replace(",", ".") if lang == "es" else t.replace(",", "")
    return float(t)


def poverty_key(key):
    """A line's id as the export names its column (NL-100 -> nl100)."""
    parts = key.split(".")
    if parts[:2] == ["households", "poverty"]:
        return "households.poverty." + parts[2].lower().replace("-", "_")
    return key


checked, unchecked = 0, []
for element in doc.iter():
    key = element.get("data-figure")
    if key is None:
        continue
    key = poverty_key(key)
    text = "".join(element.itertext())
    if key.startswith("deliveries.") and key.endswith(".kg") and key not in want:
        want[key] = 0.0  # a month the export has no delivery in
    if key not in want:
        unchecked.append(key)
        continue
    try:
        got = number(text)
    except ValueError:
        if want[key] is not None:
            problems.append(f"{key}: {text!r} is not a number, the export says {want[key]}")
        checked += 1  # no figure on the page, none in the export
        continue
    shown = text.strip().replace("%", "").strip()
    mark = "," if lang == "es" else "."
    decimals = len(shown.split(mark)[1]) if mark in shown else 0
    tolerance = 0.5 * 10**-decimals if decimals else 0.5
    if want[key] is None or abs(got - want[key]) > tolerance + 1e-9:
        problems.append(f"{key}: the page says {text!r}, the export {want[key]}")
    checked += 1

for element in doc.iter():
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "script":
        problems.append("a script")
    for attribute in ("src", "href"):
        value = element.get(attribute)
        if value and not value.startswith("#") and not value.startswith("data:"):
            problems.append(f"<{tag} {attribute}={value!r}>: a resource outside the file")

print(json.dumps({"problems": problems, "checked": checked, "unchecked": sorted(set(unchecked))}))
