#!/usr/bin/env bash
# Puts a section into bench/RESULTS.md: SECTION (its text, from "## HEADING" on) replaces the
# section whose heading starts with "## HEADING", or goes before the billing import's (which
# bench/import.sh keeps last), or at the end; the other sections are kept.
# usage: SECTION=… bench/put-section.sh HEADING   (run from the repository's root)
set -euo pipefail
heading=$1
results=bench/RESULTS.md
[ -f "$results" ] || echo "# Benchmark results" >"$results"
updated=$(mktemp)
HEADING=$heading awk '
    BEGIN { section = ENVIRON["SECTION"]; heading = "## " ENVIRON["HEADING"] }
    /^## / && skipping { skipping = 0 }
    index($0, heading) == 1 { skipping = 1; if (!done) { print section; print ""; done = 1 }; next }
    /^## Billing import/ && !done { print section; print ""; done = 1 }
    !skipping { print }
    END { if (!done) { print ""; print section } }
' "$results" >"$updated"
cp "$updated" "$results"
rm -f "$updated"
