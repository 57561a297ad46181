# Correct (bounded): a deque with a maximum length in one module, appended to
# from another module's handler; it keeps the last MAX_EVENTS events, however
# many lines main.py reads.
# expect-no-findings

import sys

import app.worker


for line in sys.stdin:
    app.worker.handle(line)
