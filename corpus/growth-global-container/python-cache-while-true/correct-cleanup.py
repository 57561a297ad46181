# Correct (cleanup): what was processed is released: the batch is cleared after
# it is written out, and the large temporary is deleted as soon as it is done.
# The list holds at most one batch.

# expect-no-findings


def get_data():
    return "x" * 1024


def write_out(items):
    print(len(items))


cache = []


def process(data):
    temp = data * 100
    cache.append(temp[:16])
    del temp
    if len(cache) >= 100:
        write_out(cache)
        cache.clear()


while True:
    process(get_data())
