#!/usr/bin/env bash
# Console start from the encrypted cache, offline, to the users table populated, and the peak
# RSS with every cached user in the table (issue 5): a profile's cache is filled once by
# `kanri sync` from kanri-service --demo-users N, then the console starts offline on it three
# times (offscreen). Usage: tests/bench/console_start_bench.sh [USERS=100000]
# Builds the default preset first (SKIP_BUILD=1: use the build as it is). Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:-100000}"
lock=(flock /tmp/kanri-build.lock)
command -v flock >/dev/null || lock=()
if [ -z "${SKIP_BUILD:-}" ]; then
  "${lock[@]}" cmake --preset default >/dev/null
  "${lock[@]}" cmake --build --preset default --target kanri kanri-service console_start_bench >/dev/null
fi
service=build/default/server/kanri-service
kanri=build/default/app/kanri
bench=build/default/tests/bench/console_start_bench
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

"$service" --data-dir "$work/service" --listen 127.0.0.1:0 --demo-users "$users" --api-rate 0 \
  --login-rate 1000 >"$work/ready" 2>"$work/service.log" &
pid=$!
for _ in $(seq 1 1200); do
  grep -q '^kanri-service ready' "$work/ready" 2>/dev/null && break
  sleep 0.1
done
url=$(sed -n 's/^kanri-service ready url=\([^ ]*\) .*/\1/p' "$work/ready")
pin=$(sed -n 's/.* fingerprint=\([^ ]*\).*/\1/p' "$work/ready")
[ -n "$url" ] || { cat "$work/service.log" >&2; exit 1; }

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
kill "$pid"; pid="" # offline from here on

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
