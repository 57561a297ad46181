# Correct (bounded): lru_cache(maxsize=1024) keeps the 1024 most recently used
# results and drops the rest; a cache of a handful of constant keys is fine.

# expect-no-findings

import functools

from flask import Flask

app = Flask(__name__)


@functools.lru_cache(maxsize=1024)
def profile(user_id):
    return {"id": user_id, "name": "user %d" % user_id}


@functools.lru_cache
def avatar(user_id):
    return "/static/%d.png" % user_id


@app.get("/users/<int:user_id>")
def show(user_id):
    return {"profile": profile(user_id), "avatar": avatar(user_id)}
