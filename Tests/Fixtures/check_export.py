#!/usr/bin/env python3
"""An independent reading of an Alianzas export.

check_export.py FORMAT EXPORT STORE

Reads the export with Python's own readers (csv, openpyxl for .xlsx, pyreadstat for .dta and
.sav) and the store's JSON files with Python's json module, and checks one against the other:
row counts, a value of every alliance and household, dates, variable labels and value labels.
Prints a JSON report: {"problems": [...], "counts": {...}}.
"""
import csv, glob, json, os, sys, datetime

fmt, export, store = sys.argv[1], sys.argv[2], sys.argv[3]

# The study's stage names (glossary), in their order: the export's stage codes are 1..12.
STAGES = ["convocatoria", "perfil", "preinversion", "aprobacion", "convenio", "fiducia",
          "instalacionCDA", "ejecucion", "comercializacion", "fondoRotatorio", "cierre", "post"]
STAGE_LABELS_ES = ["Convocatoria", "Perfil", "Preinversión", "Aprobación", "Convenio", "Fiducia",
                   "Instalación CDA", "Ejecución", "Comercialización", "Fondo rotatorio", "Cierre",
                   "Operación autónoma"]

problems = []
def problem(text):
    if len(problems) < 40:
        problems.append(text)

alliances = {}
for f in glob.glob(os.path.join(store, "alliances", "*.json")):
    a = json.load(open(f, encoding="utf-8"))
    alliances[a["code"]] = a
households = {}
answers = 0
for f in glob.glob(os.path.join(store, "households", "*.json")):
    r = json.load(open(f, encoding="utf-8"))
    for h in r["households"]:
        if h.get("archived"):
            continue
        households[h["code"]] = h
        for s in h.get("surveys", []):
            answers += sum(1 for x in s.get("elcsa", []) if x is not None)
            answers += sum(1 for x in s.get("ppi", []) if x is not None)

def read(table):
    """Rows as dicts, variable labels and value labels of one table."""
    if fmt == "xlsx":
        import openpyxl
        book = openpyxl.load_workbook(export, read_only=True)
        sheet = book[table]
        rows = list(sheet.iter_rows(values_only=True))
        head = rows[0]
        return [dict(zip(head, r)) for r in rows[1:]], {}, {}
    path = os.path.join(export, table + "." + fmt)
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            raw = f.read()
        delimiter = ";" if raw.split("\r\n", 1)[0].count(";") else ","
        return list(csv.DictReader(raw.splitlines(), delimiter=delimiter)), {}, {}
    import pyreadstat
    reader = pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav
    columns, meta = reader(path, output_format="dict")
    names = list(columns.keys())
    rows = [dict(zip(names, values)) for values in zip(*columns.values())]
    return rows, meta.column_names_to_labels, meta.variable_value_labels

def day(value):
    """A date cell as ISO text, whatever the reader made of it."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value != value:
        return None
    return str(value)

def number(value):
    if value is None or value == "":
        return None
    try:
        import math
        if isinstance(value, float) and math.isnan(value):
            return None
    except Exception:
        pass
    return float(value)

counts = {}
rows, labels, values = read("alliances")
counts["alliances"] = len(rows)
if len(rows) != len(alliances):
    problem(f"alliances: {len(rows)} rows for {len(alliances)} files")
for row in rows:
    code = row["alliance_code"]
    a = alliances.get(code)
    if a is None:
        problem(f"alliances: {code} is in no file")
        continue
    if number(row["total_value"]) != float(a["finance"]["totalValue"]):
        problem(f"alliances {code}: total_value {row['total_value']} != {a['finance']['totalValue']}")
    if number(row["modular_incentive"]) != float(a["finance"]["modularIncentive"]):
        problem(f"alliances {code}: modular_incentive {row['modular_incentive']}")
    last = a["stageHistory"][-1]["date"] if a["stageHistory"] else None
    if day(row["stage_date"]) != last:
        problem(f"alliances {code}: stage_date {row['stage_date']!r} != {last}")
    index = STAGES.index(a["stage"])
    stage = row["stage"]
    if fmt in ("xlsx",):
        if stage != STAGE_LABELS_ES[index]:
            problem(f"alliances {code}: stage {stage!r} != {STAGE_LABELS_ES[index]!r}")
    elif fmt == "csv" and not str(stage).isdigit():
        if stage != STAGE_LABELS_ES[index]:
            problem(f"alliances {code}: stage {stage!r} != {STAGE_LABELS_ES[index]!r}")
    else:
        if int(float(stage)) != index + 1:
            problem(f"alliances {code}: stage code {stage} != {index + 1}")
        if values and values.get("stage", {}).get(index + 1) != STAGE_LABELS_ES[index]:
            problem(f"alliances: value label of stage {index + 1} is {values.get('stage', {}).get(index + 1)!r}")
if fmt in ("dta", "sav"):
    if labels.get("total_value") != "Valor total":
        problem(f"alliances: total_value's label is {labels.get('total_value')!r}")
    if len(values.get("stage", {})) != 12:
        problem(f"alliances: stage has {len(values.get('stage', {}))} value labels")

SENSITIVE = {"displaced": "displaced", "afro_colombian": "afroColombian", "indigenous": "indigenous"}
included = set(sys.argv[4].split(",")) if len(sys.argv) > 4 and sys.argv[4] else set()
rows, labels, values = read("households")
for column in included:
    if rows and column not in rows[0]:
        problem(f"households: {column} was asked for and is missing")
counts["households"] = len(rows)
if len(rows) != len(households):
    problem(f"households: {len(rows)} rows for {len(households)} households")
for row in rows:
    h = households.get(row["household_code"])
    if h is None:
        problem(f"households: {row['household_code']} is in no file")
        continue
    if str(row["document_number"] or "") != h["documentNumber"]:
        problem(f"households {h['code']}: document {row['document_number']!r} != {h['documentNumber']!r}")
    if row["head_name"] != h["headName"]:
        problem(f"households {h['code']}: head {row['head_name']!r} != {h['headName']!r}")
    if number(row["members"]) != float(h["members"]):
        problem(f"households {h['code']}: members {row['members']}")
    # Sensitive columns: only those the export named, each equal to the store's flag.
    for column, flag in SENSITIVE.items():
        if column not in included:
            if column in row:
                problem(f"households: sensitive column {column} exported without being asked for")
        elif "sensitiveData" not in (h.get("authorization") or {}).get("scope", []):
            if number(row[column]) is not None:
                problem(f"households {h['code']}: {column} given without authorization for sensitive data")
        elif number(row[column]) != float(flag in h.get("vulnerability", [])):
            problem(f"households {h['code']}: {column} {row[column]!r}")
if fmt in ("dta", "sav"):
    if values.get("group", {}).get(1) != "Beneficiario":
        problem(f"households: group value labels {values.get('group')!r}")

rows, _, _ = read("survey_answers")
counts["survey_answers"] = len(rows)
if len(rows) != answers:
    problem(f"survey_answers: {len(rows)} rows for {answers} answers")

surveys = sum(len(h.get("surveys", [])) for h in households.values())
rows, _, values = read("survey_answers_wide")
counts["survey_answers_wide"] = len(rows)
if len(rows) != surveys:
    problem(f"survey_answers_wide: {len(rows)} rows for {surveys} surveys")
if fmt in ("dta", "sav") and values.get("elcsa_1", {}).get(1) != "Sí":
    problem(f"survey_answers_wide: elcsa_1 value labels {values.get('elcsa_1')!r}")

rows, _, _ = read("codebook")
counts["codebook"] = len(rows)
if not any(r["table"] == "alliances" and r["column"] == "stage" and "Convocatoria" in (r["values"] or "")
           for r in rows):
    problem("codebook: the stage codes are not listed")

print(json.dumps({"problems": problems, "counts": counts}, ensure_ascii=False))
