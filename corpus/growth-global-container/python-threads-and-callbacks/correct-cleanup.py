# Correct (cleanup): the worker hands each batch of results on and clears the
# list; the connection handler forgets a peer when its connection closes.

# expect-no-findings

import asyncio
import queue
import threading

jobs = queue.Queue()
stop = threading.Event()
results = []
peers = set()


def publish(batch):
    print(batch)


def worker():
    while not stop.is_set():
        results.append(jobs.get() * 2)
        if len(results) >= 64:
            publish(list(results))
            results.clear()


async def on_client(reader, writer):
    peer = writer.get_extra_info("peername")
    peers.add(peer)
    try:
        await reader.read(100)
    finally:
        peers.discard(peer)
        writer.close()


async def main():
    threading.Thread(target=worker, daemon=True).start()
    server = await asyncio.start_server(on_client, "0.0.0.0", 8888)
    async with server:
        await server.serve_forever()


asyncio.run(main())
