# Correct (weak-reference): the registry of live jobs is a weakref.WeakSet.
# A job leaves the set by itself once nothing else holds it, so the set never
# holds more jobs than are alive.

# expect-no-findings

import weakref


def get_data():
    return "x" * 1024


class Job:
    instances = weakref.WeakSet()

    def __init__(self, data):
        self.data = data
        Job.instances.add(self)


def process(data):
    Job(data)


while True:
    process(get_data())
