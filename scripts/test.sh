#!/usr/bin/env bash
# `npm test`: what the tests need beyond npm (scripts/test-deps.sh), then the type checks and the
# vitest suite side by side (they share nothing). Arguments go to vitest. Fails when either fails.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/test-deps.sh || exit $?
typecheck_log=$(mktemp)
# TypeScript 7's native tsc (the typescript-native alias), in one thread (its parallel checkers
# cost more CPU and time here than they save), in build mode, on the options of
# tsconfig.json and src/site/tsconfig.json (test/tsconfig.typecheck*.json): a run where no file the
# check reads changed checks nothing again, one where some did re-checks what they touch (tsc keeps
# its record under node_modules/.cache/); a fresh clone checks everything.
node node_modules/typescript-native/bin/tsc -b --singleThreaded test/tsconfig.typecheck.json test/tsconfig.typecheck-site.json >"$typecheck_log" 2>&1 &
typecheck=$!
node_modules/.bin/vitest run "$@"
tests=$?
wait "$typecheck"
types=$?
if [ "$types" -ne 0 ]; then
  echo "Type check failed:" >&2
  cat "$typecheck_log" >&2
fi
rm -f "$typecheck_log"
[ "$tests" -eq 0 ] && [ "$types" -eq 0 ]
