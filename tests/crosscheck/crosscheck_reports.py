#!/usr/bin/env python3
"""Checks LeadLoop's reports on a workspace against figures computed outside LeadLoop.

Reads the workspace's SQLite tables directly (Python's sqlite3 module, no LeadLoop code) and
recomputes, from the definitions in docs/metrics.md: the channels report (sessions, visitors,
leads, opportunities, customers and revenue under the linear model with the workspace's lookback),
the funnel by first touch, the deals report by owner and by channel, and the monthly trend of
sessions and leads. Then it runs the same reports through `leadloop-cli ... --format json` and
compares every row. Amounts must all be in the reporting currency (the demo workspace's are).

  tests/crosscheck/crosscheck_reports.py --cli build/app/leadloop-cli --workspace demo.leadloop
"""
import argparse, collections, datetime, json, sqlite3, statistics, subprocess, sys

DAY = 86_400_000


def cli(args, *command):
    out = subprocess.run([args.cli, "--workspace", args.workspace, "--format", "json", *command],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def load(db):
    q = lambda sql: db.execute(sql).fetchall()
    contact_of = {}
    for visitor, contact, linked in q("SELECT visitor_id, contact_id, linked_at FROM identity_links "
                                      "WHERE active = 1 ORDER BY linked_at, id"):
        contact_of.setdefault(visitor, contact)
    sessions = q("SELECT visitor_id, started_at, channel FROM sessions")
    touches = collections.defaultdict(list)  # contact → [(start, channel)]
    for visitor, start, channel in sessions:
        if visitor in contact_of:
            touches[contact_of[visitor]].append((start, channel))
    for t in touches.values():
        t.sort()
    leads = dict(q("SELECT id, created_at FROM contacts"))
    won_tag = {}
    for deal, amount in q("SELECT deal_id, amount_cents FROM outcome_events WHERE new_outcome = "
                          "'won' ORDER BY deal_id, at, id"):
        won_tag[deal] = amount
    deals = []
    for deal, contact, created, closed, outcome, amount, owner in q(
            "SELECT id, contact_id, created_at, closed_at, outcome, amount_cents, owner FROM deals"):
        cents = won_tag.get(deal) if outcome == "won" and won_tag.get(deal) is not None else amount
        deals.append(dict(id=deal, contact=contact, created=created, closed=closed,
                          outcome=outcome, value=(cents or 0) / 100, owner=owner or "(not set)"))
    lookback = int((q("SELECT value FROM settings WHERE key = 'attribution_lookback_days'") or
                    [("90",)])[0][0])
    return sessions, contact_of, touches, leads, deals, lookback


def linear(credit, touches, person, at, after, lookback, amount):
    """Credits one conversion linearly over the person's touches in its window."""
    window = [c for s, c in touches.get(person, []) if s <= at and (after is None or s > after)
              and (lookback == 0 or s >= at - lookback * DAY)]
    if not window:
        credit["(none)"] += amount
        return
    for c in window:
        credit[c] += amount / len(window)


def conversions_per_person(events):
    """(person, at, value) sorted; yields each with the person's previous conversion time."""
    previous = {}
    for person, at, value in sorted(events, key=lambda e: (e[0], e[1])):
        yield person, at, value, previous.get(person)
        previous[person] = at


def expected_channels(data):
    sessions, contact_of, touches, leads, deals, lookback = data
    rows = collections.defaultdict(lambda: collections.Counter())
    visitors = collections.defaultdict(set)
    for visitor, _, channel in sessions:
        rows[channel]["sessions"] += 1
        visitors[channel].add(visitor)
    for channel, v in visitors.items():
        rows[channel]["visitors"] = len(v)
    kinds = {
        "leads": [(p, at, 1) for p, at in leads.items()],
        "opportunities": [(d["contact"], d["created"], 1) for d in deals if d["contact"]],
        "revenue": [(d["contact"], d["closed"], d["value"]) for d in deals
                    if d["contact"] and d["outcome"] == "won" and d["closed"] is not None],
    }
    first_won = {}
    for p, at, _ in kinds["revenue"]:
        first_won[p] = min(first_won.get(p, at), at)
    kinds["customers"] = [(p, at, 1) for p, at in first_won.items()]
    for key, events in kinds.items():
        credit = collections.Counter()
        for person, at, value, after in conversions_per_person(events):
            if key == "customers":
                after = None
            linear(credit, touches, person, at, after, lookback, value)
        for channel, amount in credit.items():
            rows[channel][key] += amount
    return rows


def expected_funnel(data):
    sessions, contact_of, touches, leads, deals, _ = data
    rows = collections.defaultdict(lambda: collections.Counter())
    first = {}
    for visitor, start, channel in sessions:
        if visitor not in first or start < first[visitor][0]:
            first[visitor] = (start, channel)
    for start, channel in first.values():
        rows[channel]["visitors"] += 1
    by_person = collections.defaultdict(list)
    for d in deals:
        if d["contact"]:
            by_person[d["contact"]].append(d)
    for person in leads:
        t = touches.get(person)
        group = t[0][1] if t else "(none)"
        rows[group]["leads"] += 1
        mine = by_person.get(person, [])
        if mine:
            rows[group]["opportunities"] += 1
        won = [d for d in mine if d["outcome"] == "won" and d["closed"] is not None]
        if won:
            rows[group]["customers"] += 1
        rows[group]["revenue"] += sum(d["value"] for d in won)
    return rows


def expected_deals(data, by):
    sessions, contact_of, touches, leads, deals, _ = data
    rows = collections.defaultdict(lambda: collections.Counter())
    days = collections.defaultdict(list)
    for d in deals:
        if by == "owner":
            key = d["owner"]
        else:
            t = touches.get(d["contact"]) if d["contact"] else None
            key = t[0][1] if t else "(none)"
        r = rows[key]
        r["deals"] += 1
        r[d["outcome"]] += 1
        if d["outcome"] == "won":
            r["won_value"] += d["value"]
        if d["outcome"] != "open" and d["closed"] is not None:
            days[key].append((d["closed"] - d["created"]) / DAY)
    for key, values in days.items():
        rows[key]["median_days_to_close"] = round(statistics.median(values), 1)
    return rows


def expected_trend(data, metric):
    sessions, contact_of, touches, leads, deals, _ = data
    month = lambda ms: datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).strftime("%Y-%m")
    counts = collections.Counter()
    for at in ([s[1] for s in sessions] if metric == "sessions" else leads.values()):
        counts[month(at)] += 1
    return counts


def compare(name, expected, actual, key, columns, tolerance):
    mismatches = 0
    got = {r[key]: r for r in actual["rows"]}
    for group, values in expected.items():
        for column in columns:
            want = values.get(column, 0)
            have = got.get(group, {}).get(column) or 0
            if abs(float(have) - float(want)) > tolerance:
                mismatches += 1
                print(f"MISMATCH {name} {group} {column}: leadloop {have}, independent {want}")
    extra = set(got) - set(expected)
    for group in extra:
        if any(float(got[group].get(c) or 0) for c in columns):
            mismatches += 1
            print(f"MISMATCH {name}: leadloop has a group {group!r} the check does not")
    print(f"{name:24} {len(expected):4} groups x {len(columns)} columns: "
          + ("agree" if mismatches == 0 else f"{mismatches} mismatches"))
    return mismatches


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--workspace", required=True)
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.workspace}?mode=ro", uri=True)
    data = load(db)
    failures = 0
    failures += compare("channels", expected_channels(data), cli(args, "channels"), "channel",
                        ["sessions", "visitors", "leads", "opportunities", "customers", "revenue"],
                        0.011)
    failures += compare("funnel", expected_funnel(data), cli(args, "funnel"), "channel",
                        ["visitors", "leads", "opportunities", "customers", "revenue"], 0.011)
    for by in ("owner", "channel"):
        failures += compare(f"deals --by {by}", expected_deals(data, by),
                            cli(args, "deals", "--by", by), by,
                            ["deals", "open", "won", "lost", "won_value", "median_days_to_close"],
                            0.011)
    for metric in ("sessions", "leads"):
        counts = expected_trend(data, metric)
        actual = cli(args, "trend", "--metric", metric, "--period", "month")
        failures += compare(f"trend {metric} by month", {m: {metric: c} for m, c in counts.items()},
                            actual, "period", [metric], 0)
    print("all reports agree" if failures == 0 else f"{failures} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
