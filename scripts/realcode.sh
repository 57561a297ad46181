#!/bin/bash
# Run growlint on whole real projects.
#   usage: realcode.sh GROWLINT_BINARY MIRRORS_DIR [NAME...]
# MIRRORS_DIR holds the fetched repositories as OWNER+NAME/repo (bare git dirs).
# For each project: extract a commit into $TREES/NAME (unless already there),
# build a compile database in $BUILDS/NAME (CMake export / meson / bear -- make),
# run growlint (json, then text on the same db), and append one line to
# $OUT/summary.tsv:  name commit units exit wall_s findings stderr_lines failed_units
# A project that fails to extract, configure or build its database is reported
# (status FAIL-...) and skipped.  Heavy steps run under nice, at most -j2.
# Env: BASE (default ./realcode), TREES, BUILDS, OUT, DBS, LOGS, JOBS (default 2),
#      FRESH=1 to re-extract and rebuild databases, DBONLY=1 to stop after the database.
set -u
GL=${1:?usage: realcode.sh GROWLINT MIRRORS [NAME...]}
GL=$(cd "$(dirname "$GL")" && pwd)/$(basename "$GL")
MIRRORS=$(cd "${2:?usage: realcode.sh GROWLINT MIRRORS [NAME...]}" && pwd)
shift 2
ONLY=" $* "
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${BASE:-$PWD/realcode}
TREES=${TREES:-$BASE/trees} BUILDS=${BUILDS:-$BASE/bdir} OUT=${OUT:-$BASE/out}
DBS=${DBS:-$BASE/dbs} LOGS=${LOGS:-$BASE/logs} JOBS=${JOBS:-2} FRESH=${FRESH:-0}
mkdir -p "$TREES" "$BUILDS" "$OUT" "$DBS" "$LOGS"
N="nice -n 10"

# name  mirror  ref  (ref: a commit-ish; fish's HEAD is Rust, so its last C++ release;
# civetweb's HEAD 588860e3 has a syntax error in civetweb.c (gcc fails too), so its parent).
# Debian packages the databases need beyond scripts/setup.sh's: bear cmake meson ninja-build
# autoconf automake pkg-config bison libevent-dev libssl-dev zlib1g-dev libpcre2-dev
# libncurses-dev libglib2.0-dev libboost-program-options-dev libboost-filesystem-dev
# libboost-system-dev libboost-date-time-dev libminiupnpc-dev libtool libc-ares-dev libhiredis-dev
# libexpat1-dev flex libjansson-dev libnice-dev libsrtp2-dev libconfig-dev gengetopt
# libcurl4-openssl-dev libogg-dev libopus-dev libwebsockets-dev libsofia-sip-ua-glib-dev libmicrohttpd-dev
PROJECTS="
redis redis+redis HEAD
nginx nginx+nginx HEAD
mosquitto eclipse+mosquitto HEAD
lighttpd lighttpd+lighttpd1.4 HEAD
haproxy haproxy+haproxy HEAD
curl curl+curl HEAD
irssi irssi+irssi HEAD
civetweb civetweb+civetweb HEAD~1
leveldb google+leveldb HEAD
libzmq zeromq+libzmq HEAD
oatpp oatpp+oatpp HEAD
fish fish-shell+fish-shell 3.7.1
memcached memcached+memcached HEAD
tmux tmux+tmux HEAD
i2pd PurpleI2P+i2pd HEAD
pgbouncer pgbouncer+pgbouncer HEAD
coturn coturn+coturn HEAD
janus meetecho+janus-gateway HEAD
unbound NLnetLabs+unbound HEAD
"

extract() { # GITDIR COMMIT DEST : like git archive | tar -x, skipping blobs the snapshot lacks
  python3 - "$@" <<'PY'
import os, subprocess, sys
g, commit, dest = sys.argv[1:4]
ls = subprocess.run(["git","--git-dir",g,"ls-tree","-r","-z","--full-tree",commit],
                    capture_output=True, check=True).stdout.split(b"\0")
p = subprocess.Popen(["git","--git-dir",g,"cat-file","--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
miss = 0
for e in ls:
    if not e: continue
    meta, path = e.split(b"\t", 1); mode, typ, sha = meta.split()
    if typ != b"blob": continue
    p.stdin.write(sha + b"\n"); p.stdin.flush()
    hdr = p.stdout.readline().split()
    if len(hdr) < 3 or hdr[1] == b"missing": miss += 1; continue
    data = p.stdout.read(int(hdr[2])); p.stdout.read(1)
    out = os.path.join(dest, path.decode("utf-8", "surrogateescape"))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if mode == b"120000":
        try: os.symlink(data.decode("utf-8", "surrogateescape"), out)
        except FileExistsError: pass
    else:
        open(out, "wb").write(data)
        if mode == b"100755": os.chmod(out, 0o755)
p.stdin.close(); p.wait()
if miss: print(f"extract: {miss} blob(s) absent from the snapshot skipped", file=sys.stderr)
PY
}

cmake_db() { # SRC BUILD [cmake args...]
  local s=$1 b=$2; shift 2
  $N cmake -S "$s" -B "$b" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
}

# Build BUILDS/NAME/compile_commands.json; print on stdout nothing; set SEL (the
# PATHs that select the project's own entries; empty = all).
make_db() {
  local n=$1 t=$2 b=$3
  SEL="" XARGS=""
  case $n in
    redis)   # plain make; deps are vendored third-party code: analyse src/ only
      (cd "$t" && $N bear --output "$b/compile_commands.json" -- make -j"$JOBS" MALLOC=libc BUILD_TLS=no) || return 1
      SEL="$t/src" ;;
    nginx)   # auto/configure + make
      (cd "$t" && ./auto/configure --with-http_ssl_module --with-http_v2_module --with-stream --with-stream_ssl_module \
         && $N bear --output "$b/compile_commands.json" -- make -j"$JOBS") || return 1 ;;
    haproxy) # plain make
      (cd "$t" && $N bear --output "$b/compile_commands.json" -- make -j"$JOBS" TARGET=linux-glibc USE_OPENSSL=1 USE_PCRE2=1 USE_ZLIB=1) || return 1 ;;
    irssi)   # meson writes the database; the version header is generated at build time
      (cd "$t" && $N meson setup "$b" -Dwith-perl=no -Dwithout-textui=no && $N ninja -C "$b" -j"$JOBS") || return 1 ;;
    mosquitto)
      cmake_db "$t" "$b" -DDOCUMENTATION=OFF -DWITH_TESTS=OFF -DWITH_CJSON=ON || return 1 ;;
    lighttpd) # configparser.c is generated by lemon at build time
      cmake_db "$t" "$b" && (cd "$b" && $N make lemon && $N make -f build/CMakeFiles/lighttpd.dir/build.make build/configparser.c) || return 1 ;;
    curl)    # the tool's manual source is generated at build time
      cmake_db "$t" "$b" -DCURL_USE_LIBPSL=OFF -DUSE_LIBIDN2=OFF -DCURL_USE_OPENSSL=ON -DBUILD_TESTING=OFF -DENABLE_CURL_MANUAL=OFF -DBUILD_LIBCURL_DOCS=OFF -DBUILD_MISC_DOCS=OFF || return 1
      SEL="$t/lib $t/src" ;;
    civetweb)
      cmake_db "$t" "$b" -DCIVETWEB_BUILD_TESTING=OFF -DCIVETWEB_ENABLE_CXX=ON || return 1 ;;
    leveldb) # HEAD uses C++17 (std::is_standard_layout_v) but CMake defaults to C++11
      cmake_db "$t" "$b" -DCMAKE_CXX_STANDARD=17 -DLEVELDB_BUILD_TESTS=OFF -DLEVELDB_BUILD_BENCHMARKS=OFF || return 1 ;;
    libzmq)
      cmake_db "$t" "$b" -DBUILD_TESTS=OFF -DWITH_DOCS=OFF -DWITH_PERF_TOOL=OFF || return 1 ;;
    oatpp)
      cmake_db "$t" "$b" -DOATPP_BUILD_TESTS=OFF || return 1 ;;
    fish)    # fish-build-version.h is generated at build time
      cmake_db "$t" "$b" -DBUILD_DOCS=OFF && (cd "$b" && $N make CHECK-FISH-BUILD-VERSION-FILE) || return 1 ;;
    pgbouncer) # autotools; libusual is in the repository
      (cd "$t" && ./autogen.sh && ./configure && $N bear --output "$b/compile_commands.json" -- make -j"$JOBS") || return 1 ;;
    coturn)  # CMake; no generated sources
      cmake_db "$t" "$b" || return 1 ;;
    janus)   # autotools; the optional transports and plugins whose libraries Debian 12 lacks stay off
      (cd "$t" && sh autogen.sh && ./configure --disable-docs \
         && $N bear --output "$b/compile_commands.json" -- make -j"$JOBS") || return 1 ;;
    unbound) # libtool lists every unit twice
      (cd "$t" && ./configure --with-libevent --enable-subnet --enable-cachedb --with-libhiredis --enable-dnstap=no \
         && $N bear --output "$b/compile_commands.json" -- make -j"$JOBS") || return 1 ;;
    memcached|tmux) # autotools
      (cd "$t" && sh ./autogen.sh && ./configure \
         && $N bear --output "$b/compile_commands.json" -- make -j"$JOBS") || return 1 ;;
    i2pd)    # the CMake project is in build/; Boost 1.74's MPL needs clang 19's enum check off
      cmake_db "$t/build" "$b" -DWITH_UPNP=ON || return 1
      XARGS="-Wno-enum-constexpr-conversion" ;;
    *) echo "unknown project $n"; return 1 ;;
  esac
  [[ -s "$b/compile_commands.json" ]]
}

SUM="$OUT/summary.tsv"
[[ -f "$SUM" ]] || printf 'name\tcommit\tstatus\tunits\texit\twall_s\tfindings\tstderr_lines\tfailed_units\n' > "$SUM"
while read -r n m ref; do
  [[ -z "$n" ]] && continue
  [[ "$ONLY" != "  " && "$ONLY" != *" $n "* ]] && continue
  g="$MIRRORS/$m/repo"; t="$TREES/$n"; b="$BUILDS/$n"; log="$LOGS/$n.build.log"
  c=$(git --git-dir="$g" rev-parse -q --verify "$ref^{commit}" 2>/dev/null)
  if [[ -z "$c" ]]; then
    echo "$n: SKIP (no $m/repo or $ref: fetch github:${m/+//})"; printf '%s\t-\tSKIP-nomirror\n' "$n" >> "$SUM"; continue
  fi
  if [[ $FRESH == 1 || ! -d "$t" ]]; then
    rm -rf "$t" "$b"; mkdir -p "$t"
    extract "$g" "$c" "$t" || { echo "$n: FAIL extract"; printf '%s\t%s\tFAIL-extract\n' "$n" "$c" >> "$SUM"; continue; }
  fi
  if [[ $FRESH == 1 || ! -s "$b/compile_commands.json" ]]; then
    mkdir -p "$b"
    echo "$n: building the compile database (log $log)"
    if ! make_db "$n" "$t" "$b" > "$log" 2>&1; then
      echo "$n: FAIL configure/database (see $log); skipped"
      printf '%s\t%s\tFAIL-configure\n' "$n" "$c" >> "$SUM"; continue
    fi
  else
    SEL="" XARGS=""; case $n in redis) SEL="$t/src";; curl) SEL="$t/lib $t/src";; i2pd) XARGS="-Wno-enum-constexpr-conversion";; esac
  fi
  if [[ ${DBONLY:-0} == 1 ]]; then echo "$n: database ready ($(python3 -c 'import json,sys;print(len(json.load(open(sys.argv[1]))))' "$b/compile_commands.json") entries)"; continue; fi
  rm -f "$DBS/$n.db"*
  s=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$t" && $N "$GL" check -p "$b" --db "$DBS/$n.db" --format json --output "$OUT/$n.json" -j "$JOBS" $SEL ${XARGS:+-- $XARGS}) 2> "$OUT/$n.json.err"
  rc=$?
  e=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$t" && $N "$GL" check -p "$b" --db "$DBS/$n.db" --format text --output "$OUT/$n.txt" -j "$JOBS" $SEL ${XARGS:+-- $XARGS}) 2> "$OUT/$n.txt.err"
  read -r units nf nfail < <(python3 -c '
import json,sys
try: d=json.load(open(sys.argv[1]))
except Exception: print("- - -"); sys.exit()
print(d.get("units",0), len(d.get("findings",[])), len(d.get("failed_units",[])))' "$OUT/$n.json")
  wall=$(python3 -c "print(round($e-$s,1))")
  errl=$(wc -l < "$OUT/$n.json.err")
  printf '%s\t%s\tOK\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$c" "$units" "$rc" "$wall" "$nf" "$errl" "$nfail" >> "$SUM"
  echo "$n: commit=${c:0:12} units=$units exit=$rc wall=${wall}s findings=$nf stderr_lines=$errl failed_units=$nfail"
done <<< "$PROJECTS"
