# The Python front end's facts: storages of each kind, ops of each kind,
# loop contexts, entries, calls and arguments.
import collections
import functools
import signal
import sys
import threading
from weakref import WeakSet

from app import state

log = []
index = {}
seen = set()
recent = collections.deque()
bounded = collections.deque(maxlen=10)
live = WeakSet()
running = True


class Job:
    instances = []

    def __init__(self, x):
        self.x = x
        Job.instances.append(self)
        self.items = []
        self.items.append(x)


@functools.lru_cache(maxsize=None)
def lookup(key):
    return key


def remember(line, _memo={}):
    global log
    log += [line]
    alias = index
    alias[line] = 1
    alias["const"] = 2
    _memo.setdefault(line, 0)
    state.events.append(line)
    if line in seen and len(seen) > 10:
        seen.discard(line)
    del index[line]
    for item in recent:
        print(item)
    add_to(log, line)
    log = []


def add_to(target, value):
    target.append(value)


def on_hup(signum, frame):
    recent.append(signum)


def worker():
    while running:
        remember(sys.stdin.readline())
        lookup(1)


signal.signal(signal.SIGHUP, on_hup)
threading.Thread(target=worker).start()
while True:
    for line in sys.stdin:
        remember(line)
