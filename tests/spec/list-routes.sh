#!/usr/bin/env bash
# Prints one line per operation of the API contract, "METHOD /path" (paths relative to
# /api/v1, with {id} placeholders), sorted bytewise. routes.txt beside this script is its
# output; the service's route table is compared against it.
#
# Usage: tests/spec/list-routes.sh [SOURCE_DIR] > tests/spec/routes.txt
#   SOURCE_DIR defaults to the repository this script lives in.
set -euo pipefail

src="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
api="$src/docs/api"

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1

# Install the pinned linter when node_modules is missing or older than the lock file.
if [ ! -x "$api/node_modules/.bin/redocly" ] \
   || [ "$api/package-lock.json" -nt "$api/node_modules/.package-lock.json" ]; then
  (cd "$api" && npm ci --no-audit --no-fund >&2)
fi

# redocly bundles its YAML parser and exposes none, so let it turn the spec into JSON.
json="$(cd "$api" && ./node_modules/.bin/redocly bundle openapi.yaml --ext json 2>/dev/null)"

printf '%s' "$json" | node -e '
  const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (d) => { text += d; });
  process.stdin.on("end", () => {
    const spec = JSON.parse(text);
    const lines = [];
    for (const [path, item] of Object.entries(spec.paths || {})) {
      for (const m of methods) {
        if (item[m]) lines.push(`${m.toUpperCase()} ${path}`);
      }
    }
    if (lines.length === 0) { console.error("list-routes: no operations found"); process.exit(1); }
    process.stdout.write(lines.join("\n") + "\n");
  });
' | LC_ALL=C sort
