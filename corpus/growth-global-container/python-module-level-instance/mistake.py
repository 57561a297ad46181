# Mistake: a module-level server object keeps every session in a dict that
# its __init__ creates; on_message() adds one for every new client and nothing
# ever removes one.

import sys


class Server:
    def __init__(self):
        self.sessions = {}  # expect-finding: growth-global-container fix=bounded

    def on_message(self, line):
        client, _, text = line.partition(" ")
        self.sessions[client] = text


server = Server()  # expect-note: 'server' is the static object that holds it

for line in sys.stdin:  # expect-note: this loop repeats for every input it reads, so the growth repeats
    server.on_message(line)  # expect-note: 'server.sessions' grows here ([]= in server.on_message)
