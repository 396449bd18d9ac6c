#!/usr/bin/env bash
# The Japanese translation must be complete: every tr() string in the console's sources has a
# finished Japanese translation. Runs lupdate against a scratch copy, so a string added to the
# code but not to kanri_ja.ts shows up here as unfinished.
# Usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate="$1"
src="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cp "$src/resources/translations/kanri_ja.ts" "$tmp/kanri_ja.ts"
(cd "$src" && "$lupdate" -silent -locations none -no-obsolete app ui models -ts "$tmp/kanri_ja.ts")

python3 - "$tmp/kanri_ja.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
missing, total = [], 0
for context in root.iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        total += 1
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
        text = (translation.text or "") if translation is not None else ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (text.strip() or any(f and f.strip() for f in forms)):
            missing.append(f"{name}: {message.findtext('source')}")
if missing:
    print(f"{len(missing)} of {total} strings have no Japanese translation:")
    for m in missing:
        print("  " + m)
    sys.exit(1)
print(f"Japanese translation complete: {total} strings")
PY
