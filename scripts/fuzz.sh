#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-19 and runs each for SECONDS
# (default 30; CI uses the default, deeper runs pass e.g. 3600), starting
# from the seed corpus in tests/fuzz/seeds and keeping what it finds in
# build-fuzz/corpus. Fails when a target crashes, leaks or hangs.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
CC=clang-19 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DGROWLINT_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_cdb fuzz_rules fuzz_suppress fuzz_baseline
status=0
for t in cdb rules suppress baseline; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/artifacts/$t"
  echo "== fuzz_$t for ${seconds}s"
  if ! build-fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="build-fuzz/artifacts/$t/" -print_final_stats=1 \
       "build-fuzz/corpus/$t" "tests/fuzz/seeds/$t" 2> "build-fuzz/fuzz_$t.log"; then
    echo "fuzz_$t FAILED:"; tail -n 40 "build-fuzz/fuzz_$t.log"; status=1
  else
    grep -E "stat::number_of_executed_units|stat::new_units_added" "build-fuzz/fuzz_$t.log" | tr '\n' ' '; echo
  fi
done
exit $status
