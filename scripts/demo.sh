#!/usr/bin/env bash
# Sets everything up, then runs growlint on every mistake of the corpus (each
# one a separate program), and checks the whole corpus against its inline
# expectations. Usage: scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build >/dev/null
db_dir=$(mktemp -d)
trap 'rm -rf "$db_dir"' EXIT
for program in corpus/*/*/mistake*; do
  echo "== growlint check $program"
  build/growlint check --db "$db_dir/demo.db" "$program" || [ $? -eq 1 ]
  echo
done
echo "== the corpus against its expectations"
python3 tests/corpus_runner.py --growlint build/growlint corpus/*/*/ | tail -n 1
