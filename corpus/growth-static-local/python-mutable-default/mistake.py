# Mistake: a mutable default argument used as a memo of what was seen. The
# default set is created once, when the function is defined, and lives as long
# as the process: every message id ever received stays in it.

import sys


def is_duplicate(msg_id, _seen=set()):  # expect-finding: growth-static-local fix=bounded
    if msg_id in _seen:
        return True
    _seen.add(msg_id)  # expect-note: 'is_duplicate(_seen=...)' grows here (add)
    return False


for line in sys.stdin:  # expect-note: this loop repeats for every input it reads, so the growth repeats
    if not is_duplicate(line.split()[0]):  # expect-note: 'is_duplicate' is called here by '<module>', inside a loop that repeats for every input it reads
        print(line)
