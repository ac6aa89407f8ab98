"""PostgreSQL test databases copied from the migrated template ahead of the tests that
take them, and dropped behind them, in a thread of their own.

CREATE DATABASE ... TEMPLATE and DROP DATABASE cost a few tenths of a second each on the
server (half the time of a short test): done in the thread, they overlap the tests
instead of adding to them. Each test still gets a fresh database of its own.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import uuid

from bench.postgres import admin

AHEAD = 2  # copies kept ready: a test rarely waits, few sit unused at the end
_CREATE, _STOP = "", None


class DatabasePool:
    """Fresh copies of `template` on `server`, one per `take()`, each handed back to
    `give_back()` to be dropped; `close()` drops what is left."""

    def __init__(self, server: str, template: str) -> None:
        self.server, self.template = server, template
        self._ready: queue.Queue[str | BaseException] = queue.Queue()
        # in order: copies to make (_CREATE), databases to drop (their names), _STOP
        self._jobs: queue.Queue[str | None] = queue.Queue()
        for _ in range(AHEAD):
            self._jobs.put(_CREATE)
        self._failed: BaseException | None = None  # a drop that failed, raised at close
        self._thread = threading.Thread(target=self._work, name="test-databases", daemon=True)
        self._thread.start()

    def take(self, timeout: float = 60) -> str:
        """The name of a fresh database, copied from the template."""
        ready = self._ready.get(timeout=timeout)
        if isinstance(ready, BaseException):
            raise ready
        self._jobs.put(_CREATE)
        return ready

    def give_back(self, name: str) -> None:
        """Drop `name` soon (its connections are forced off)."""
        self._jobs.put(name)

    def close(self) -> None:
        """Drop the databases given back and the copies no test took; stop the thread."""
        self._jobs.put(_STOP)
        self._thread.join()
        unused = [name for name in _drain(self._ready) if isinstance(name, str)]
        asyncio.run(self._drop_all(unused))
        if self._failed is not None:
            raise self._failed

    def _work(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        while (job := await asyncio.to_thread(self._jobs.get)) is not _STOP:
            if job:
                try:
                    await self._drop_all([job])
                except Exception as error:
                    self._failed = error
                continue
            name = f"test_{uuid.uuid4().hex[:12]}"
            try:
                await admin(self.server, f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
            except Exception as error:
                self._ready.put(error)  # raised in the test that takes it
            else:
                self._ready.put(name)

    async def _drop_all(self, names: list[str]) -> None:
        for name in names:
            await admin(self.server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _drain(ready: queue.Queue[str | BaseException]) -> list[str | BaseException]:
    items = []
    while not ready.empty():
        items.append(ready.get_nowait())
    return items
