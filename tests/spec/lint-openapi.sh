#!/usr/bin/env bash
# Lints the API contract docs/api/openapi.yaml with the pinned Redocly CLI and the rules in
# docs/api/redocly.yaml. Fails on any error AND on any warning, printing the linter's output.
# Also checks that tests/spec/routes.txt still matches the spec's operations.
#
# Usage: tests/spec/lint-openapi.sh [SOURCE_DIR]
#   SOURCE_DIR defaults to the repository this script lives in.
set -euo pipefail

src="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
api="$src/docs/api"
here="$src/tests/spec"

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1

if ! command -v npm >/dev/null 2>&1; then
  echo "lint-openapi: npm not found (scripts/setup installs nodejs and npm)" >&2
  exit 1
fi

# Install the pinned linter when node_modules is missing or older than the lock file.
if [ ! -x "$api/node_modules/.bin/redocly" ] \
   || [ "$api/package-lock.json" -nt "$api/node_modules/.package-lock.json" ]; then
  echo "lint-openapi: npm ci in $api"
  (cd "$api" && npm ci --no-audit --no-fund)
fi

# stylish: one line per problem on stdout ("  LINE:COL  warning|error  RULE  MESSAGE");
# the summary ("You have N warnings.") goes to stderr. Collect both.
set +e
out="$(cd "$api" && ./node_modules/.bin/redocly lint --format=stylish --config redocly.yaml openapi.yaml 2>&1)"
rc=$?
set -e
# Strip colour codes in case the linter colours its output anyway.
plain="$(printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g')"

# Redocly exits 0 when there are only warnings, so look for them too.
if [ "$rc" -ne 0 ] \
   || printf '%s\n' "$plain" | grep -Eq '^[[:space:]]*[0-9]+:[0-9]+[[:space:]]+(warning|error)[[:space:]]' \
   || printf '%s\n' "$plain" | grep -Eq 'You have [0-9]+ warnings?|Validation failed|Failed to parse'; then
  printf '%s\n' "$plain" | grep -v 'Unknown user config' >&2
  echo "lint-openapi: FAILED (exit $rc): docs/api/openapi.yaml has lint errors or warnings" >&2
  exit 1
fi
if ! printf '%s\n' "$plain" | grep -q 'Your API description is valid'; then
  printf '%s\n' "$plain" >&2
  echo "lint-openapi: FAILED: the linter did not report the description valid" >&2
  exit 1
fi

# routes.txt must be the current list of the spec's operations.
routes="$("$here/list-routes.sh" "$src")"
if ! diff -u "$here/routes.txt" <(printf '%s\n' "$routes") >&2; then
  echo "lint-openapi: FAILED: tests/spec/routes.txt is out of date;" \
       "regenerate it with tests/spec/list-routes.sh > tests/spec/routes.txt" >&2
  exit 1
fi

echo "lint-openapi: docs/api/openapi.yaml is valid: no errors, no warnings," \
     "$(printf '%s\n' "$routes" | wc -l) operations, routes.txt up to date"
