"""Independent recomputation of `alianzas summary` from a store's raw files.

Reads every file with Python's own JSON parser and applies the ELCSA cut-points and the PPI
look-up from data/instruments, sharing no code with the Swift implementation.
"""
import glob
import json
import os
import sys

store, data = sys.argv[1], sys.argv[2]
elcsa = json.load(open(os.path.join(data, "instruments/elcsa.json")))
ppi = json.load(open(os.path.join(data, "instruments/ppi-colombia-2012.json")))
points = [{o["code"]: o["points"] for o in ind["options"]} for ind in ppi["indicators"]]

stages = ["convocatoria", "perfil", "preinversion", "aprobacion", "convenio", "fiducia", "instalacionCDA",
          "ejecucion", "comercializacion", "fondoRotatorio", "cierre", "post"]
statuses = ["activa", "suspendida", "rupturaComercial", "cerrada"]
out = {"byStage": {s: 0 for s in stages}, "byStatus": {s: 0 for s in statuses}}
departments, buyers = set(), set()
agreements = {"active": 0, "ruptured": 0, "relinked": 0}
alliances = 0
for path in glob.glob(os.path.join(store, "alliances", "*.json")):
    a = json.load(open(path))
    alliances += 1
    out["byStage"][a["stage"]] += 1
    out["byStatus"][a["status"]] += 1
    departments.add(a["departmentCode"])
    for g in a["agreements"]:
        buyers.add(g["buyer"]["id"])
        agreements["ruptured" if "rupture" in g else "active"] += 1
        if "replaces" in g:
            agreements["relinked"] += 1

def category(yes, minors):
    bounds = elcsa["cutPoints"]["withMinors" if minors else "adultsOnly"]["upperBounds"]
    return next(i for i, b in enumerate(bounds) if yes <= b)

names = ["secure", "mild", "moderate", "severe", "incomplete"]
by_category = {n: 0 for n in names}
households = surveys = 0
scores, likelihoods = [], []
for path in glob.glob(os.path.join(store, "households", "*.json")):
    for h in json.load(open(path))["households"]:
        households += 1
        surveys += len(h["surveys"])
        if not h["surveys"]:
            continue
        complete = [s for s in h["surveys"] if s["status"] == "complete"]
        s = max(complete or h["surveys"], key=lambda s: s["date"])
        minors = s.get("hasMinors", h["minors"] > 0)
        items = s["elcsa"][: 15 if minors else 8]
        if all(x in ("si", "no") for x in items):
            by_category[names[category(items.count("si"), minors)]] += 1
        else:
            by_category["incomplete"] += 1
        answers = s["ppi"]
        if all(a is not None and a in points[i] for i, a in enumerate(answers)):
            score = sum(points[i][a] for i, a in enumerate(answers))
            band = next(b for b in ppi["bands"] if b["min"] <= score <= b["max"])
            scores.append(score)
            likelihoods.append(band["likelihood"][ppi["nationalLine"]])

out.update({
    "alliances": alliances, "departments": len(departments), "households": households,
    "buyers": len(buyers), "surveys": surveys, "agreements": agreements,
    "elcsa": {"byCategory": by_category},
    "ppi": {"meanScore": round(sum(scores) / len(scores), 2),
            "povertyRateNational": round(sum(likelihoods) / len(likelihoods), 2)},
})
print(json.dumps(out))
