#!/usr/bin/env bash
# Builds the .deb with CPack from an already built tree and checks what a user would get:
# the files in it, its control data, the desktop entry and AppStream metadata as installed,
# and that both programs start from the unpacked tree and report the package's version.
# Usage: check-package.sh BUILD_DIR SOURCE_DIR
#
# `test && pass || fail` is safe in this file: pass always succeeds.
# shellcheck disable=SC2015
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)

readonly app_id="dev.kanri.Kanri"
readonly unit="kanri-service.service"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kanri-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=0
passed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failures=$((failures + 1)); echo "FAIL: $*"; }
die() { echo "FAIL: $*"; echo "package: $passed passed, $((failures + 1)) failed"; exit 1; }

for tool in cpack dpkg-deb desktop-file-validate appstreamcli file; do
  command -v "$tool" >/dev/null || die "$tool not found (scripts/setup installs it)"
done

# --- build the package ------------------------------------------------------------------
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  die "cpack failed (are kanri and kanri-service built?)"
fi
mapfile -t debs < <(find "$tmp/out" -maxdepth 1 -name '*.deb')
[ ${#debs[@]} -eq 1 ] || { cat "$tmp/cpack.log"; die "expected one .deb, found ${#debs[@]}"; }
deb=${debs[0]}
pass "cpack built $(basename "$deb")"

# --- control data -----------------------------------------------------------------------
dpkg-deb --info "$deb" >"$tmp/info" || die "dpkg-deb --info failed"
field() { dpkg-deb --field "$deb" "$1"; }
package=$(field Package)
version=$(field Version)
depends=$(field Depends)

[ "$package" = "kanri" ] && pass "Package: kanri" || fail "Package is '$package', expected kanri"
[ -n "$version" ] && pass "Version: $version" || fail "no Version in control file"
[ "$(field Section)" = "admin" ] && pass "Section: admin" || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] && pass "Maintainer: $(field Maintainer)" || fail "no Maintainer"
[ -n "$(field Homepage)" ] && pass "Homepage: $(field Homepage)" || fail "no Homepage"
if grep -q 'libqt6' <<<"$depends"; then
  pass "Depends (from dpkg-shlibdeps) names Qt 6 libraries"
else
  fail "Depends does not mention libqt6: '$depends'"
fi

# --- file list --------------------------------------------------------------------------
dpkg-deb --contents "$deb" >"$tmp/contents" || die "dpkg-deb --contents failed"
# Lines look like "-rwxr-xr-x root/root 123 2026-01-01 00:00 ./usr/bin/kanri".
has() { awk -v p="./$1" '$6 == p' "$tmp/contents" | grep -q .; }
mode_of() { awk -v p="./$1" '$6 == p { print $1 }' "$tmp/contents"; }

for exe in usr/bin/kanri usr/bin/kanri-service; do
  if [ "$(mode_of "$exe")" = "-rwxr-xr-x" ]; then
    pass "$exe (executable)"
  else
    fail "$exe missing or not mode 755: '$(mode_of "$exe")'"
  fi
done
for f in \
  "usr/share/applications/$app_id.desktop" \
  "usr/share/metainfo/$app_id.metainfo.xml" \
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
  "usr/lib/systemd/system/$unit" \
  "usr/share/doc/kanri/copyright"; do
  has "$f" && pass "$f" || fail "$f missing from package"
done

# --- unpacked files ---------------------------------------------------------------------
root="$tmp/root"
dpkg-deb -x "$deb" "$root" || die "dpkg-deb -x failed"

# Fails on errors and warnings; hints are shown but allowed.
desktop="$root/usr/share/applications/$app_id.desktop"
if [ -f "$desktop" ]; then
  if out=$(desktop-file-validate "$desktop" 2>&1) && ! grep -Eq '(error|warning):' <<<"$out"; then
    pass "desktop-file-validate"
  else
    fail "desktop-file-validate:"$'\n'"$out"
  fi
  if [ -n "$out" ]; then echo "  ${out//$'\n'/$'\n'  }"; fi
  exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  [ -x "$root/usr/bin/$exec_cmd" ] && pass "Exec=$exec_cmd is in the package" \
    || fail "Exec=$exec_cmd does not name a packaged program"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [ "$icon" = "$app_id" ] && pass "Icon=$icon" || fail "Icon is '$icon', expected $app_id"
fi

# Fails on errors and warnings; infos and pedantic notes are shown but allowed.
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if [ -f "$metainfo" ]; then
  if out=$(appstreamcli validate --no-net "$metainfo" 2>&1) && ! grep -Eq '^[EW]:' <<<"$out"; then
    pass "appstreamcli validate"
  else
    fail "appstreamcli validate:"$'\n'"$out"
  fi
  grep -E '^[EWIP]:' <<<"$out" | sed 's/^/  /' || true
  # The tree check also ties the metainfo to its desktop entry (launchable) as installed.
  if out=$(appstreamcli validate-tree --no-net "$root" 2>&1) && ! grep -Eq '^ *[EW]:' <<<"$out"; then
    pass "appstreamcli validate-tree"
  else
    fail "appstreamcli validate-tree:"$'\n'"$out"
  fi
  if grep -q "<release version=\"$version\"" "$metainfo"; then
    pass "metainfo has a release entry for $version"
  else
    fail "metainfo has no <release version=\"$version\">: add one to $source_dir/installer/$app_id.metainfo.xml"
  fi
fi

png="$root/usr/share/icons/hicolor/256x256/apps/$app_id.png"
if [ -f "$png" ]; then
  file "$png" | grep -q 'PNG image data, 256 x 256' && pass "PNG icon is 256x256" \
    || fail "PNG icon is not a 256x256 PNG: $(file -b "$png")"
fi

unit_file="$root/usr/lib/systemd/system/$unit"
if [ -f "$unit_file" ]; then
  exec_start=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit_file")
  [ -x "$root$exec_start" ] && pass "unit ExecStart=$exec_start is in the package" \
    || fail "unit ExecStart=$exec_start does not name a packaged program"
  grep -q '^DynamicUser=yes' "$unit_file" && pass "unit runs with DynamicUser" \
    || fail "unit lacks DynamicUser=yes"
fi

# --- the programs start and agree with the package version ------------------------------
for exe in kanri kanri-service; do
  bin="$root/usr/bin/$exe"
  [ -x "$bin" ] || continue
  if out=$(QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" timeout 60 "$bin" --version 2>&1) \
      && grep -qF "$version" <<<"$out"; then
    pass "$exe --version: $(head -n1 <<<"$out")"
  else
    fail "$exe --version did not print $version:"$'\n'"$out"
  fi
done

size=$(du -h "$deb" | cut -f1)
echo
echo "package: $(basename "$deb"), $size"
echo "Depends: $depends"
echo "package: $passed passed, $failures failed"
[ "$failures" -eq 0 ]
