#!/bin/bash
# A team sync survives its server and its client dying in the middle (docs/team.md, "Offline
# and interrupted syncs"): nothing is lost and nothing is stored twice, edits made while the
# server is down are kept and sent later, and a replica joined afterwards holds the same data.
# Starts a server of its own (pgcluster.sh), since it kills it.
#   cli_server_killed.sh LEADLOOP_CLI PGCLUSTER_SH
set -eu
cli=$1
cluster=$2
work=$(mktemp -d)
pgdir="$work/pg"
trap '"$cluster" stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
"$cluster" start "$pgdir"
pg=$(readlink -f "$pgdir")
url="postgresql://leadloop_admin@/team?host=$pg"
a="$work/a.leadloop"
sql() { psql -h "$pg" -U leadloop_admin -d team -tAc "$1"; }
field() { "$cli" --workspace "$1" team status --format csv | tr -d '\r' | sed -n "s/^$2,//p"; }

"$cli" --workspace "$a" demo >/dev/null
"$cli" --workspace "$a" team publish --server "$url" >/dev/null
# 400,000 page views (34 MB): a push long enough to be interrupted.
awk 'BEGIN { print "visitor,time,url"; for (i = 0; i < 400000; i++)
  printf "v%d,2024-05-%02dT10:%02d:%02dZ,https://www.example.com/p%d?utm_source=s%d&utm_medium=cpc\n",
         i % 20000, 1 + i % 28, (i / 60) % 60, i % 60, i % 500, i % 7 }' >"$work/big.csv"
"$cli" --workspace "$a" import tracking "$work/big.csv" --no-sync >/dev/null
[ "$(field "$a" unsent_changes)" = 1 ] || fail "the import should wait to be sent"

# The client killed in the middle of its push, several times at different moments.
for delay in 0.05 0.15 0.3; do
  "$cli" --workspace "$a" team sync >/dev/null 2>&1 &
  sleep "$delay"
  kill -9 $! 2>/dev/null || true
  wait $! 2>/dev/null || true
done
# The server killed in the middle of a push.
"$cli" --workspace "$a" team sync >/dev/null 2>"$work/cut.txt" &
client=$!
sleep 0.1
"$cluster" kill "$pgdir"
set +e
wait $client
code=$?
set -e
[ "$code" = 0 ] || [ "$code" = 5 ] ||
  fail "a sync cut off by the server exits 0 or 5, not $code: $(cat "$work/cut.txt")"

# While the server is down: an edit is saved here, with a note, and waits.
lead=$("$cli" --workspace "$a" leads --outcome open --format csv | tr -d '\r' | sed -n 2p | cut -d, -f1)
"$cli" --workspace "$a" tag "$lead" won --amount 900 2>"$work/note.txt" >/dev/null ||
  fail "a tag while the server is down must be saved here"
grep -q "Saved here" "$work/note.txt" || fail "no note that the change waits: $(cat "$work/note.txt")"
[ "$(field "$a" state)" = offline ] || fail "team status should say offline"

"$cluster" resume "$pgdir"
"$cli" --workspace "$a" team sync >/dev/null || fail "the sync after the server came back failed"
[ "$(field "$a" unsent_changes)" = 0 ] || fail "changes still unsent after the server came back"
[ "$(sql "SELECT count(*) FROM leadloop.changes")" = 1 ] || fail "the import is stored $(sql "SELECT count(*) FROM leadloop.changes") times"
[ "$(sql "SELECT count(*) FROM leadloop.outcome_events")" = 1 ] || fail "the tag is stored $(sql "SELECT count(*) FROM leadloop.outcome_events") times"
pieces=$(sql "SELECT pieces FROM leadloop.changes")
[ "$(sql "SELECT count(*) FROM leadloop.change_pieces")" = "$pieces" ] || fail "the file's pieces are incomplete"

# A replica joined now holds what the publisher holds.
"$cli" team join --server "$url" --out "$work/b.leadloop" >/dev/null
q="SELECT (SELECT count(*) FROM pageviews), (SELECT count(*) FROM sessions), (SELECT group_concat(outcome) FROM (SELECT outcome FROM deals ORDER BY id))"
[ "$(sqlite3 "$a" "$q")" = "$(sqlite3 "$work/b.leadloop" "$q")" ] || fail "the replicas differ"
echo "PASS: killed client and server lose nothing and store nothing twice"
