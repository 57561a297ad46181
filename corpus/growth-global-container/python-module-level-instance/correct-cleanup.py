# Correct (cleanup): the server forgets a client's session when the client
# says goodbye.

# expect-no-findings

import sys


class Server:
    def __init__(self):
        self.sessions = {}

    def on_message(self, line):
        client, _, text = line.partition(" ")
        if text == "bye":
            self.sessions.pop(client, None)
        else:
            self.sessions[client] = text


server = Server()

for line in sys.stdin:
    server.on_message(line)
