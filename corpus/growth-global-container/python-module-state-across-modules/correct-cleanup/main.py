# Correct (cleanup): the events are written out and cleared by another module
# once a batch is complete, so the list holds at most one batch.

# expect-no-findings

import sys

import app.worker


for line in sys.stdin:
    app.worker.handle(line)
