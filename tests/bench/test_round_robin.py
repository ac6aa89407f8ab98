"""The round-robin proxy that plays nginx in front of several webhook bot processes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from aiohttp import web

from bench.bot_process import free_port
from bench.round_robin import RoundRobinProxy

Handler = Callable[[web.Request], Awaitable[web.Response]]


async def _hang_up(request: web.Request) -> web.Response:
    """A backend that dies while handling the request (a bot process being stopped)."""
    assert request.transport is not None
    request.transport.close()
    return web.Response(status=200)


async def _ok(request: web.Request) -> web.Response:
    return web.Response(status=200, text=await request.text())


@pytest.fixture
async def backend() -> AsyncIterator[tuple[str, dict[str, Handler]]]:
    """A backend on a free port whose handler the test picks (`handlers["post"]`)."""
    handlers: dict[str, Handler] = {"post": _ok}

    async def dispatch(request: web.Request) -> web.Response:
        return await handlers["post"](request)

    app = web.Application()
    app.router.add_post("/telegram", dispatch)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}", handlers
    await runner.cleanup()


async def post(url: str, body: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.post(url, data=body) as answer:
        return answer.status, await answer.text()


async def test_requests_go_round_the_backends_skipping_one_that_refuses(
    backend: tuple[str, dict[str, Handler]],
) -> None:
    url, _ = backend
    refused = f"http://127.0.0.1:{free_port()}"
    async with RoundRobinProxy([url, refused]) as proxy:
        answers = [await post(proxy.url + "/telegram", f"update {n}") for n in range(4)]
    assert answers == [(200, f"update {n}") for n in range(4)]
    assert proxy.forwarded == {url: 4, refused: 0}


async def test_a_backend_that_hangs_up_mid_request_is_a_bad_gateway(
    backend: tuple[str, dict[str, Handler]],
) -> None:
    url, handlers = backend
    handlers["post"] = _hang_up
    async with RoundRobinProxy([url]) as proxy:
        assert await post(proxy.url + "/telegram", "an update") == (502, "")
