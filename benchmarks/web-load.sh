#!/usr/bin/env bash
# Load on the web app with the six real programmes scanned: wrk (Debian's package) with 20 connections against the
# overview page and GET /api/results, logged in as a viewer. Target: p95 under 100 ms on the 2-core machine.
# With "postgres" as third argument the project lives on a throwaway PostgreSQL cluster (Debian's binaries, run as the
# postgres user when this runs as root), as on a team server.
# Usage: benchmarks/web-load.sh [corpus-folder] [seconds] [sqlite|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/tk2025}"
duration="${2:-20}"
provider="${3:-sqlite}"
port=5181
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi

# The installed form, as for the scan benchmark: a ReadyToRun publish.
dotnet publish src/Thorbecke.Cli -c Release -r linux-x64 --self-contained false -o artifacts/thorbecke -v quiet -nologo >/dev/null
thorbecke() { dotnet artifacts/thorbecke/thorbecke.dll "$@"; }
work=$(mktemp -d)
server=""
cluster=""
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ -n "$cluster" ] && as_postgres "$pgbin/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1
  rm -rf "$work"
}
trap stop EXIT

db="$work/bench.db"
if [ "$provider" = postgres ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  cluster="$work/pg"
  mkdir -p "$cluster"
  [ "$(id -u)" -eq 0 ] && chown postgres "$work" "$cluster"
  as_postgres "$pgbin/initdb" -D "$cluster" -U thorbecke --auth=trust >/dev/null
  as_postgres "$pgbin/pg_ctl" -D "$cluster" -w -o "-p 5499 -k $cluster -c listen_addresses=127.0.0.1" -l "$cluster/log" start >/dev/null
  as_postgres "$pgbin/createdb" -h 127.0.0.1 -p 5499 -U thorbecke bench
  db="postgres://thorbecke@127.0.0.1:5499/bench"
fi

thorbecke scan --db "$db" "$corpus" >/dev/null
echo "lang-genoeg-wachtwoord" | thorbecke accounts add bench --role viewer --password-stdin --db "$db" >/dev/null
# Measure this server, not one left over on the port: started directly (not through the function's subshell), so
# the exit trap stops the server itself.
if curl -s -o /dev/null "$base/inloggen"; then echo "web-load.sh: port $port is already in use" >&2; exit 1; fi
dotnet artifacts/thorbecke/thorbecke.dll serve --db "$db" --urls "$base" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fs -o /dev/null "$base/inloggen" && break; sleep 0.5; done
kill -0 "$server" 2>/dev/null || { echo "web-load.sh: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# Log in through the form, as a browser does: anti-forgery token from the page, session cookie from the answer.
token=$(curl -fs -c "$work/jar" "$base/inloggen" | grep -o 'name="__af" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//' \
  | python3 -c 'import html, sys; print(html.unescape(sys.stdin.read().strip()))')
curl -fs -o /dev/null -b "$work/jar" -c "$work/jar" --data-urlencode naam=bench --data-urlencode wachtwoord=lang-genoeg-wachtwoord \
  --data-urlencode "__af=$token" "$base/inloggen"
cookie=$(awk '$6 == "thorbecke" {printf "thorbecke=%s", $7}' "$work/jar")
[ -n "$cookie" ] || { echo "web-load.sh: login failed" >&2; exit 1; }

echo "$provider; $(nproc) cores; 20 connections, 2 threads, ${duration} s per target; six programmes, $(curl -fs -H "Cookie: $cookie" "$base/api/results" | wc -c) bytes of results JSON"
for path in / /api/results; do
  # A short warm-up first, so JIT compilation is not measured as latency.
  wrk -t2 -c20 -d3s -H "Cookie: $cookie" "$base$path" >/dev/null
  line=$(wrk -t2 -c20 -d"${duration}s" --latency -s benchmarks/web-load.lua -H "Cookie: $cookie" "$base$path" | grep '^RESULT')
  echo "$path ${line#RESULT }"
done
