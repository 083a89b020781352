#!/usr/bin/env python3
"""Analytics benchmark (a benchmark, not a timed test; see docs/metrics.md).

Builds the benchmark workspace once (2M page views and 50k CRM leads from gen_tracking.py,
through leadloop-cli import tracking and import crm), then times each attribution model and the
channels, funnel, deals, paths and trend reports, round by round and side by side with a baseline: the sqlite3 CLI running the plainest query an attribution
needs (every linked visitor's sessions, ordered per person). Reports the median time of each and
the median of the per-round ratios. Times include process start and opening the workspace.

A second baseline is DuckDB (the npm package @duckdb/node-api, installed by this script into a
scratch folder under --dir; never a build dependency): the same CSVs loaded once into its own
tables, then, in every round beside LeadLoop's, the comparable queries timed in process (distinct
visitors per source, the visitors -> leads -> won funnel by source, first- and last-touch revenue
by source; tests/bench/duckdb_baseline.mjs). LeadLoop is then compared with DuckDB's time plus
LeadLoop's own process start. --no-duckdb skips it.

  tests/bench/bench_analytics.py --cli build/app/leadloop-cli [--rows 2000000] [--rounds 5]
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = ["first_touch", "last_touch", "last_non_direct", "linear", "time_decay", "position_based",
          "w_shaped", "full_path", "markov", "shapley", "all"]
# The other reports, by name: their arguments after the command.
REPORTS = {"channels": ["channels"], "funnel": ["funnel"], "deals": ["deals", "--by", "channel"],
           "paths": ["paths"], "trend": ["trend", "--period", "month"],
           "channels --channel": ["channels", "--channel", "Paid Search"],
           "funnel --by owner": ["funnel", "--by", "owner"],
           "attribution --by owner": ["attribution", "--by", "owner", "--conversion", "revenue"],
           # A 5-step custom funnel of web and CRM steps (docs/metrics.md, "Custom funnels").
           "funnel --steps (5 mixed)": ["funnel", "--steps", "{steps}"]}
STEPS = ('{"window_days": 90, "steps": [{"type": "session", "medium": "cpc"}, '
         '{"type": "page", "url": "/pricing"}, {"type": "page", "url": "/demo"}, {"type": "lead"}, '
         '{"type": "opportunity"}]}')
BASELINE_SQL = ("SELECT count(*) FROM (SELECT l.contact_id, s.started_at, s.channel FROM identity_links l "
                "JOIN sessions s ON s.visitor_id = l.visitor_id WHERE l.active = 1 "
                "ORDER BY l.contact_id, s.started_at);")


# Which DuckDB query each report is compared with (tests/bench/duckdb_baseline.mjs).
DUCKDB_PAIRS = {"channels": "visitors_by_source", "funnel": "funnel_by_source",
                "first_touch": "first_last_revenue", "last_touch": "first_last_revenue",
                "markov": "first_last_revenue", "shapley": "first_last_revenue",
                "all": "first_last_revenue"}
DUCKDB_PACKAGE = "@duckdb/node-api@1.5.6-r.1"


class DuckDB:
    """DuckDB in a node process of its own (never a build dependency: the package is installed
    here, into a scratch folder), with the CSVs loaded once; round() times its queries."""

    def __init__(self, scratch, csv, crm):
        prefix = os.path.join(scratch, "duckdb-node")
        if not os.path.isdir(os.path.join(prefix, "node_modules", "@duckdb", "node-api")):
            subprocess.run(["npm", "install", "--prefix", prefix, "--no-audit", "--no-fund",
                            DUCKDB_PACKAGE], check=True, stdout=subprocess.DEVNULL)
        script = os.path.join(prefix, "duckdb_baseline.mjs")
        shutil.copyfile(os.path.join(HERE, "duckdb_baseline.mjs"), script)
        self.version = DUCKDB_PACKAGE.split("@")[-1]
        self.proc = subprocess.Popen(["node", script, csv, crm], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=prefix)
        loaded = json.loads(self.proc.stdout.readline())
        self.load_ms, self.touches = loaded["load_ms"], loaded["touches"]

    def round(self):
        self.proc.stdin.write("round\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


PEAK_RSS = {}  # command name -> the largest peak resident set size seen, in MB


def timed(cmd, stdin=None, name=None):
    """Runs a command; its wall time in seconds. Its peak RSS (from wait4) goes to PEAK_RSS."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        if stdin:
            proc.stdin.write(stdin.encode())
            proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise subprocess.CalledProcessError(proc.returncode, cmd, stderr=err.read().decode())
    if name:
        PEAK_RSS[name] = max(PEAK_RSS.get(name, 0), usage.ru_maxrss / 1024)
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sqlite3", default="sqlite3")
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dir", default=tempfile.gettempdir())
    parser.add_argument("--no-duckdb", action="store_true",
                        help="skip the DuckDB baseline (it needs npm to install @duckdb/node-api)")
    args = parser.parse_args()

    csv = os.path.join(args.dir, f"leadloop_bench_{args.rows}.csv")
    crm = csv + ".crm.csv"
    if not os.path.exists(csv) or not os.path.exists(crm):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_tracking.py"), "--rows", str(args.rows),
                        "--visitors", str(max(args.rows // 10, 1)), "--leads", str(max(args.rows // 40, 1)),
                        "--seed", "42", "--out-tracking", csv, "--out-crm", crm],
                       check=True, stdout=subprocess.DEVNULL)
    ws = os.path.join(args.dir, "leadloop_bench_analytics.leadloop")
    if os.path.exists(ws):
        os.remove(ws)
    subprocess.run([args.cli, "--workspace", ws, "import", "tracking", csv], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([args.cli, "--workspace", ws, "import", "crm", crm], check=True,
                   stdout=subprocess.DEVNULL)

    steps = os.path.join(args.dir, "leadloop_bench_steps.json")
    with open(steps, "w") as f:
        f.write(STEPS)
    names = MODELS + list(REPORTS)
    times = {m: [] for m in names}
    baseline = []
    ratios = {m: [] for m in names}
    duck = None if args.no_duckdb else DuckDB(args.dir, csv, crm)
    duck_times = {q: [] for q in DUCKDB_PAIRS.values()}
    start = []  # LeadLoop's process start: --version, which opens nothing
    for r in range(args.rounds):
        start.append(timed([args.cli, "--version"]))
        if duck:
            for q, ms in duck.round().items():
                duck_times[q].append(ms / 1000)
        base = timed([args.sqlite3, ws], stdin=BASELINE_SQL)
        baseline.append(base)
        for m in names:
            command = [a.replace("{steps}", steps) for a in REPORTS.get(m, ["attribution", "--model", m])]
            t = timed([args.cli, "--workspace", ws, "--format", "json"] + command, name=m)
            times[m].append(t)
            ratios[m].append(t / base)
        print(f"round {r + 1}: baseline {base * 1000:.0f} ms", flush=True)
    print(f"\nbaseline (sqlite3, the linked sessions per person): median {statistics.median(baseline) * 1000:.0f} ms")
    for m in names:
        print(f"{m:24s} median {statistics.median(times[m]) * 1000:6.0f} ms  "
              f"(min {min(times[m]) * 1000:.0f}, max {max(times[m]) * 1000:.0f}),  "
              f"{statistics.median(ratios[m]):.2f}x the baseline's time, peak RSS {PEAK_RSS[m]:.0f} MB")
    launch = statistics.median(start)
    print(f"\nLeadLoop's process start (leadloop-cli --version): median {launch * 1000:.0f} ms")
    if duck:
        print(f"DuckDB {duck.version}, in process, tables loaded once in {duck.load_ms:.0f} ms "
              f"({duck.touches:,} touches):")
        for report, query in DUCKDB_PAIRS.items():
            d = statistics.median(duck_times[query])
            ll = statistics.median(times[report])
            print(f"{report:24s} {ll * 1000:6.0f} ms  vs DuckDB {query} {d * 1000:5.0f} ms "
                  f"+ start {launch * 1000:.0f} ms = {(d + launch) * 1000:5.0f} ms: "
                  f"{ll / (d + launch):.2f}x")
        duck.close()


if __name__ == "__main__":
    main()
