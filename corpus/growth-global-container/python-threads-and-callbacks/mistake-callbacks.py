# Mistake: callbacks registered with asyncio and with signal.signal append to
# module containers that nothing empties: the server calls the handler for
# every connection, the signal handler runs at every SIGHUP.

import asyncio
import signal

peers = set()  # expect-finding: growth-global-container fix=bounded
reloads = []  # expect-finding: growth-global-container fix=bounded


async def on_client(reader, writer):
    peers.add(writer.get_extra_info("peername"))  # expect-note: 'peers' grows here (add)
    writer.close()


def on_hup(signum, frame):
    reloads.append(signum)  # expect-note: 'reloads' grows here (append)


async def main():
    signal.signal(signal.SIGHUP, on_hup)  # expect-note: 'on_hup' is long-lived: it is registered with 'signal.signal' as a long-lived callback
    server = await asyncio.start_server(on_client, "0.0.0.0", 8888)  # expect-note: 'on_client' is long-lived: it is registered with 'asyncio.start_server' as a long-lived callback
    async with server:
        await server.serve_forever()


asyncio.run(main())
