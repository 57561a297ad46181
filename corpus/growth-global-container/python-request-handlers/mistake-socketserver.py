# Mistake: a socketserver request handler records every client address in a
# class attribute; the server calls handle() for every connection and nothing
# ever removes an address.

import socketserver


class EchoHandler(socketserver.StreamRequestHandler):
    clients = []  # expect-finding: growth-global-container fix=bounded

    def handle(self):  # expect-note: 'EchoHandler.handle' is long-lived: its class derives from 'socketserver.StreamRequestHandler', whose framework calls it for every request
        self.clients.append(self.client_address)  # expect-note: 'EchoHandler.clients' grows here (append)
        self.wfile.write(self.rfile.readline())


if __name__ == "__main__":
    with socketserver.TCPServer(("", 9999), EchoHandler) as server:
        server.serve_forever()
