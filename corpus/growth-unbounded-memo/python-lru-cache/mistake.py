# Mistake: a per-user lookup memoised with lru_cache(maxsize=None), called from
# a request handler: every new user id adds a result that is never dropped.

import functools

from flask import Flask

app = Flask(__name__)


@functools.lru_cache(maxsize=None)
def profile(user_id):  # expect-finding: growth-unbounded-memo fix=bounded  # expect-note: 'profile' grows here (each call with new arguments)
    return {"id": user_id, "name": "user %d" % user_id}


@functools.cache
def avatar(user_id):  # expect-finding: growth-unbounded-memo fix=bounded  # expect-note: 'avatar' grows here (each call with new arguments)
    return "/static/%d.png" % user_id


@app.get("/users/<int:user_id>")  # expect-note x2: 'show' is long-lived: its decorator '@app.get' registers it as a handler that runs again and again
def show(user_id):
    return {"profile": profile(user_id), "avatar": avatar(user_id)}  # expect-note: 'profile' is called here by 'show'  # expect-note: 'avatar' is called here by 'show'
