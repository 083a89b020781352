#!/usr/bin/env python3
"""Tracking import benchmark (a benchmark, not a timed test; see docs/import.md).

Runs, round by round and side by side on the same CSV in the OS page cache:
  baseline  sqlite3 CLI: CREATE TABLE + .import --csv into a fresh file (plain table, no parsing)
  leadloop  leadloop-cli import tracking into a fresh workspace (parse, UTMs, sessions, channels,
            indexes, one transaction)
and then the append case: 200,000 new rows into a copy of the 2M-row workspace.
Reports medians, min-max, rows/s, the median of the per-round time ratios and LeadLoop's peak
RSS per run (from wait4). Usage:

  tests/bench/bench_tracking_import.py --cli build/app/leadloop-cli [--rows 2000000] [--rounds 3]
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, stdin=None):
    """Runs a command; returns (seconds, peak RSS in MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin else None,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024.0


def generate(path, rows, seed):
    if not os.path.exists(path):
        visitors, leads = max(rows // 10, 1), max(rows // 40, 1)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_tracking.py"), "--rows", str(rows),
                        "--visitors", str(visitors), "--leads", str(leads), "--seed", str(seed),
                        "--out-tracking", path, "--out-crm", path + ".crm.csv"],
                       check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)  # into the page cache


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sqlite3", default="sqlite3")
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--append-rows", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", default=tempfile.gettempdir())
    args = parser.parse_args()

    csv = os.path.join(args.dir, f"leadloop_bench_{args.rows}.csv")
    extra = os.path.join(args.dir, f"leadloop_bench_append_{args.append_rows}.csv")
    generate(csv, args.rows, 42)
    generate(extra, args.append_rows, 7)
    db = os.path.join(args.dir, "leadloop_bench_baseline.db")
    ws = os.path.join(args.dir, "leadloop_bench.leadloop")
    ws_append = os.path.join(args.dir, "leadloop_bench_append.leadloop")
    baseline_sql = ("CREATE TABLE pageviews(visitor_id TEXT, ts TEXT, url TEXT, referrer TEXT, page_title TEXT);\n"
                    f".import --csv --skip 1 {csv} pageviews\n")

    rounds = []
    for r in range(args.rounds):
        for f in (db, ws, ws_append):
            if os.path.exists(f):
                os.remove(f)
        base_s, _ = run([args.sqlite3, db], stdin=baseline_sql)
        ll_s, ll_rss = run([args.cli, "--workspace", ws, "import", "tracking", csv])
        shutil.copyfile(ws, ws_append)
        app_s, app_rss = run([args.cli, "--workspace", ws_append, "import", "tracking", extra])
        rounds.append({"baseline_s": base_s, "leadloop_s": ll_s, "leadloop_rss_mb": ll_rss,
                       "append_s": app_s, "append_rss_mb": app_rss, "ratio": base_s / ll_s})
        print(json.dumps({"round": r + 1, **rounds[-1]}), flush=True)

    result = {
        "rows": args.rows,
        "baseline_s": summary([r["baseline_s"] for r in rounds]),
        "leadloop_s": summary([r["leadloop_s"] for r in rounds]),
        "append_s": summary([r["append_s"] for r in rounds]),
        "speed_vs_baseline": summary([r["ratio"] for r in rounds]),
        "peak_rss_mb": max(r["leadloop_rss_mb"] for r in rounds),
    }
    result["baseline_rows_per_s"] = args.rows / result["baseline_s"]["median"]
    result["leadloop_rows_per_s"] = args.rows / result["leadloop_s"]["median"]
    result["append_rows_per_s"] = args.append_rows / result["append_s"]["median"]
    print(json.dumps(result, indent=2))
    print(f"\nsqlite3 .import  {result['baseline_rows_per_s']:>10,.0f} rows/s  (median {result['baseline_s']['median']:.2f} s)")
    print(f"leadloop import  {result['leadloop_rows_per_s']:>10,.0f} rows/s  (median {result['leadloop_s']['median']:.2f} s), "
          f"speed vs sqlite3 {result['speed_vs_baseline']['median']:.2f}x, peak RSS {result['peak_rss_mb']:.0f} MB")
    print(f"append {args.append_rows:,} rows into {args.rows:,}: {result['append_rows_per_s']:,.0f} rows/s")


if __name__ == "__main__":
    main()
