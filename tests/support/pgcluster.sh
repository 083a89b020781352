#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team tests (docs/testing.md, "Team server").
#
#   pgcluster.sh start DIR   initdb in DIR/data and start it on a Unix socket in DIR only (no
#                            TCP port), with a superuser "leadloop_admin" and an empty database
#                            "team"
#   pgcluster.sh stop DIR    stop it and remove DIR
#   pgcluster.sh kill DIR    stop it at once, as a crash would (no shutdown checkpoint); the
#                            data stays
#   pgcluster.sh resume DIR  start it again on the same data after a kill (crash recovery)
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the "postgres" system user
# that Debian's postgresql-15 package creates; otherwise to the user who runs this. The cluster
# itself lives in a folder under /tmp (that user may not be able to reach a checkout under
# /root, and a socket path must stay short); DIR is a symbolic link to it.
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?folder}"
bin=/usr/lib/postgresql/15/bin
as=()
if [ "$(id -u)" -eq 0 ]; then
  as=(runuser -u postgres --)
fi

case "$action" in
  start)
    "$0" stop "$dir" >/dev/null 2>&1 || true
    real="$(mktemp -d /tmp/leadloop-pg.XXXXXX)"
    if [ ${#as[@]} -gt 0 ]; then chown postgres: "$real"; fi
    chmod 0755 "$real"
    mkdir -p "$(dirname "$dir")"
    ln -sfn "$real" "$dir"
    "${as[@]}" "$bin/initdb" -D "$real/data" -U leadloop_admin -A trust -E UTF8 --no-locale \
      >"$real/initdb.log" 2>&1
    "${as[@]}" "$bin/pg_ctl" -D "$real/data" -l "$real/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $real -c fsync=off -c max_connections=40" start >/dev/null
    "${as[@]}" "$bin/createdb" -h "$real" -U leadloop_admin team
    ;;
  stop)
    real="$(readlink -f "$dir" || true)"
    if [ -n "$real" ] && [ -d "$real/data" ]; then
      "${as[@]}" "$bin/pg_ctl" -D "$real/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$real" in /tmp/leadloop-pg.*) rm -rf "$real" ;; esac
    rm -rf "$dir"
    ;;
  kill)
    real="$(readlink -f "$dir")"
    "${as[@]}" "$bin/pg_ctl" -D "$real/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    real="$(readlink -f "$dir")"
    "${as[@]}" "$bin/pg_ctl" -D "$real/data" -l "$real/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $real -c fsync=off -c max_connections=40" start >/dev/null
    ;;
  *)
    echo "pgcluster.sh: start, stop, kill or resume" >&2
    exit 1
    ;;
esac
