# Correct (bounded): the cache is a deque with maxlen=1000.
# Once it holds 1000 items, each append drops the oldest one, so memory stays
# constant however long the loop runs.

# expect-no-findings

from collections import deque


def get_data():
    return "x" * 1024


cache = deque(maxlen=1000)


def process(data):
    cache.append(data)


while True:
    process(get_data())
