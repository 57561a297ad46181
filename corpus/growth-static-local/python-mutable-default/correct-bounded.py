# Correct (bounded): the seen-set is a module-level deque of the last 10000 ids
# (with a set for lookups that forgets the ids the deque drops).

# expect-no-findings

import collections
import sys

_order = collections.deque(maxlen=10000)
_seen = set()


def is_duplicate(msg_id):
    if msg_id in _seen:
        return True
    if len(_order) == _order.maxlen:
        _seen.discard(_order[0])
    _order.append(msg_id)
    _seen.add(msg_id)
    return False


for line in sys.stdin:
    if not is_duplicate(line.split()[0]):
        print(line)
