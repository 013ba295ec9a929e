#!/usr/bin/env bash
# `npm test`: what the tests need beyond npm (scripts/test-deps.sh), then the type checks and the
# vitest suite side by side (they share nothing). Arguments go to vitest. Fails when either fails.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-deps.sh || exit $?
typecheck_log=$(mktemp)
# Incremental: a second run re-checks only what changed (tsc keeps what it needs under
# node_modules/.cache/); a fresh clone checks everything.
tsc_cache=node_modules/.cache/china-st-meetings-tsc
(npx tsc -p . --incremental --tsBuildInfoFile "$tsc_cache/main.tsbuildinfo" &&
  npx tsc -p src/site --incremental --tsBuildInfoFile "$tsc_cache/site.tsbuildinfo") >"$typecheck_log" 2>&1 &
typecheck=$!
npx vitest run "$@"
tests=$?
wait "$typecheck"
types=$?
if [ "$types" -ne 0 ]; then
  echo "Type check failed:" >&2
  cat "$typecheck_log" >&2
fi
rm -f "$typecheck_log"
[ "$tests" -eq 0 ] && [ "$types" -eq 0 ]
