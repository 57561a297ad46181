# Correct (bounded): the log is a deque with a maximum length and the index an
# OrderedDict that evicts its oldest entry once it holds MAX_INDEX words; the
# line of input still reaches both through `global`, `+=` and the local alias.
# expect-no-findings

import collections
import sys

MAX_LOG = 1000
MAX_INDEX = 10000

log = collections.deque(maxlen=MAX_LOG)
index = collections.OrderedDict()


def remember(line):
    global log
    log += [line]
    by_word = index
    for word in line.split():
        if word not in by_word and len(by_word) >= MAX_INDEX:
            by_word.popitem(last=False)
        by_word.setdefault(word, 0)


def main():
    while True:
        line = sys.stdin.readline()
        remember(line)


main()
