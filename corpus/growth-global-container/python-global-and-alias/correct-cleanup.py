# Correct (cleanup): after each batch the log is rebound to a new list through
# `global`, and the index is emptied with del through its alias.

# expect-no-findings

import sys

log = []
index = {}


def remember(line):
    global log
    log += [line]
    by_word = index
    for word in line.split():
        by_word.setdefault(word, 0)
    if len(log) > 1000:
        print(len(log))
        log = []
        del by_word[line]


def main():
    while True:
        remember(sys.stdin.readline())


main()
