# Correct (bounded): the view keeps at most MAX_SEEN request ids: past the
# maximum the oldest is evicted from the OrderedDict.

# expect-no-findings

from collections import OrderedDict

from flask import Flask, request

app = Flask(__name__)
MAX_SEEN = 10000
seen = OrderedDict()


@app.route("/order", methods=["POST"])
def order():
    rid = request.headers["X-Request-Id"]
    if rid in seen:
        return "duplicate", 409
    seen[rid] = request.get_json()
    if len(seen) > MAX_SEEN:
        seen.popitem(last=False)
    return "ok"
