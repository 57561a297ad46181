# Correct (cleanup): the events are written out and cleared by another module
# once a batch is complete, so the list holds at most one batch.

# expect-no-findings

from app import state
from app.flush import flush


def handle(line):
    state.events.append(line.strip())
    if len(state.events) >= 100:
        flush()
