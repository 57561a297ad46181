#!/usr/bin/env bash
# Runs growlint on corpus programs under valgrind memcheck with full leak
# checking, one program per core at a time; fails on any error or leak in
# growlint's own memory. (tests/valgrind.supp silences uninitialised reads
# inside libclang's parser only.)
# By default a sample: every mistake program (the whole pipeline, through the
# finding, its notes and its fix) and every Python program. Under valgrind a
# C++ program takes about 35 s and a C program 12 s, so every program (ALL=1)
# takes close to an hour on 2 cores; the ASan+LSan suite runs every program.
# Usage: [ALL=1] scripts/valgrind_corpus.sh [BUILD_DIR]
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
programs() {
  if [ "${ALL:-0}" = 1 ]; then ls -d corpus/*/*/mistake* corpus/*/*/correct*
  else ls -d corpus/*/*/mistake* corpus/*/*/correct*.py | sort; fi
}
count=$(programs | wc -l)
if programs | xargs -P "$(nproc)" -I{} bash -c 'one "$1"' _ {}; then
  echo "valgrind: $count corpus programs ($([ "${ALL:-0}" = 1 ] && echo all || echo "every mistake and Python program")), no errors, no leaks"
else
  echo "valgrind: errors or leaks (see above)"; exit 1
fi
