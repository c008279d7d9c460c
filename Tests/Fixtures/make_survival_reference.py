"""Reference numbers for the survival tests, from independent implementations.

Run once by hand (pip install lifelines statsmodels); the output is committed as
survival-reference.json, rossi.csv and larynx.csv. Not run by CI.

Data:
  Rossi et al. (1980) recidivism data, 432 released prisoners (Fox, "Cox Proportional-Hazards
  Regression for Survival Data", appendix to An R and S-PLUS Companion to Applied Regression),
  as shipped by lifelines.datasets.load_rossi().
  Larynx cancer data, 90 patients (Kardaun 1983; Klein & Moeschberger, Survival Analysis, 1997,
  section 1.8), as shipped by lifelines.datasets.load_larynx().
Implementations:
  statsmodels SurvfuncRight (Kaplan-Meier, Greenwood standard errors), survdiff (log-rank),
  PHReg (Cox, Efron and Breslow ties, Newton with a tight tolerance);
  lifelines concordance_index (Harrell's C), KaplanMeierFitter (median).
"""
import json
import math
import sys

import lifelines
import numpy as np
import statsmodels
import statsmodels.api as sm
from lifelines.datasets import load_larynx, load_rossi
from lifelines.utils import concordance_index
from statsmodels.duration.survfunc import SurvfuncRight, survdiff

out = {"provenance": {"lifelines": lifelines.__version__, "statsmodels": statsmodels.__version__,
                      "script": "Tests/Fixtures/make_survival_reference.py"}, "datasets": {}}


def km(time, event):
    sf = SurvfuncRight(time, event)
    # statsmodels lists event times only; its last SE is nan when S reaches 0.
    rows = [{"time": float(t), "atRisk": int(n), "events": int(d), "survival": float(s),
             "stdError": None if math.isnan(se) else float(se)}
            for t, n, d, s, se in zip(sf.surv_times, sf.n_risk, sf.n_events, sf.surv_prob, sf.surv_prob_se)]
    fitter = lifelines.KaplanMeierFitter().fit(time, event)
    median = fitter.median_survival_time_
    return {"rows": rows, "median": None if math.isinf(median) else float(median)}


def cox(time, event, X, names, ties):
    model = sm.PHReg(time, X, status=event, ties=ties)
    fit = model.fit(method="newton", tol=1e-14, maxiter=200)
    risk = X @ fit.params
    if ties == "efron":
        # A second, independent fit; the two must agree before the numbers are trusted.
        frame = dict(zip(names, X.T))
        import pandas as pd
        df = pd.DataFrame(frame)
        df["T"], df["E"] = time, event
        other = lifelines.CoxPHFitter().fit(df, "T", "E")
        assert np.allclose(other.params_[names].to_numpy(), fit.params, atol=1e-6), "lifelines and statsmodels disagree"
    return {
        "ties": ties, "coefficients": dict(zip(names, map(float, fit.params))),
        "stdErrors": dict(zip(names, map(float, fit.bse))),
        "logLikelihood": float(fit.llf),
        "nullLogLikelihood": float(model.loglike(np.zeros(len(names)))),
        "concordance": float(concordance_index(time, -risk, event)),
    }


def dataset(name, frame, time_col, event_col, covariates, group_col):
    time = frame[time_col].to_numpy(dtype=float)
    event = frame[event_col].to_numpy(dtype=int)
    X = frame[covariates].to_numpy(dtype=float)
    groups = frame[group_col].to_numpy()
    chi2, p = survdiff(time, event, groups)
    entry = {
        "columns": {c: frame[c].tolist() for c in [time_col, event_col] + covariates + ([group_col] if group_col not in covariates else [])},
        "time": time_col, "event": event_col, "covariates": covariates, "group": group_col,
        "km": km(time, event),
        "kmByGroup": {str(g): km(time[groups == g], event[groups == g]) for g in sorted(set(groups))},
        "logrank": {"chi2": float(chi2), "df": len(set(groups)) - 1, "p": float(p)},
        "cox": {ties: cox(time, event, X, covariates, ties) for ties in ("efron", "breslow")},
    }
    out["datasets"][name] = entry
    frame[[time_col, event_col] + covariates + ([group_col] if group_col not in covariates else [])].to_csv(
        f"{sys.argv[1]}/{name}.csv", index=False)


rossi = load_rossi()
dataset("rossi", rossi, "week", "arrest", ["fin", "age", "race", "wexp", "mar", "paro", "prio"], "fin")
larynx = load_larynx()
larynx["stage"] = 1 + larynx["Stage_II"] + 2 * larynx["Stage_III"] + 3 * larynx["Stage_IV"]
dataset("larynx", larynx, "time", "death", ["age", "Stage_II", "Stage_III", "Stage_IV"], "stage")
json.dump(out, open(f"{sys.argv[1]}/survival-reference.json", "w"), indent=1)
print("ok")
