# Sourced by the benchmark scripts: building their targets and starting a kanri-service.

# bench_build TARGET...: the default (RelWithDebInfo) preset's targets, under the build lock
# shared with other builds on this machine; SKIP_BUILD=1 uses the build as it is.
bench_build() {
  local lock=(flock /tmp/kanri-build.lock)
  command -v flock >/dev/null || lock=()
  [ -n "${SKIP_BUILD:-}" ] && return 0
  "${lock[@]}" cmake --preset default >/dev/null
  "${lock[@]}" cmake --build --preset default --target "$@" >/dev/null
}

# bench_start_service DIR ARGUMENT...: build/default's kanri-service on a free loopback port
# with its data in DIR/service, no rate limits; waits for its ready line and sets `url`, `pin`
# and `service_pid` (the caller's EXIT trap should kill it).
bench_start_service() {
  local dir=$1
  shift
  build/default/server/kanri-service --data-dir "$dir/service" --listen 127.0.0.1:0 --api-rate 0 \
    --login-rate 1000 "$@" >"$dir/ready" 2>"$dir/service.log" &
  service_pid=$!
  for _ in $(seq 1 1200); do
    grep -q '^kanri-service ready' "$dir/ready" 2>/dev/null && break
    sleep 0.1
  done
  url=$(sed -n 's/^kanri-service ready url=\([^ ]*\) .*/\1/p' "$dir/ready")
  pin=$(sed -n 's/.* fingerprint=\([^ ]*\).*/\1/p' "$dir/ready")
  [ -n "$url" ] || { cat "$dir/service.log" >&2; return 1; }
}
