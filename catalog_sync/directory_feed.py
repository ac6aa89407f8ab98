"""A catalog directory served as the feed: JSON Lines files over HTTP per docs/catalog-feed.md.

The sync imports a directory (the demo catalog, an organizer's export) through it, so
there is one client for the organizer's service and for files.

The sync client is tested, benchmarked and demoed against this server instead of
the organizer's catalog service, so it implements the contract exactly (cursors,
``updated_since``, limits, ETags, API key, error codes) and can misbehave on
demand (:class:`FeedFault`: 5xx, 429, slow, malformed or cut-off answers) to
exercise the client's retries. It reads the files as they are on disk at each
request, so a test appends or rewrites a file between two syncs to publish an
increment or a tombstone; see :mod:`catalog_sync.directory_index` for why a page
costs no JSON parsing.

    python -m catalog_sync.directory_feed DIR [--port 8099] [--api-key KEY]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import hmac
import json
import signal
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web

from catalog_sync.directory_index import (
    KINDS,
    START,
    BadRequest,
    FeedDataError,
    FeedFile,
    Position,
    decode_cursor,
    encode_cursor,
    since_position,
)
from catalog_sync.feed_faults import FaultQueue, FeedFault, RequestRecord

# Request headers that tests may want to assert on (a RequestRecord keeps these).
HEADERS_OF_INTEREST = ("If-None-Match", "X-API-Key", "Accept-Encoding", "User-Agent")
JSON = "application/json"
__all__ = ["KINDS", "FeedFault", "FeedServer", "RequestRecord"]


def _error(status: int, code: str, message: str, **headers: str) -> web.Response:
    """A JSON error answer: ``{"error": code, "message": message}``."""
    body = json.dumps({"error": code, "message": message}).encode()
    return web.Response(status=status, body=body, content_type=JSON, headers=headers)


def _etag_matches(if_none_match: str, etag: str) -> bool:
    """RFC 9110 weak comparison of an ``If-None-Match`` list against our ETag."""
    for candidate in if_none_match.split(","):
        candidate = candidate.strip()
        if candidate == "*" or candidate.removeprefix("W/") == etag:
            return True
    return False


class FeedServer:
    """Serves ``DIR/<kind>.jsonl`` at ``/v1/<kind>``; see the module docstring."""

    def __init__(
        self,
        directory: Path,
        api_key: str | None = None,
        default_limit: int = 1000,
        max_limit: int = 5000,
    ) -> None:
        if not 1 <= default_limit <= max_limit:
            raise ValueError("need 1 <= default_limit <= max_limit")
        self.directory = Path(directory)
        self.api_key = api_key
        self.default_limit = default_limit
        self.max_limit = max_limit
        self.requests: list[RequestRecord] = []
        self._faults = FaultQueue()
        self._files: dict[str, FeedFile] = {}
        self._locks = {kind: asyncio.Lock() for kind in KINDS}
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._url: str | None = None
        self.app = web.Application()
        self.app.router.add_get("/v1/{kind}", self._handle)

    # ------------------------------------------------------------------ lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Index the files, listen on ``host:port`` (0 = a free port); returns ``self.url``."""
        if self._runner is not None:
            raise RuntimeError("FeedServer is already running")
        self._stopping.clear()
        for kind in KINDS:
            await self._current(kind)
        runner = web.AppRunner(
            self.app, handler_cancellation=True, shutdown_timeout=1.0, access_log=None
        )
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
        except BaseException:
            await runner.cleanup()
            raise
        bound_host, bound_port = runner.addresses[0][:2]
        self._runner = runner
        self._url = f"http://{bound_host}:{bound_port}"
        return self._url

    async def stop(self) -> None:
        """Cut delayed answers short, close the server and the files."""
        self._stopping.set()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        for feed in self._files.values():
            feed.close()
        self._files.clear()

    async def __aenter__(self) -> FeedServer:
        if self._runner is None:
            await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        """The feed base ``http://host:port``; the endpoints are ``/v1/<kind>`` under it."""
        if self._url is None:
            raise RuntimeError("FeedServer is not started")
        return self._url

    # ------------------------------------------------------------------ faults

    def inject(self, fault: FeedFault) -> FeedFault:
        """Queue ``fault``; returns it, so a test can read ``fault.hits`` afterwards."""
        return self._faults.add(fault)

    def clear_faults(self) -> None:
        """Forget every pending fault."""
        self._faults.clear()

    # ------------------------------------------------------------------ files

    async def _current(self, kind: str) -> FeedFile:
        """The index of the file as it is now, rebuilt (in a thread) if the file changed."""
        path = self.directory / f"{kind}.jsonl"
        feed = self._files.get(kind)
        if feed is not None and feed.identity == FeedFile.identity_of(path):
            return feed
        async with self._locks[kind]:
            feed = self._files.get(kind)
            if feed is None or feed.identity != FeedFile.identity_of(path):
                fresh = await asyncio.to_thread(FeedFile, path)
                if feed is not None:
                    feed.close()
                self._files[kind] = feed = fresh
            return feed

    # ------------------------------------------------------------------ HTTP

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """Answer one ``GET /v1/<kind>``, recording it in ``self.requests``."""
        kind = request.match_info["kind"]
        query = {key: request.query[key] for key in request.query}
        headers = {
            name: request.headers[name] for name in HEADERS_OF_INTEREST if name in request.headers
        }
        fault = self._faults.take(kind) if kind in KINDS else None
        outcome: dict[str, Any] = {"status": 499, "items": 0}
        try:
            return await self._answer(request, kind, fault, outcome)
        finally:
            self.requests.append(RequestRecord(kind, query, headers, fault=fault, **outcome))

    async def _answer(
        self, request: web.Request, kind: str, fault: FeedFault | None, outcome: dict[str, Any]
    ) -> web.StreamResponse:
        """The answer to a request; fills ``outcome`` (status, items) as it goes."""
        if fault is not None and fault.delay > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), fault.delay)
        if fault is not None and fault.redirect is not None:
            outcome["status"] = 307
            location = fault.redirect.rstrip("/") + request.path_qs
            return web.Response(status=307, headers={"Location": location})
        response = self._refusal(request, kind, fault)
        if response is None:
            try:
                response = await self._page(request, kind, fault, outcome)
            except BadRequest as exc:
                response = _error(400, "bad_request", str(exc))
            except FeedDataError as exc:
                response = _error(500, "bad_feed_file", str(exc))
        outcome["status"] = response.status
        if fault is not None and fault.truncate and response.status == 200:
            return await self._send_truncated(request, response)
        if fault is not None and fault.padding and response.status == 200:
            return await self._send_padded(request, response, fault.padding)
        return response

    def _refusal(
        self, request: web.Request, kind: str, fault: FeedFault | None
    ) -> web.Response | None:
        """An error answer that comes before any page: 404, a fault's status, 401."""
        if kind not in KINDS:
            return _error(404, "not_found", f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
        if fault is not None and fault.status is not None:
            retry_after = fault.retry_after_header()
            headers = {} if retry_after is None else {"Retry-After": retry_after}
            return _error(fault.status, "injected_fault", "injected fault", **headers)
        if self.api_key is not None and not hmac.compare_digest(
            request.headers.get("X-API-Key", "").encode(), self.api_key.encode()
        ):
            return _error(401, "unauthorized", "a valid X-API-Key header is required")
        return None

    def _parse(self, kind: str, request: web.Request) -> tuple[Position, int]:
        """The requested position and limit; BadRequest for anything malformed."""
        for name in ("cursor", "limit", "updated_since"):
            if len(request.query.getall(name, ())) > 1:
                raise BadRequest(f"{name} is given more than once")
        limit_text = request.query.get("limit")
        limit = self.default_limit
        if limit_text is not None:
            if not (limit_text.isascii() and limit_text.isdigit()):
                raise BadRequest(f"limit must be an integer, not {limit_text[:40]!r}")
            limit = int(limit_text)
            if not 1 <= limit <= self.max_limit:
                raise BadRequest(f"limit must be between 1 and {self.max_limit}")
        since = request.query.get("updated_since")
        position = since_position(since) if since is not None else START
        cursor = request.query.get("cursor")
        if cursor is not None:  # the cursor wins over updated_since
            position = decode_cursor(kind, cursor)
        return position, limit

    async def _page(
        self, request: web.Request, kind: str, fault: FeedFault | None, outcome: dict[str, Any]
    ) -> web.Response:
        """A 200 page or a 304 (raises BadRequest/FeedDataError)."""
        position, limit = self._parse(kind, request)
        feed = await self._current(kind)
        etag_source = f"{kind}\0{position.canonical()}\0{limit}\0{feed.identity}"
        etag = '"' + hashlib.blake2b(etag_source.encode(), digest_size=12).hexdigest() + '"'
        breaks_body = fault is not None and (fault.malformed or fault.truncate)
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None and not breaks_body and _etag_matches(if_none_match, etag):
            return web.Response(status=304, headers={"ETag": etag})
        first = feed.locate(position)
        items, last, stop = feed.page(first, limit)
        next_cursor = encode_cursor(kind, last or position)
        more = b"true" if stop < len(feed) else b"false"
        if fault is not None and fault.next_cursor is not None:
            next_cursor, more = fault.next_cursor, b"true"
        if fault is not None and fault.malformed:
            body = b'{"kind": "' + kind.encode() + b'", "items": [{"id": "P0000'
        else:
            body = b'{"kind":"%s","items":[%s],"next_cursor":"%s","has_more":%s}' % (
                kind.encode(),
                items,
                next_cursor.encode(),
                more,
            )
            outcome["items"] = stop - first
        return web.Response(body=body, content_type=JSON, headers={"ETag": etag})

    async def _send_padded(
        self, request: web.Request, page: web.Response, padding: int
    ) -> web.StreamResponse:
        """Stream ``page`` with ``padding`` spaces before its closing brace, chunked."""
        body = page.body
        assert isinstance(body, bytes)
        response = web.StreamResponse(status=200, headers={"ETag": page.headers["ETag"]})
        response.content_type = JSON
        response.enable_chunked_encoding()
        await response.prepare(request)
        await response.write(body[:-1])
        chunk = b" " * 65536
        for start in range(0, padding, len(chunk)):
            await response.write(chunk[: padding - start])
        await response.write(body[-1:])
        await response.write_eof()
        return response

    async def _send_truncated(
        self, request: web.Request, page: web.Response
    ) -> web.StreamResponse:
        """Send ``page``'s headers and half its body, then drop the connection."""
        body = page.body
        assert isinstance(body, bytes)
        response = web.StreamResponse(status=200, headers={"ETag": page.headers["ETag"]})
        response.content_type = JSON
        response.content_length = len(body)
        await response.prepare(request)
        await response.write(body[: len(body) // 2])
        if request.transport is not None:
            request.transport.close()
        return response


# ---------------------------------------------------------------------- CLI


async def _serve(args: argparse.Namespace) -> None:
    """Serve until SIGINT/SIGTERM; prints the URL alone on stdout's first line."""
    server = FeedServer(
        args.directory, args.api_key, default_limit=args.default_limit, max_limit=args.max_limit
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    await server.start(args.host, args.port)
    try:
        print(server.url, flush=True)
        print(f"serving {args.directory} (Ctrl-C to stop)", file=sys.stderr, flush=True)
        await stop.wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> None:
    """``python -m catalog_sync.directory_feed DIR [--port 8099] [--api-key KEY]``."""
    parser = argparse.ArgumentParser(description="Serve a directory of catalog JSON Lines.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--api-key")
    parser.add_argument("--default-limit", type=int, default=1000)
    parser.add_argument("--max-limit", type=int, default=5000)
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        parser.error(f"{args.directory} is not a directory")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
