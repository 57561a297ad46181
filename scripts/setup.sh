#!/usr/bin/env bash
# Installs what growlint needs to build and test on Debian 12 (as root),
# then configures and builds it in build/. Usage: scripts/setup.sh [BUILD_DIR] [CMAKE_ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config python3 git
          libclang-19-dev clang-19 libclang-rt-19-dev clang-tidy-19 libsqlite3-dev libjansson-dev libyaml-dev libxxhash-dev
          libtree-sitter-dev
          valgrind sqlite3 pre-commit python3-yaml
          chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm fetches the Python grammar (npm pack tree-sitter-python, integrity
# checked) and runs Microsoft's SARIF validator in the tests; a machine that
# already has Node.js (from Debian or elsewhere) keeps it
if ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends nodejs npm
fi

build_dir=${1:-build}
shift || true
# tree-sitter-python 0.23.6 (its parser is ABI 14, as Debian 12's runtime),
# sha512-checked, into the build tree; compiled into growlint, never fetched at run time
scripts/fetch_python_grammar.sh "$build_dir/tree-sitter-python"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGROWLINT_WERROR=ON "$@"
cmake --build "$build_dir" -j"$(nproc)"
