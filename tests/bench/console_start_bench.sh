#!/usr/bin/env bash
# Console start from the encrypted cache, offline, to the users table populated, and the peak
# RSS with every cached user in the table (issue 5): a profile's cache is filled once by
# `kanri sync` from kanri-service --demo-users N, then the console starts offline on it three
# times (offscreen). Usage: tests/bench/console_start_bench.sh [USERS=100000]
# Builds the default preset first (SKIP_BUILD=1: use the build as it is). Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:-100000}"
. tests/bench/benchservice.sh
bench_build kanri kanri-service console_start_bench
kanri=build/default/app/kanri
bench=build/default/tests/bench/console_start_bench
work="$(mktemp -d)"
service_pid=""
trap '[ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null; rm -rf "$work"' EXIT
bench_start_service "$work" --demo-users "$users"

mkdir -p "$work/console/Kanri"
cat >"$work/console/Kanri/kanri.ini" <<INI
[profiles]
1\\name=bench
1\\url=$url
1\\login=keiyaku@demo.example
1\\pin=$pin
size=1
INI
echo demo1234 >"$work/password"
echo "bench cache passphrase" >"$work/passphrase"
"$kanri" sync --profile bench --data-dir "$work/console" --password-file "$work/password" \
  --cache-passphrase-file "$work/passphrase" >"$work/sync.out"
kill "$service_pid"; service_pid="" # offline from here on

echo "console start, offline, from the cache of \`kanri sync\` ($(cat "$work/sync.out")), $(nproc) cores"
echo
echo "| run | process start → users table populated | users shown | peak RSS |"
echo "|---|---|---|---|"
for run in 1 2 3; do
  line=$(QT_QPA_PLATFORM=offscreen "$bench" "$work/console" bench "$work/passphrase" 2>/dev/null)
  ms=$(sed -n 's/.*start_to_table_ms=\([0-9]*\).*/\1/p' <<<"$line")
  shown=$(sed -n 's/.*users_shown=\([0-9]*\).*/\1/p' <<<"$line")
  rss=$(sed -n 's/.*peak_rss_mib=\([0-9]*\).*/\1/p' <<<"$line")
  echo "| $run | ${ms} ms | ${shown} | ${rss} MiB |"
done
