# Correct (silent): containers that are bounded, forget by themselves, shrink
# somewhere in the program, are guarded by their size, are filled only at
# start-up, or are locals: none of them is reported.

# expect-no-findings

import collections
import functools
import sys
import weakref

recent = collections.deque(maxlen=100)          # bounded by maxlen
also_recent = collections.deque([], 100)        # bounded by the second argument
sessions = weakref.WeakValueDictionary()        # forgets what nobody else holds
listeners = weakref.WeakSet()
pending = []                                    # popped by the consumer
seen = set()                                    # guarded by its size
routes = {}                                     # filled once, at start-up
counts = collections.Counter()                  # entries deleted
buf = bytearray()                               # emptied with a slice deletion


@functools.lru_cache(maxsize=1024)
def parse(word):
    return word.lower()


with open("/etc/services") as f:
    for line in f:
        routes[line.split()[0]] = line


def handle(line):
    local = []
    local.append(line)
    recent.append(line)
    also_recent.append(line)
    sessions[line] = object()
    pending.append(parse(line))
    if len(seen) < 10000:
        seen.add(line)
    counts[line] += 1
    if counts[line] > 3:
        del counts[line]
    buf.extend(line.encode())
    del buf[:-4096]
    return local


def consume():
    while pending:
        pending.pop()


while True:
    handle(sys.stdin.readline())
    consume()
