#!/usr/bin/env python3
"""Soak test: one growlint process analyses 5,000 generated units; its
memory must stay flat: the peak resident size while the last thousand units
are recorded is within 10% of the peak while the first thousand are.
Progress is read from the database (run_unit rows) while the run goes on.
Run: soak_test.py --growlint BIN [--units N] [unittest args]."""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

GROWLINT = None
UNITS = 5000

UNIT = """#include <stdlib.h>
#include <string.h>
#include "common.h"

static int *history_%(i)d;
static size_t history_len_%(i)d;
struct item_%(i)d { int key; struct item_%(i)d *next; };
static struct item_%(i)d *items_%(i)d;

int work_%(i)d(int n) {
  int total = 0;
  for (int k = 0; k < n; k++) {
    total += common_scale(k) ^ %(i)d;
    if (total > 1000) total -= 1000;
  }
  history_%(i)d = realloc(history_%(i)d, (history_len_%(i)d + 1) * sizeof *history_%(i)d);
  history_%(i)d[history_len_%(i)d++] = total;
  if (history_len_%(i)d > 64) { free(history_%(i)d); history_%(i)d = NULL; history_len_%(i)d = 0; }
  struct item_%(i)d *it = malloc(sizeof *it);
  if (it) { it->key = total; it->next = items_%(i)d; items_%(i)d = it; }
  while (items_%(i)d && items_%(i)d->key > 500) { struct item_%(i)d *d = items_%(i)d; items_%(i)d = d->next; free(d); }
  return total;
}
"""


class Soak(unittest.TestCase):
    def test_memory_stays_flat_over_5000_units(self):
        d = tempfile.mkdtemp(prefix="growlint-soak-")
        try:
            with open(os.path.join(d, "common.h"), "w") as f:
                f.write("static inline int common_scale(int x) { return x * 3 + 1; }\n")
            for i in range(UNITS):
                with open(os.path.join(d, f"unit{i:05d}.c"), "w") as f:
                    f.write(UNIT % {"i": i})
            db = os.path.join(d, "soak.db")
            p = subprocess.Popen([GROWLINT, "check", "--db", db, "."], cwd=d, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True)
            samples = []  # (units recorded, rss kB)
            con = None
            while p.poll() is None:
                try:
                    with open(f"/proc/{p.pid}/status") as f:
                        rss = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
                    if con is None and os.path.exists(db):
                        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                    done = con.execute("SELECT COUNT(*) FROM run_unit").fetchone()[0] if con else 0
                    samples.append((done, rss))
                except (OSError, StopIteration, sqlite3.Error):
                    pass
                time.sleep(0.02)
            if con:
                con.close()
            err = p.stderr.read()
            self.assertEqual(p.returncode, 0, err)
            first = [rss for done, rss in samples if 0 < done <= UNITS // 5]
            last = [rss for done, rss in samples if done > UNITS - UNITS // 5 and done < UNITS]
            self.assertTrue(first and last, f"too few samples: {len(samples)}")
            ratio = max(last) / max(first)
            print(f"\nsoak: {UNITS} units, {len(samples)} samples, peak RSS first fifth {max(first)} kB, "
                  f"last fifth {max(last)} kB, ratio {ratio:.3f}", file=sys.stderr)
            self.assertLessEqual(ratio, 1.10)
        finally:
            shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: soak_test.py --growlint BIN [--units N] [unittest args]")
    if len(args) >= 2 and args[0] == "--units":
        UNITS = int(args[1])
        args = args[2:]
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
