#!/usr/bin/env bash
# The console's cache and sync at 100k users (issue 5): first full sync with `kanri sync`
# against the same pages fetched with curl to /dev/null (the raw bound), an incremental sync
# after 100 changes on the service, and the sync's peak RSS.
# Usage: tests/bench/sync_bench.sh [USERS=100000]
# Builds the default (RelWithDebInfo) preset first (SKIP_BUILD=1: use the build as it is).
# Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:-100000}"
. tests/bench/benchservice.sh
bench_build kanri kanri-service
kanri=build/default/app/kanri
work="$(mktemp -d)"
service_pid=""
trap '[ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null; rm -rf "$work"' EXIT
bench_start_service "$work" --demo-users "$users"

login=keiyaku@demo.example
echo demo1234 >"$work/password"
echo "bench cache passphrase" >"$work/passphrase"
token=$(curl -sk "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"login\":\"$login\",\"password\":\"demo1234\"}" | jq -r .access_token)

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc | xargs printf '%.2f'; }

# The raw bound: every page of users and role assignments, as the sync asks for them, with one
# keep-alive connection per list (curl reads each next_cursor from the page it just fetched).
fetch_all() { # $1: list path
  local cursor="" page="$work/page.json"
  while :; do
    local query="limit=1000&updated_since=0"
    [ -n "$cursor" ] && query="limit=1000&cursor=$cursor"
    curl -sk --compressed -H "Authorization: Bearer $token" "$url/api/v1$1?$query" -o "$page"
    cursor=$(jq -r '.next_cursor // empty' "$page")
    [ -z "$cursor" ] && break
  done
}
t0=$(now)
fetch_all /users
fetch_all /role-assignments
raw_s=$(elapsed "$t0")

sync_once() { # prints: wall seconds, the command's own line, peak RSS in MiB
  local t out rss
  t=$(now)
  out=$(/usr/bin/time -f '%M' -o "$work/rss" "$kanri" sync --url "$url" --login "$login" --pin "$pin" \
    --password-file "$work/password" --cache-passphrase-file "$work/passphrase" --data-dir "$work/console")
  rss=$(( $(cat "$work/rss") / 1024 ))
  printf '%s\t%s\t%s\n' "$(elapsed "$t")" "$out" "$rss"
}

IFS=$'\t' read -r first_s first_line first_rss < <(sync_once)
assignments=$(jq -r '.items | length' <(curl -sk -H "Authorization: Bearer $token" "$url/api/v1/role-assignments?limit=1"))

# 100 changes on the service: new names for 100 users.
ids=$(curl -sk -H "Authorization: Bearer $token" "$url/api/v1/users?limit=100" | jq -r '.items[] | "\(.id) \(.etag)"')
while read -r id etag; do
  curl -sk -o /dev/null -X PATCH -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "If-Match: \"$etag\"" -d '{"name":"変更 済"}' "$url/api/v1/users/$id"
done <<<"$ids"
IFS=$'\t' read -r delta_s delta_line delta_rss < <(sync_once)
IFS=$'\t' read -r idle_s idle_line idle_rss < <(sync_once)

cache_mib=$(du -cm "$work"/console/cache/* | tail -1 | cut -f1)
echo "kanri sync against kanri-service --demo-users $users on loopback ($(nproc) cores shared)"
echo
echo "| run | wall (process) | sync engine | peak RSS |"
echo "|---|---|---|---|"
echo "| first full sync: \`$first_line\` | ${first_s} s | $(grep -o 'in [0-9.,]* s' <<<"$first_line") | ${first_rss} MiB |"
echo "| raw bound: users + role assignments, limit=1000, curl to /dev/null | ${raw_s} s | | |"
echo "| incremental after 100 changed users: \`$delta_line\` | ${delta_s} s | $(grep -o 'in [0-9.,]* s' <<<"$delta_line") | ${delta_rss} MiB |"
echo "| incremental, nothing changed | ${idle_s} s | $(grep -o 'in [0-9.,]* s' <<<"$idle_line") | ${idle_rss} MiB |"
echo
echo "cache file: ${cache_mib} MiB"
