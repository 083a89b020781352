#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team tests (docs/testing.md, "Team server").
#
#   pgcluster.sh start DIR   initdb in DIR/data and start it on a Unix socket in DIR only (no
#                            TCP port), with a superuser "leadloop_admin"; DIR/uri then holds the
#                            URI of its database "team", created empty
#   pgcluster.sh stop DIR    stop it and remove DIR
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the "postgres" system user
# that Debian's postgresql-15 package creates; otherwise to the user who runs this.
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
    mkdir -p "$dir"
    [ ${#as[@]} -gt 0 ] && chown postgres: "$dir"
    chmod 0755 "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U leadloop_admin -A trust -E UTF8 --no-locale \
      >"$dir/initdb.log" 2>&1
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=40" start >/dev/null
    "${as[@]}" "$bin/createdb" -h "$dir" -U leadloop_admin team
    echo "postgresql://leadloop_admin@/team?host=$dir" >"$dir/uri"
    chmod 0644 "$dir/uri"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "pgcluster.sh: start or stop" >&2
    exit 1
    ;;
esac
