# Mistake: a list in one module, appended to from another module's handler.
# main.py calls the handler for every line it reads from standard input;
# nothing in the program ever removes an event.

from app import state


def handle(line):
    event = line.strip()
    state.events.append(event)  # expect-note: 'events' grows here (append)
