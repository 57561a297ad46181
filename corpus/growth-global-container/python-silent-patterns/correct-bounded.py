# Correct (bounded): the containers of mistake.py, each kept in check the way
# its suggestion says: the deque gets a maxlen, the counts an OrderedDict that
# evicts its oldest entry past MAX_COUNTS, and both buffers are written out and
# emptied once they are full (MAX_BUF bytes, MAX_OUT characters), as their
# examples say, with standard output as the sink.
# expect-no-findings

import collections
import io
import sys

MAX_RECENT = 100
MAX_COUNTS = 10000
MAX_BUF = 65536
MAX_OUT = 65536

recent = collections.deque(maxlen=MAX_RECENT)
counts = collections.OrderedDict()
buf = bytearray()
out = io.StringIO()


def handle(line):
    recent.append(line)
    if line not in counts and len(counts) >= MAX_COUNTS:
        counts.popitem(last=False)
    counts[line] = counts.get(line, 0) + 1
    if len(buf) >= MAX_BUF:
        sys.stdout.buffer.write(buf)
        del buf[:]
    buf.extend(line.encode())
    out.write(line)
    if out.tell() >= MAX_OUT:
        sys.stdout.write(out.getvalue())
        out.seek(0)
        out.truncate()


while True:
    handle(sys.stdin.readline())
