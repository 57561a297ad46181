# Correct (bounded): the module-level server keeps its sessions in an
# OrderedDict and evicts the oldest one before a new client is added once it
# holds MAX_SESSIONS.
# expect-no-findings

import collections
import sys

MAX_SESSIONS = 10000


class Server:
    def __init__(self):
        self.sessions = collections.OrderedDict()

    def on_message(self, line):
        client, _, text = line.partition(" ")
        if len(self.sessions) >= MAX_SESSIONS:
            self.sessions.popitem(last=False)
        self.sessions[client] = text


server = Server()

for line in sys.stdin:
    server.on_message(line)
