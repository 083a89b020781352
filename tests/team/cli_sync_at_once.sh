#!/bin/bash
# A writing command on a team replica sends its change at once; with --no-sync it waits for the
# next sync (docs/team.md). Needs the test server (pgcluster.sh) and the CLI.
#   cli_sync_at_once.sh LEADLOOP_CLI PG_DIR
set -eu
cli=$1
pg=$(readlink -f "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
unsent() { "$cli" --workspace "$work/a.leadloop" team status --format csv | tr -d '\r' | sed -n 's/^unsent_changes,//p'; }

psql -h "$pg" -U leadloop_admin -d team -qc "DROP DATABASE IF EXISTS cli_sync" \
    -c "CREATE DATABASE cli_sync" >/dev/null
"$cli" --workspace "$work/a.leadloop" demo >/dev/null
"$cli" --workspace "$work/a.leadloop" team publish \
    --server "postgresql://leadloop_admin@/cli_sync?host=$pg" >/dev/null
lead=$("$cli" --workspace "$work/a.leadloop" leads --outcome open --format csv | tr -d '\r' | sed -n 2p | cut -d, -f1)
[ -n "$lead" ] || fail "no open lead in the demo"

"$cli" --workspace "$work/a.leadloop" tag "$lead" lost --reason price --no-sync >/dev/null
[ "$(unsent)" = 1 ] || fail "--no-sync: expected 1 unsent change, got $(unsent)"

# Without --no-sync the untag is sent at once, and the tag held back with it.
"$cli" --workspace "$work/a.leadloop" untag "$lead" >/dev/null
[ "$(unsent)" = 0 ] || fail "sync at once: expected 0 unsent changes, got $(unsent)"
stored=$(psql -h "$pg" -U leadloop_admin -d cli_sync -tAc "SELECT count(*) FROM leadloop.outcome_events")
[ "$stored" = 2 ] || fail "the server holds $stored events, not 2"

# A pull changes who is open: the replica that pulls scores its open leads again
# (docs/scoring.md, "Scores"). Another member joins and trains; the first closes a lead as lost.
"$cli" team join \
    --server "postgresql://leadloop_admin@/cli_sync?host=$pg" --out "$work/b.leadloop" >/dev/null
"$cli" --workspace "$work/b.leadloop" score train --seed 1 >/dev/null 2>&1
other=$("$cli" --workspace "$work/b.leadloop" leads --outcome open --format csv | tr -d '\r' | sed -n 3p | cut -d, -f1)
"$cli" --workspace "$work/b.leadloop" score show "$other" >/dev/null || fail "the open lead $other has no score"
"$cli" --workspace "$work/a.leadloop" tag "$other" lost --reason price >/dev/null
"$cli" --workspace "$work/b.leadloop" team sync >/dev/null 2>"$work/sync.err"
grep -q "Lead scores computed again" "$work/sync.err" || fail "the pull did not rescore: $(cat "$work/sync.err")"
if "$cli" --workspace "$work/b.leadloop" score show "$other" >/dev/null 2>&1; then
    fail "the lead closed as lost on another replica still has a score"
fi
psql -h "$pg" -U leadloop_admin -d team -qc "DROP DATABASE cli_sync" >/dev/null
echo "PASS: a writing command syncs at once, --no-sync holds back, a pull rescores"
