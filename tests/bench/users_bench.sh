#!/usr/bin/env bash
# The users page at 100k cached users (issue 6): keystroke → filtered table (median, p95, longest
# GUI-thread block), sort by name, select all, CSV export of every user, CSV import preview of
# 10,000 rows.
# Usage: tests/bench/users_bench.sh [USERS=100000]
# Builds the default (RelWithDebInfo) preset's users_bench; runs it offscreen. Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:-100000}"
lock=(flock /tmp/kanri-build.lock)
command -v flock >/dev/null || lock=()
"${lock[@]}" cmake --preset default >/dev/null
"${lock[@]}" cmake --build --preset default --target users_bench >/dev/null
QT_QPA_PLATFORM=offscreen build/default/tests/bench/users_bench "$users"
