# Correct (bounded): the request handler's class attribute is a deque with a
# maximum length, so it remembers the last MAX_CLIENTS client addresses however
# many connections the server handles.
# expect-no-findings

import collections
import socketserver

MAX_CLIENTS = 1000


class EchoHandler(socketserver.StreamRequestHandler):
    clients = collections.deque(maxlen=MAX_CLIENTS)

    def handle(self):
        self.clients.append(self.client_address)
        self.wfile.write(self.rfile.readline())


if __name__ == "__main__":
    with socketserver.TCPServer(("", 9999), EchoHandler) as server:
        server.serve_forever()
