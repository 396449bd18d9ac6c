#!/usr/bin/env bash
# kanri-service throughput on loopback (issue: list users at 100k users under 32 keep-alive
# connections; access log on vs off; /health baseline). Uses wrk from Debian.
# Usage: tests/bench/service_bench.sh [USERS=100000] [SECONDS=20]
# Builds the default (RelWithDebInfo) preset first. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:-100000}"
seconds="${2:-20}"
command -v wrk >/dev/null || { echo "wrk missing: run scripts/setup" >&2; exit 1; }
cmake --preset default >/dev/null
cmake --build --preset default --target kanri-service >/dev/null
bin=build/default/server/kanri-service
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

start_service() { # $1: extra flags
  local out="$work/ready.$RANDOM"
  local t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$bin" --data-dir "$work/data" --listen 127.0.0.1:0 --demo-users "$users" --api-rate 0 --login-rate 1000 $1 >"$out" 2>"$work/stderr" &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q '^kanri-service ready' "$out" 2>/dev/null && break
    sleep 0.1
  done
  url=$(sed -n 's/^kanri-service ready url=\([^ ]*\) .*/\1/p' "$out")
  [ -n "$url" ] || { cat "$work/stderr" >&2; exit 1; }
  ready_s=$(echo "$(date +%s.%N) - $t0" | bc)
}

stop_service() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

token() {
  curl -sk "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"login":"keiyaku@demo.example","password":"demo1234"}' | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

run_wrk() { # $1 name, $2 path, $3 token or empty
  local args=(-t2 -c32 -d"${seconds}s" --latency)
  [ -n "$3" ] && args+=(-H "Authorization: Bearer $3")
  local out
  out=$(wrk "${args[@]}" "$url$2")
  local rps p50 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

start_service ""
first_ready=$ready_s
t=$(token)
echo "kanri-service --demo-users $users: ready after ${first_ready} s (first start, seeding included)"
echo
echo "| run (32 connections, ${seconds} s, 2 wrk threads) | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
run_wrk "GET /health" "/api/v1/health" ""
run_wrk "GET /users?limit=200, access log on" "/api/v1/users?limit=200" "$t"
stop_service
start_service "--no-access-log"
t=$(token)
run_wrk "GET /users?limit=200, access log off" "/api/v1/users?limit=200" "$t"
stop_service
echo
echo "restart without seeding: ready after ${ready_s} s"
