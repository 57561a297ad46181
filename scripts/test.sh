#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: unit, CLI and corpus tests
# in a warnings-as-errors build, again under AddressSanitizer, LeakSanitizer
# and UBSan, and a corpus sample under valgrind. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== build (warnings are errors) and test"
scripts/setup.sh build
ctest --test-dir build --output-on-failure -j"$(nproc)"

echo "== AddressSanitizer + LeakSanitizer + UBSan build and test"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DGROWLINT_SANITIZE=ON -DGROWLINT_WERROR=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"

echo "== libFuzzer: every parser of growlint's own inputs, 30 s each"
scripts/fuzz.sh 30

echo "== valgrind (memcheck, leaks) on corpus programs"
db_dir=$(mktemp -d)
trap 'rm -rf "$db_dir"' EXIT
status=0
for program in corpus/growth-global-container/call-chain-two-units/mistake \
               corpus/growth-realloc-array/realloc-global-count/mistake.c \
               corpus/growth-linked-list/tail-insertion-static-struct/mistake.c; do
  set +e
  valgrind -q --suppressions=tests/valgrind.supp --error-exitcode=86 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    build/growlint check --db "$db_dir/v.db" "$program" >/dev/null
  rc=$?
  set -e
  if [ $rc -ne 1 ]; then echo "valgrind: $program: exit $rc (expected 1: findings, no errors)"; status=1;
  else echo "valgrind: $program: clean"; fi
done
exit $status
