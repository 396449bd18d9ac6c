#!/usr/bin/env bash
# The console's download of a log export on loopback (issue 8): the console's engine
# (ExportDownload through a signed-in ApiClient: TLS, streaming to a .part, SHA-256 check,
# rename) against curl to /dev/null (the raw bound), for a smaller and a larger export, with the
# console process's peak RSS for each: it should not grow with the file.
# Usage: tests/bench/export_download_bench.sh [SMALL_ROWS=60000] [LARGE_ROWS=480000]
# (about 0.8 kB of gzip file per row). Builds the default (RelWithDebInfo) preset. Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/../.."
small="${1:-60000}"
large="${2:-480000}"
. tests/bench/benchservice.sh
bench_build kanri-service export_download_bench
bench=build/default/tests/bench/export_download_bench
work="$(mktemp -d)"
service_pid=""
trap '[ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null; rm -rf "$work"' EXIT
bench_start_service "$work" --demo
login=keiyaku@demo.example
token=$(curl -sk "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"login\":\"$login\",\"password\":\"demo1234\"}" | jq -r .access_token)
api() { curl -sk -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }

# Lays down ROWS access-log rows (random 1,500-character user agents, so that gzip keeps them
# large) in the hour starting DAYS days ago, orders that hour as CSV and waits until it is
# ready; prints the export's id.
export_of() {
  local rows=$1 days=$2
  local from=$(( ($(date +%s) - days * 86400) / 3600 * 3600 ))
  sqlite3 "$work/service/kanri.db" "PRAGMA busy_timeout = 20000;
    INSERT INTO access_log (tenant_pk, at, client_ip, method, path, status, latency_us, bytes,
                            user_pk, request_id, user_agent)
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $rows - 1)
    SELECT (SELECT pk FROM tenants WHERE slug = 'demo'), $from * 1000 + i * 5, '192.0.2.9', 'GET',
           '/api/v1/projects', 200, 1000, 512, NULL, 'bench-' || i, hex(randomblob(750)) FROM n;" >/dev/null
  local body
  body=$(jq -nc --arg f "$(date -u -d @"$from" +%FT%TZ)" --arg t "$(date -u -d @$((from + 3600)) +%FT%TZ)" \
    '{log_type: "access", from: $f, to: $t, format: "csv"}')
  local quote id
  quote=$(api "$url/api/v1/log-exports/quote" -d "$body" | jq -r .quote_id)
  id=$(api "$url/api/v1/log-exports" -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d "$(jq -c --arg q "$quote" '. + {quote_id: $q}' <<<"$body")" | jq -r .id)
  for _ in $(seq 1 3000); do
    [ "$(api "$url/api/v1/log-exports/$id" | jq -r .state)" = ready ] && break
    sleep 0.2
  done
  echo "$id"
}

echo "| export | size | curl → /dev/null | console: transfer | console: SHA-256 check | console: whole | console peak RSS |"
echo "|---|---|---|---|---|---|---|"
for spec in "$small 20" "$large 21"; do
  set -- $spec
  id=$(export_of "$1" "$2")
  size=$(api "$url/api/v1/log-exports/$id" | jq -r .size)
  mb=$(echo "$size / 1000000" | bc -l)
  raw=$(curl -sk -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
    "$url/api/v1/log-exports/$id/file")
  line=$(/usr/bin/time -f 'rss_kb=%M' -o "$work/rss" "$bench" "$url" "$pin" "$login" demo1234 "$id" \
    "$work/export-$id.csv.gz")
  rss=$(sed -n 's/rss_kb=//p' "$work/rss")
  transfer=$(sed -n 's/.* transfer_s=\([^ ]*\).*/\1/p' <<<"$line")
  verify=$(sed -n 's/.* verify_s=\([^ ]*\).*/\1/p' <<<"$line")
  grep -q 'result=verified' <<<"$line" || { echo "download failed: $line" >&2; exit 1; }
  printf '| %s rows | %.0f MB | %.0f MB/s | %.0f MB/s (%ss) | %ss | %.0f MB/s | %.0f MB |\n' \
    "$1" "$mb" "$(echo "$mb / $raw" | bc -l)" "$(echo "$mb / $transfer" | bc -l)" "$transfer" \
    "$verify" "$(echo "$mb / ($transfer + $verify)" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  rm -f "$work/export-$id.csv.gz"
done
