# Mistake: a module-level cache that process() appends to, called from `while True:`.
# The loop runs for the life of the process and nothing ever takes an element
# out of the list, so it keeps every piece of data it was ever given.
# (growlint's origin: "Python Mistakes Everyone Makes, Day 47".)


def get_data():
    return "x" * 1024


cache = []  # expect-finding: growth-global-container fix=bounded


def process(data):
    cache.append(data)  # expect-note: 'cache' grows here (append)


while True:  # expect-note: this loop never ends, so the growth repeats
    process(get_data())  # expect-note: 'process' is called here by '<module>', inside a loop that never ends
