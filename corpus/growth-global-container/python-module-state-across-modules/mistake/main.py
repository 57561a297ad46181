# Mistake: a list in one module, appended to from another module's handler.
# main.py calls the handler for every line it reads from standard input;
# nothing in the program ever removes an event.

import sys

import app.worker


for line in sys.stdin:  # expect-note: this loop repeats for every input it reads, so the growth repeats
    app.worker.handle(line)  # expect-note: 'handle' is called here by '<module>', inside a loop that repeats for every input it reads
