# Mistake: the same containers as correct-silent.py without what keeps them in
# check: a deque without maxlen, a Counter whose entries are never deleted, a
# bytearray that is only extended, a StringIO only written to.

import collections
import io
import sys

recent = collections.deque()  # expect-finding: growth-global-container fix=bounded
counts = collections.Counter()  # expect-finding: growth-global-container fix=bounded
buf = bytearray()  # expect-finding: growth-global-container fix=bounded
out = io.StringIO()  # expect-finding: growth-global-container fix=bounded


def handle(line):
    recent.append(line)  # expect-note: 'recent' grows here (append)
    counts[line] += 1  # expect-note: 'counts' grows here ([]+=)
    buf.extend(line.encode())  # expect-note: 'buf' grows here (extend)
    out.write(line)  # expect-note: 'out' grows here (write)


while True:  # expect-note x4: this loop never ends, so the growth repeats
    handle(sys.stdin.readline())  # expect-note x4: 'handle' is called here by '<module>', inside a loop that never ends
