# Correct (bounded): a deque with a maximum length in one module, appended to
# from another module's handler; it keeps the last MAX_EVENTS events, however
# many lines main.py reads.
# expect-no-findings

import collections

MAX_EVENTS = 1000

events = collections.deque(maxlen=MAX_EVENTS)
