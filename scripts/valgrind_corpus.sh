#!/usr/bin/env bash
# Runs growlint on every program of the corpus under valgrind memcheck with
# full leak checking, one program per core at a time; fails on any error or
# leak in growlint's own memory. (tests/valgrind.supp silences uninitialised
# reads inside libclang's parser only.)
# Usage: scripts/valgrind_corpus.sh [BUILD_DIR]
set -uo pipefail
cd "$(dirname "$0")/.."
export BIN=${1:-build}/growlint
export WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
one() {
  program=$1
  id=$(echo "$program" | tr '/' '_')
  valgrind -q --suppressions=tests/valgrind.supp --error-exitcode=86 --leak-check=full \
    --errors-for-leak-kinds=definite,indirect,possible --show-leak-kinds=definite,indirect,possible \
    "$BIN" check -j 1 --db "$WORK/$id.db" "$program" >/dev/null 2>"$WORK/$id.log"
  rc=$?
  if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    echo "valgrind: $program: exit $rc"; cat "$WORK/$id.log"; return 1
  fi
}
export -f one
count=$(ls -d corpus/*/*/mistake* corpus/*/*/correct* | wc -l)
if ls -d corpus/*/*/mistake* corpus/*/*/correct* | xargs -P "$(nproc)" -I{} bash -c 'one "$1"' _ {}; then
  echo "valgrind: $count corpus programs, no errors, no leaks"
else
  echo "valgrind: errors or leaks (see above)"; exit 1
fi
