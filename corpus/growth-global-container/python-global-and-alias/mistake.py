# Mistake: the log grows through a `global` statement and `+=`, the index
# through a local alias of the module dict; both are fed for every line of
# input and never emptied.

import sys

log = []  # expect-finding: growth-global-container fix=bounded
index = {}  # expect-finding: growth-global-container fix=bounded


def remember(line):
    global log
    log += [line]  # expect-note: 'log' grows here (+=)
    by_word = index
    for word in line.split():
        by_word.setdefault(word, 0)  # expect-note: 'index' grows here (setdefault)


def main():
    while True:  # expect-note x2: this loop never ends, so the growth repeats
        line = sys.stdin.readline()
        remember(line)  # expect-note x2: 'remember' is called here by 'main', inside a loop that never ends


main()
