# Correct (cleanup): the events are written out and cleared by another module
# once a batch is complete, so the list holds at most one batch.

# expect-no-findings

from .state import events


def flush():
    print("\n".join(events))
    events.clear()
