# Mistake: a Flask view remembers every request id it has seen in a module dict.
# The view runs for every request the server receives and no entry is ever
# removed, so the dict grows with the traffic.

from flask import Flask, request

app = Flask(__name__)
seen = {}  # expect-finding: growth-global-container fix=bounded


@app.route("/order", methods=["POST"])  # expect-note: 'order' is long-lived: its decorator '@app.route' registers it as a handler that runs again and again
def order():
    rid = request.headers["X-Request-Id"]
    if rid in seen:
        return "duplicate", 409
    seen[rid] = request.get_json()  # expect-note: 'seen' grows here ([]=)
    return "ok"
