# Correct (bounded): the worker thread keeps the last MAX_RESULTS results in a
# deque with a maximum length, however many jobs it processes before it is
# told to stop.
# expect-no-findings

import collections
import queue
import threading

MAX_RESULTS = 1000

jobs = queue.Queue()
stop = threading.Event()
results = collections.deque(maxlen=MAX_RESULTS)


def worker():
    while not stop.is_set():
        job = jobs.get()
        results.append(job * 2)


threading.Thread(target=worker, daemon=True).start()
