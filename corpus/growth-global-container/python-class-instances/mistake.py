# Mistake: every Job registers itself in a class attribute list.
# Jobs are created for every request of the loop and the list keeps each one
# alive forever: the objects it holds are owned by the code that made them.

import socket


class Job:
    instances = []  # expect-finding: growth-global-container fix=weak-reference

    def __init__(self, payload):
        self.payload = payload
        Job.instances.append(self)  # expect-note: 'Job.instances' grows here (append)


def serve(sock):
    while True:  # expect-note: this loop never ends, so the growth repeats
        conn, _ = sock.accept()
        Job(conn.recv(4096))  # expect-note: 'Job.__init__' is called here by 'serve', inside a loop that never ends
        conn.close()


serve(socket.create_server(("", 8080)))
