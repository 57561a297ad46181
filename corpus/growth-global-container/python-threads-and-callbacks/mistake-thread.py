# Mistake: a worker thread keeps every result in a module list until it is
# told to stop; the stop flag is only set at shutdown, so the list grows with
# every job it processes.

import queue
import threading

jobs = queue.Queue()
stop = threading.Event()
results = []  # expect-finding: growth-global-container fix=bounded


def worker():
    while not stop.is_set():  # expect-note: this loop repeats until its run flag changes, so the growth repeats
        job = jobs.get()
        results.append(job * 2)  # expect-note: 'results' grows here (append)


threading.Thread(target=worker, daemon=True).start()
