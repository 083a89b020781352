#!/usr/bin/env python3
"""Checks LeadLoop's lead scoring against independent implementations (scikit-learn).

Exports the labelled leads exactly as `score train` reads them (`leadloop-cli score features`),
trains scikit-learn's models on the same columns and the same learning leads, and compares them
with what `score train` reports for the same options (docs/scoring.md):

- the baseline: scikit-learn's LogisticRegression (L2, C = 1, on features standardised over the
  learning leads, missing values at the mean) must find the same weights (within 1e-6)
  and the same hold-out ROC AUC (within 0.002);
- the trees: scikit-learn's HistGradientBoostingClassifier (at most 200 rounds of depth 4,
  learning rate 0.1, L2 1, early stopping on a fifth of the learning leads after 20 rounds
  without a better log-loss; another algorithm than XGBoost) must reach a hold-out ROC AUC within --tolerance
  (default 0.03) of LeadLoop's;
- LeadLoop's AUC must equal scikit-learn's roc_auc_score on LeadLoop's own numbers: checked by
  recomputing it from `score model --table roc`.

With --generate N it first writes a CRM export of N leads with 100 columns and an outcome that
depends on a few of them (also through an interaction only trees see), imports it into a new
workspace at --workspace and checks with --target property:Converted.

  crosscheck_scoring.py --cli build/app/leadloop-cli --workspace ws.leadloop [--target T]
                        [--exclude FIELDS] [--seed N] [--generate N]
"""
import argparse, csv, json, math, os, random, subprocess, sys, warnings


def write_crm(path, leads, seed, unlabelled=0):
    """A CRM export: contact_id, email, 40 numbers, 30 yes/no, 10 categories of A/B/C, and a
    yes/no Converted drawn from a logistic model of a few of them plus an interaction; the last
    `unlabelled` leads leave Converted empty (open leads)."""
    rng = random.Random(seed)
    numbers = [f"n{i:02d}" for i in range(40)]
    flags = [f"f{i:02d}" for i in range(30)]
    categories = [f"c{i:02d}" for i in range(10)]
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["contact_id", "email", *numbers, *flags, *categories, "Converted"])
        for i in range(leads + unlabelled):
            n = [round(rng.gauss(0, 1), 3) for _ in numbers]
            fl = [rng.random() < 0.3 for _ in flags]
            c = [rng.choice("ABC") for _ in categories]
            logit = 1.2 * n[0] - 0.8 * n[1] + 1.0 * fl[0] + (0.9 if c[0] == "A" else 0) - 1.0
            if n[2] > 0 and fl[1]:
                logit += 1.5  # an interaction only the trees see
            converted = rng.random() < 1 / (1 + math.exp(-logit))
            outcome = "" if i >= leads else "1" if converted else "0"
            w.writerow([f"L{i}", f"lead{i}@bench.test", *n, *["Yes" if x else "No" for x in fl],
                        *c, outcome])


def cli(args, *command):
    out = subprocess.run([args.cli, "--workspace", args.workspace, "--format", "json", *command],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--workspace", required=True)
    parser.add_argument("--target", default="customer")
    parser.add_argument("--exclude", default="")
    parser.add_argument("--seed", default="1")
    parser.add_argument("--tolerance", type=float, default=0.03)
    parser.add_argument("--generate", type=int, default=0)
    args = parser.parse_args()
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    warnings.simplefilter("ignore")
    if args.generate:
        crm = args.workspace + ".csv"
        write_crm(crm, args.generate, int(args.seed))
        if os.path.exists(args.workspace):
            os.remove(args.workspace)
        subprocess.run([args.cli, "--workspace", args.workspace, "import", "crm", crm],
                       check=True, capture_output=True)
        args.target = "property:Converted"
    options = ["--target", args.target, "--seed", args.seed]
    if args.exclude:
        options += ["--exclude", args.exclude]

    table = cli(args, "score", "features", *options)
    trained = cli(args, "score", "train", *options)
    meta = trained["meta"]
    features = table["columns"][3:]
    rows = table["rows"]
    x = np.array([[np.nan if r[f] is None else float(r[f]) for f in features] for r in rows])
    y = np.array([int(r["label"]) for r in rows])
    learn = np.array([r["part"] == "train" for r in rows])
    print(f"{len(rows)} labelled leads ({learn.sum()} learning, {(~learn).sum()} held out), "
          f"{len(features)} features, {y.sum()} positives")
    failures = []

    # The baseline, on LeadLoop's rules: mean and population deviation of the learning leads.
    xl = x[learn]
    means = np.nanmean(xl, axis=0)
    means = np.where(np.isnan(means), 0.0, means)
    filled = np.where(np.isnan(x), means, x)
    scales = np.nanstd(xl, axis=0)  # over the values present, as LeadLoop does
    scales = np.where(np.isnan(scales), 1.0, scales)
    scales = np.where(scales > 1e-6, scales, 1.0)
    z = (filled - means) / scales
    lr = LogisticRegression(C=1.0, solver="newton-cg", tol=1e-12, max_iter=10_000).fit(
        z[learn], y[learn])
    lr_auc = roc_auc_score(y[~learn], lr.predict_proba(z[~learn])[:, 1])
    ours = {r["feature"]: r["baseline_weight"] for r in trained["rows"]}
    worst = max(abs(ours[f] - w) / 1e-6 for f, w in zip(features, lr.coef_[0]))
    print(f"baseline AUC: LeadLoop {meta['baseline_auc']:.4f}, scikit-learn {lr_auc:.4f}; "
          f"weights differ by at most {worst:.2f} of the tolerance")
    if worst > 1:
        failures.append("baseline weights differ")
    if abs(meta["baseline_auc"] - lr_auc) > 0.002:
        failures.append("baseline AUC differs")

    gb = HistGradientBoostingClassifier(max_iter=200, max_depth=4, learning_rate=0.1,
                                        l2_regularization=1.0, early_stopping=True,
                                        validation_fraction=0.2, n_iter_no_change=20,
                                        scoring="loss",
                                        random_state=int(args.seed)).fit(x[learn], y[learn])
    gb_auc = roc_auc_score(y[~learn], gb.predict_proba(x[~learn])[:, 1])
    print(f"trees AUC: LeadLoop (XGBoost) {meta['auc']:.4f}, scikit-learn {gb_auc:.4f}")
    if abs(meta["auc"] - gb_auc) > args.tolerance:
        failures.append("trees AUC differs")

    # LeadLoop's AUC from its own ROC points (trapezoids) equals the rank statistic it reports.
    roc = cli(args, "score", "model", "--table", "roc")["rows"]
    points = [(r["false_positive_rate"], r["true_positive_rate"]) for r in roc
              if r["model"] == "trees"]
    area = sum((x1 - x0) * (y0 + y1) / 2 for (x0, y0), (x1, y1) in zip(points, points[1:]))
    print(f"trees AUC from its ROC curve: {area:.6f}")
    if abs(area - meta["auc"]) > 1e-9:
        failures.append("ROC curve and AUC disagree")

    if failures:
        print("FAILED: " + "; ".join(failures))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
