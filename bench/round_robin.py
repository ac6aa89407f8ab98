"""A tiny round-robin HTTP proxy: nginx's `upstream` in front of several bot processes.

Each request goes to the next backend in turn, with its method, path, headers and
body, and its answer comes back as it is. A backend that refuses the connection is
skipped for the next one (nginx's `proxy_next_upstream error`); when none answers,
or the one reached closes the connection without an answer (a process being stopped),
the proxy says 502 Bad Gateway, as nginx does, and the sender delivers again.
`forwarded` counts the requests each backend answered.
"""

from __future__ import annotations

import itertools

import aiohttp
from aiohttp import web

HOP_BY_HOP = frozenset({"host", "connection", "content-length", "transfer-encoding"})


class RoundRobinProxy:
    """Listens on 127.0.0.1:`port` (0: a free one) and spreads requests over `backends`."""

    def __init__(self, backends: list[str], port: int = 0) -> None:
        self.backends = backends  # base URLs, like http://127.0.0.1:8443
        self.port = port
        self.forwarded = dict.fromkeys(backends, 0)
        self._turn = itertools.cycle(range(len(backends)))
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> RoundRobinProxy:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        first = next(self._turn)
        for step in range(len(self.backends)):
            backend = self.backends[(first + step) % len(self.backends)]
            try:
                async with self._session.request(
                    request.method, backend + request.path_qs, data=body, headers=headers
                ) as answer:
                    payload = await answer.read()
                    self.forwarded[backend] += 1
                    return web.Response(
                        status=answer.status, body=payload, content_type=answer.content_type
                    )
            except aiohttp.ClientConnectorError:  # not reached: the next one
                continue
            except (aiohttp.ClientError, TimeoutError):  # reached, but it gave no answer
                return web.Response(status=502)
        return web.Response(status=502)
