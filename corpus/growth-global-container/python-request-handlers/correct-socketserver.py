# Correct (bounded): the handler keeps the last 100 client addresses in a
# deque with maxlen=100.

# expect-no-findings

import collections
import socketserver


class EchoHandler(socketserver.StreamRequestHandler):
    clients = collections.deque(maxlen=100)

    def handle(self):
        self.clients.append(self.client_address)
        self.wfile.write(self.rfile.readline())


if __name__ == "__main__":
    with socketserver.TCPServer(("", 9999), EchoHandler) as server:
        server.serve_forever()
