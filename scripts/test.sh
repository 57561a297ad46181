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

echo "== valgrind (memcheck, leaks) on every corpus program"
scripts/valgrind_corpus.sh build
