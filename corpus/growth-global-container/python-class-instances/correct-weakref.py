# Correct (weak-reference): the registry is a weakref.WeakSet, so a job that
# nothing else holds any more disappears from it.

# expect-no-findings

import socket
import weakref


class Job:
    instances = weakref.WeakSet()

    def __init__(self, payload):
        self.payload = payload
        Job.instances.add(self)


def serve(sock):
    while True:
        conn, _ = sock.accept()
        Job(conn.recv(4096))
        conn.close()


serve(socket.create_server(("", 8080)))
