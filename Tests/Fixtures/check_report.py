"""Reads a report as an independent program would: html5lib in strict mode (any parse error
fails), then every figure the page names (data-figure) against the commands' own JSON, and the
rules of a self-contained page: no script, no external resource.

usage: check_report.py REPORT.html FIGURES.json LANG   -> prints a JSON {"problems": [...], "checked": n}
FIGURES.json: {"summary": summary --json, "relink": analyze relink --json,
               "survival": analyze survival --by vulnerable --json,
               "compare": {grouping: analyze compare --by grouping --json}}
"""
import json
import sys

import html5lib

path, summary_path, lang = sys.argv[1], sys.argv[2], sys.argv[3]
problems = []
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
try:
    doc = parser.parse(open(path, "rb"))
except Exception as e:  # html5lib raises ParseError in strict mode
    print(json.dumps({"problems": [f"not strict HTML: {e}"], "checked": 0}))
    sys.exit(0)

figures = json.load(open(summary_path))
summary = figures["summary"]


def number(text):
    """A figure as the page writes it in `lang`, back to a number."""
    t = text.strip().replace("\u00a0", " ").replace("%", "").replace("$", "").replace("−", "-").strip()
    if lang == "es":
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    return float(t)


def expected(key):
    """The summary's value for a page's figure name."""
    parts = key.split(".")
    if parts[0] == "relink":
        return figures["relink"][parts[1]]
    if parts[0] == "logrank":
        return figures["survival"]["logrank"][parts[1]]
    if parts[0] == "cox":
        coefficients = figures["survival"]["cox"]["coefficients"]
        return next(c for c in coefficients if c["name"] == parts[1])[parts[2]]
    if parts[0] == "compare":
        comparison = figures["compare"][parts[1]]
        if parts[2] == "n":
            return comparison["n"][int(parts[3])]
        return next(m for m in comparison["means"] if m["metric"] == parts[3])[parts[2]]
    if parts[0] in ("byStage", "byStatus"):
        return summary[parts[0]][parts[1]]
    if parts[0] == "idap" and parts[1] == "byBand":
        return summary["idap"]["byBand"][parts[2]]
    if parts[0] == "elcsa":
        return summary["elcsa"]["byCategory"][parts[1]]
    value = summary
    for p in parts:
        value = value[p]
    return value


checked = 0
# A table by department is checked by its sums: each category's departments add up to the nation.
sums = {}
for element in doc.iter():
    key = element.get("data-figure")
    if key is None:
        continue
    text = "".join(element.itertext())
    if key.startswith(("elcsaByDepartment.", "elcsaByProduct.", "allianceByDepartment.")):
        table, _, category = key.split(".") + [""] * (3 - len(key.split(".")))
        sums[(table, category)] = sums.get((table, category), 0) + number(text)
        continue
    try:
        want = expected(key)
    except (KeyError, StopIteration, TypeError):
        problems.append(f"{key}: not in the commands' output")
        continue
    got = number(text)
    # The page rounds to the decimals it shows; the commands keep more.
    shown = text.strip().replace("%", "").strip()
    mark = "," if lang == "es" else "."
    decimals = len(shown.split(mark)[1]) if mark in shown else 0
    if abs(got - want) > (0.5 * 10 ** -decimals if decimals else (0.5 if isinstance(want, float) else 0)):
        problems.append(f"{key}: the page says {text!r}, the summary {want}")
    checked += 1

for (table, category), total in sums.items():
    want = summary["alliances"] if table == "allianceByDepartment" else summary["elcsa"]["byCategory"][category]
    if total != want:
        problems.append(f"{table} {category}: the rows add to {total}, the summary says {want}")
    checked += 1

for element in doc.iter():
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "script":
        problems.append("a script")
    for attribute in ("src", "href"):
        value = element.get(attribute)
        if value and not value.startswith("#") and not value.startswith("data:"):
            problems.append(f"<{tag} {attribute}={value!r}>: a resource outside the file")

print(json.dumps({"problems": problems, "checked": checked}))
