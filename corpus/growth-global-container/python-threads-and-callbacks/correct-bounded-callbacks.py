# Correct (bounded): the callbacks registered with asyncio and signal.signal
# keep their containers in check: the set of peers is cleared once it holds
# MAX_PEERS, and the reloads are a deque with a maximum length.
# expect-no-findings

import asyncio
import collections
import signal

MAX_PEERS = 10000
MAX_RELOADS = 100

peers = set()
reloads = collections.deque(maxlen=MAX_RELOADS)


async def on_client(reader, writer):
    if len(peers) >= MAX_PEERS:
        peers.clear()
    peers.add(writer.get_extra_info("peername"))
    writer.close()


def on_hup(signum, frame):
    reloads.append(signum)


async def main():
    signal.signal(signal.SIGHUP, on_hup)
    server = await asyncio.start_server(on_client, "0.0.0.0", 8888)
    async with server:
        await server.serve_forever()


asyncio.run(main())
