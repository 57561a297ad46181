#!/usr/bin/env bash
# Fetches the Python grammar of tree-sitter (npm's tree-sitter-python, pinned
# to a version whose parser is ABI 14, which Debian 12's libtree-sitter runs)
# into DEST, checking the tarball's sha512 against the pinned integrity before
# unpacking it. growlint compiles DEST/src/parser.c and DEST/src/scanner.c in;
# nothing is downloaded when growlint runs.
# Usage: scripts/fetch_python_grammar.sh DEST
#   GROWLINT_GRAMMAR_TGZ=FILE  use this tarball instead of asking npm (offline)
set -euo pipefail

version=0.23.6
# npm's "integrity" of tree-sitter-python@0.23.6 (npm view tree-sitter-python@0.23.6 dist.integrity)
integrity="sha512-yIM9z0oxKIxT7bAtPOhgoVl6gTXlmlIhue7liFT4oBPF/lha7Ha4dQBS82Av6hMMRZoVnFJI8M6mL+SwWoLD3A=="

dest=${1:?usage: fetch_python_grammar.sh DEST}
if [ -f "$dest/src/parser.c" ] && [ -f "$dest/src/scanner.c" ] && [ "$(cat "$dest/.integrity" 2>/dev/null)" = "$integrity" ]; then
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${GROWLINT_GRAMMAR_TGZ:-}" ]; then
  cp "$GROWLINT_GRAMMAR_TGZ" "$work/grammar.tgz"
else
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/growlint
  if [ -f "$cache/tree-sitter-python-$version.tgz" ]; then
    cp "$cache/tree-sitter-python-$version.tgz" "$work/grammar.tgz"
  else
    command -v npm >/dev/null 2>&1 || { echo "fetch_python_grammar: npm is missing (apt-get install npm)" >&2; exit 1; }
    (cd "$work" && npm pack --silent "tree-sitter-python@$version" >/dev/null)
    mv "$work/tree-sitter-python-$version.tgz" "$work/grammar.tgz"
  fi
fi

got="sha512-$(openssl dgst -sha512 -binary "$work/grammar.tgz" 2>/dev/null | base64 -w0 ||
              python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$work/grammar.tgz")"
if [ "$got" != "$integrity" ]; then
  echo "fetch_python_grammar: integrity mismatch for tree-sitter-python@$version" >&2
  echo "  expected $integrity" >&2
  echo "  got      $got" >&2
  exit 1
fi
if [ -z "${GROWLINT_GRAMMAR_TGZ:-}" ]; then
  mkdir -p "${XDG_CACHE_HOME:-$HOME/.cache}/growlint" 2>/dev/null &&
    cp "$work/grammar.tgz" "${XDG_CACHE_HOME:-$HOME/.cache}/growlint/tree-sitter-python-$version.tgz" 2>/dev/null || true
fi

tar -xzf "$work/grammar.tgz" -C "$work" package/src package/LICENSE
rm -rf "$dest"
mkdir -p "$dest"
cp -r "$work/package/src" "$dest/src"
cp "$work/package/LICENSE" "$dest/LICENSE"
echo "$integrity" > "$dest/.integrity"
echo "fetch_python_grammar: tree-sitter-python@$version (integrity checked) in $dest"
