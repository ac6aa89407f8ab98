"""The directory feed keeps the HTTP contract of docs/catalog-feed.md.

The sync client's tests and benchmark trust this server, so its pagination,
increments, ETags, errors and injected faults are checked here over real HTTP.
"""

from __future__ import annotations

import asyncio
import json
import mmap
import random
import re
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from catalog_sync import directory_index
from catalog_sync.directory_feed import FeedFault, FeedServer
from catalog_sync.directory_index import (
    START,
    FeedFile,
    Position,
    decode_cursor,
    encode_cursor,
)
from tests.auxil.wait import until

ROOT = Path(__file__).resolve().parents[2]


def product(number: int, updated_at: str, **extra: Any) -> dict[str, Any]:
    """A small product-shaped record."""
    return {
        "id": f"P{number:08d}",
        "name": {"en": f"Product {number}"},
        **extra,
        "updated_at": updated_at,
    }


def stamp(second: int) -> str:
    """An updated_at `second` seconds after 2026-09-01T00:00:00Z."""
    return f"2026-09-01T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z"


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Write records one per line (as the demo catalog generator does)."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def append_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Append records, as an increment or a tombstone arrives."""
    with path.open("a", encoding="utf-8") as file:
        file.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# 25 products; P5..P9 share one updated_at, so they are ordered by id.
PRODUCTS = [product(n, stamp(10 if 5 <= n <= 9 else n * 2)) for n in range(25)]


@pytest.fixture
def feed_dir(tmp_path: Path) -> Path:
    write_jsonl(tmp_path / "products.jsonl", PRODUCTS)
    write_jsonl(
        tmp_path / "categories.jsonl",
        [
            {
                "id": "lighting",
                "parent_id": None,
                "position": 1,
                "name": {"en": "Lighting"},
                "updated_at": stamp(1),
            }
        ],
    )
    return tmp_path


@pytest.fixture
async def server(feed_dir: Path) -> AsyncIterator[FeedServer]:
    async with FeedServer(feed_dir, default_limit=10, max_limit=20) as running:
        yield running


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as client:
        yield client


class Answer:
    """What a GET returned: status, headers, raw body and (if any) the JSON body."""

    def __init__(self, status: int, headers: Any, body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body
        self.json: Any = json.loads(body) if body and status != 200 else None

    @property
    def page(self) -> dict[str, Any]:
        return json.loads(self.body)

    @property
    def ids(self) -> list[str]:
        return [item["id"] for item in self.page["items"]]


async def get(
    session: aiohttp.ClientSession,
    server: FeedServer,
    kind: str = "products",
    headers: dict[str, str] | None = None,
    timeout: float = 5,
    **params: Any,
) -> Answer:
    url = f"{server.url}/v1/{kind}"
    client_timeout = aiohttp.ClientTimeout(total=timeout)
    async with session.get(url, params=params, headers=headers, timeout=client_timeout) as resp:
        return Answer(resp.status, resp.headers, await resp.read())


async def sync_all(
    session: aiohttp.ClientSession, server: FeedServer, **params: Any
) -> tuple[list[str], str]:
    """Follow next_cursor until has_more is false; returns the ids and the last cursor."""
    ids: list[str] = []
    while True:
        answer = await get(session, server, **params)
        assert answer.status == 200, answer.body
        ids += answer.ids
        params = {key: value for key, value in params.items() if key == "limit"}
        params["cursor"] = answer.page["next_cursor"]
        if not answer.page["has_more"]:
            return ids, answer.page["next_cursor"]


ALL_IDS = [p["id"] for p in PRODUCTS]


# ---------------------------------------------------------------------- pages


async def test_pagination_returns_every_record_once_in_order(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    pages = []
    params: dict[str, Any] = {"limit": 7}
    while True:
        answer = await get(session, server, **params)
        assert answer.status == 200
        assert answer.headers["Content-Type"] == "application/json"
        pages.append(answer.page)
        params["cursor"] = answer.page["next_cursor"]
        if not answer.page["has_more"]:
            break
    assert [len(p["items"]) for p in pages] == [7, 7, 7, 4]
    assert all(p["kind"] == "products" for p in pages)
    assert [item["id"] for p in pages for item in p["items"]] == ALL_IDS
    assert pages[-1]["items"][-1] == PRODUCTS[-1]
    # The last page's cursor points after the last record: an empty page, same cursor.
    after = await get(session, server, cursor=pages[-1]["next_cursor"])
    assert after.page == {
        "kind": "products",
        "items": [],
        "next_cursor": pages[-1]["next_cursor"],
        "has_more": False,
    }
    assert [r.items for r in server.requests] == [7, 7, 7, 4, 0]
    assert server.requests[1].query == {"limit": "7", "cursor": pages[0]["next_cursor"]}


async def test_default_limit_and_limit_bounds(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    assert len((await get(session, server)).ids) == 10  # the server's default_limit
    assert len((await get(session, server, limit=20)).ids) == 20
    assert (await get(session, server, limit=1)).ids == ALL_IDS[:1]
    for bad in ("0", "21", "-1", "1.5", "ten", "", "٣"):
        answer = await get(session, server, limit=bad)
        assert answer.status == 400, bad
        assert answer.json["error"] == "bad_request"
    answer = await get(session, server, limit=["2", "3"])
    assert answer.status == 400


async def test_contract_default_limits(feed_dir: Path, session: aiohttp.ClientSession) -> None:
    write_jsonl(feed_dir / "products.jsonl", [product(n, stamp(n)) for n in range(1200)])
    async with FeedServer(feed_dir) as server:
        assert len((await get(session, server)).ids) == 1000
        assert len((await get(session, server, limit=5000)).ids) == 1200
        assert (await get(session, server, limit=5001)).status == 400


async def test_cursor_resumes_in_a_new_session(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    first = await get(session, server, limit=7)  # ends inside the P5..P9 tie
    assert first.ids == ALL_IDS[:7]
    async with aiohttp.ClientSession() as other:
        rest, _ = await sync_all(other, server, cursor=first.page["next_cursor"], limit=20)
    assert rest == ALL_IDS[7:]


async def test_updated_since_starts_strictly_after_the_instant(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    # P5..P9 are all at stamp(10): updated_since=stamp(10) skips them.
    assert (await get(session, server, updated_since=stamp(10))).ids == ALL_IDS[10:20]
    assert (await get(session, server, updated_since=stamp(9))).ids == ALL_IDS[5:15]
    # The same instant with another offset, and with a fraction.
    assert (await get(session, server, updated_since="2026-09-01T08:00:10+08:00")).ids == (
        ALL_IDS[10:20]
    )
    assert (await get(session, server, updated_since="2026-09-01T00:00:09.5Z")).ids == (
        ALL_IDS[5:15]
    )
    # A cursor wins over updated_since.
    first = await get(session, server, limit=3)
    both = await get(session, server, cursor=first.page["next_cursor"], updated_since=stamp(40))
    assert both.ids == ALL_IDS[3:13]
    for bad in ("yesterday", "2026-09-01T00:00:10", "2026-09-01 00:00:10 00:00"):
        answer = await get(session, server, updated_since=bad)
        assert answer.status == 400, bad


async def test_empty_page_cursor_is_the_requested_position(
    server: FeedServer, session: aiohttp.ClientSession, feed_dir: Path
) -> None:
    past_the_end = await get(session, server, updated_since=stamp(5000))
    assert past_the_end.page["items"] == [] and past_the_end.page["has_more"] is False
    cursor = past_the_end.page["next_cursor"]
    decoded = decode_cursor("products", cursor)
    assert (decoded.updated_at, decoded.id, decoded.skip) == (stamp(5000), "", 0)
    append_jsonl(feed_dir / "products.jsonl", [product(99, stamp(5000)), product(98, stamp(5001))])
    # Records at exactly the updated_since instant stay excluded; later ones come.
    assert (await get(session, server, cursor=cursor)).ids == ["P00000098"]


async def test_missing_file_is_an_empty_feed_until_it_appears(
    server: FeedServer, session: aiohttp.ClientSession, feed_dir: Path
) -> None:
    empty = await get(session, server, "exhibitors")
    assert empty.page == {
        "kind": "exhibitors",
        "items": [],
        "has_more": False,
        "next_cursor": encode_cursor("exhibitors", START),
    }
    write_jsonl(feed_dir / "exhibitors.jsonl", [{"id": "EX1", "updated_at": stamp(3)}])
    assert (await get(session, server, "exhibitors", cursor=empty.page["next_cursor"])).ids == [
        "EX1"
    ]


async def test_appended_records_come_after_the_last_cursor(
    server: FeedServer, session: aiohttp.ClientSession, feed_dir: Path
) -> None:
    ids, cursor = await sync_all(session, server, limit=20)
    assert ids == ALL_IDS
    increment = [
        product(3, stamp(100)),
        {"id": "P00000004", "deleted": True, "updated_at": stamp(100)},
    ]
    append_jsonl(feed_dir / "products.jsonl", increment)
    answer = await get(session, server, cursor=cursor)
    assert answer.page["items"] == increment and answer.page["has_more"] is False
    assert (await get(session, server, cursor=answer.page["next_cursor"])).ids == []


async def test_rewritten_file_is_reindexed(
    server: FeedServer, session: aiohttp.ClientSession, feed_dir: Path
) -> None:
    _, cursor = await sync_all(session, server, limit=20)
    path = feed_dir / "products.jsonl"
    # In place, another size: an increment file replacing the old one.
    write_jsonl(path, [product(30, stamp(200)), product(31, stamp(201))])
    assert (await get(session, server, cursor=cursor)).ids == ["P00000030", "P00000031"]
    assert (await get(session, server)).ids == ["P00000030", "P00000031"]
    # Same size, swapped in by rename (a new inode): still noticed.
    replacement = path.with_suffix(".tmp")
    write_jsonl(replacement, [product(40, stamp(200)), product(41, stamp(201))])
    replacement.replace(path)
    assert (await get(session, server)).ids == ["P00000040", "P00000041"]


async def test_blank_lines_and_crlf_are_tolerated(
    server: FeedServer, session: aiohttp.ClientSession, feed_dir: Path
) -> None:
    lines = [json.dumps(product(n, stamp(n))) for n in range(6)]
    text = "\n" + lines[0] + "\r\n\r\n" + "\n".join(lines[1:4]) + "\n   \n" + "\n".join(lines[4:])
    (feed_dir / "products.jsonl").write_text(text + "\n\n")
    first = await get(session, server, limit=4)
    assert first.ids == [f"P{n:08d}" for n in range(4)]
    rest = await get(session, server, cursor=first.page["next_cursor"])
    assert rest.ids == ["P00000004", "P00000005"] and rest.page["has_more"] is False


ENVELOPE = re.compile(
    rb'{"kind":"products","items":\[(.*)\],"next_cursor":"([^"]*)","has_more":(true|false)}',
    re.DOTALL,
)


def envelope(body: bytes) -> tuple[bytes, str, bool]:
    """A page's raw items, next_cursor and has_more, even when the items are not JSON."""
    found = ENVELOPE.fullmatch(body)
    assert found is not None, body[:200]
    return found.group(1), found.group(2).decode(), found.group(3) == b"true"


async def test_broken_lines_are_served_verbatim_and_stepped_over(
    server: FeedServer, session: aiohttp.ClientSession, feed_dir: Path
) -> None:
    lines = [
        "not json {",
        json.dumps(product(0, stamp(0))),
        json.dumps(product(1, stamp(1))),
        '"just a string"',
        json.dumps({"name": {"en": "no id"}, "updated_at": stamp(1)}),
        json.dumps(product(2, stamp(2))),
        '{"id": "P00000009", "name": {"en": "cut',
    ]
    path = feed_dir / "products.jsonl"
    path.write_text("\n".join(lines) + "\n")
    for limit in (1, 2, 3, 20):
        served: list[bytes] = []
        cursor, more = None, True
        while more:
            params: dict[str, Any] = {"limit": limit} | ({"cursor": cursor} if cursor else {})
            answer = await get(session, server, **params)
            assert answer.status == 200
            items, cursor, more = envelope(answer.body)
            served.append(items)
        assert b",".join(served) == ",".join(lines).encode(), limit
    append_jsonl(path, [product(3, stamp(3))])
    assert (await get(session, server, cursor=cursor)).ids == ["P00000003"]
    # A rewrite that drops the broken tail does not skip the records now there.
    path.write_text("\n".join([*lines[:-1], json.dumps(product(4, stamp(4)))]) + "\n")
    assert (await get(session, server, cursor=cursor)).ids == ["P00000004"]


def test_index_across_mapping_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines straddling, filling or outgrowing the indexing window are all found."""
    monkeypatch.setattr(directory_index, "_INDEX_WINDOW", mmap.ALLOCATIONGRANULARITY)
    chance = random.Random(7)
    records = [
        product(n, stamp(n), note="x" * chance.choice([0, 1, 50, 3000, 9000, 20000]))
        for n in range(60)
    ]
    chunks = []
    for record in records:
        chunks.append(json.dumps(record) + chance.choice(["\n", "\r\n", "\n\n", "\n \n"]))
    path = tmp_path / "products.jsonl"
    path.write_text("".join(chunks).rstrip())  # no newline after the last record
    feed = FeedFile(path)
    try:
        assert len(feed) == len(records)
        assert [feed.position_after(n).id for n in range(len(records))] == [
            r["id"] for r in records
        ]
        items, last, stop = feed.page(0, 100)
        assert json.loads(b"[" + items + b"]") == records and stop == len(records)
        assert last is not None and last.id == records[-1]["id"]
    finally:
        feed.close()


# ---------------------------------------------------------------------- ETag


async def test_etag_gives_304_until_the_file_changes(
    server: FeedServer, session: aiohttp.ClientSession, feed_dir: Path
) -> None:
    first = await get(session, server, limit=5)
    etag = first.headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 2
    again = await get(session, server, headers={"If-None-Match": etag}, limit=5)
    assert again.status == 304 and again.body == b"" and again.headers["ETag"] == etag
    assert server.requests[-1].headers["If-None-Match"] == etag
    assert server.requests[-1].status == 304
    listed = await get(session, server, headers={"If-None-Match": f'"x", W/{etag}'}, limit=5)
    assert listed.status == 304
    # Another position or limit is another page.
    other = await get(session, server, headers={"If-None-Match": etag}, limit=6)
    assert other.status == 200 and other.headers["ETag"] != etag
    append_jsonl(feed_dir / "products.jsonl", [product(77, stamp(300))])
    changed = await get(session, server, headers={"If-None-Match": etag}, limit=5)
    assert changed.status == 200 and changed.headers["ETag"] != etag
    assert changed.ids == ALL_IDS[:5]


# ---------------------------------------------------------------------- errors


async def test_api_key_is_required_when_configured(
    feed_dir: Path, session: aiohttp.ClientSession
) -> None:
    async with FeedServer(feed_dir, api_key="s3cret") as server:
        assert (await get(session, server)).status == 401
        wrong = await get(session, server, headers={"X-API-Key": "guess"})
        assert wrong.status == 401 and wrong.json["error"] == "unauthorized"
        right = await get(session, server, headers={"X-API-Key": "s3cret"})
        assert right.status == 200 and len(right.ids) == 25
        assert server.requests[-1].headers["X-API-Key"] == "s3cret"


async def test_unknown_kind_is_404(server: FeedServer, session: aiohttp.ClientSession) -> None:
    answer = await get(session, server, "buyers")
    assert answer.status == 404 and answer.json["error"] == "not_found"
    assert server.requests[-1].kind == "buyers" and server.requests[-1].status == 404


async def test_bad_cursors_are_400(server: FeedServer, session: aiohttp.ClientSession) -> None:
    categories = await get(session, server, "categories")
    for bad in (
        "not base64!",
        "QQ",
        "",
        encode_cursor("products", START) + "A",
        categories.page["next_cursor"],
    ):
        answer = await get(session, server, cursor=bad)
        assert answer.status == 400, bad
        assert answer.json["error"] == "bad_request"


# ---------------------------------------------------------------------- faults


async def test_status_fault_hits_times_requests_then_normal(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    fault = server.inject(FeedFault(status=500, times=2))
    for _ in range(2):
        answer = await get(session, server)
        assert answer.status == 500 and answer.json["error"] == "injected_fault"
    assert (await get(session, server)).status == 200
    assert fault.hits == 2 and fault.exhausted
    assert [r.status for r in server.requests] == [500, 500, 200]
    assert server.requests[0].fault is fault and server.requests[2].fault is None


async def test_kind_specific_fault(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.inject(FeedFault(kind="products", status=503))
    assert (await get(session, server, "categories")).status == 200
    assert (await get(session, server, "products")).status == 503
    assert (await get(session, server, "products")).status == 200


async def test_429_carries_retry_after(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.inject(FeedFault(status=429, retry_after=0.5))
    server.inject(FeedFault(status=429))
    first, second = await get(session, server), await get(session, server)
    assert (first.status, first.headers["Retry-After"]) == (429, "0.5")
    assert (second.status, second.headers["Retry-After"]) == (429, "1")


async def test_forever_fault_until_cleared(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.inject(FeedFault(status=503, times=None, retry_after=2))
    for _ in range(4):
        answer = await get(session, server)
        assert answer.status == 503 and answer.headers["Retry-After"] == "2"
    server.clear_faults()
    assert (await get(session, server)).status == 200


async def test_delay_provokes_a_client_timeout(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.inject(FeedFault(delay=5))
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        await get(session, server, timeout=0.2)
    assert time.monotonic() - started < 2
    assert (await get(session, server)).status == 200
    # the cancelled request is recorded as the handler unwinds, soon on a busy machine
    await until(lambda: len(server.requests) == 2, what="both requests recorded")
    assert sorted(r.status for r in server.requests) == [200, 499]
    server.inject(FeedFault(delay=0.2))
    started = time.monotonic()
    assert (await get(session, server)).status == 200
    assert time.monotonic() - started >= 0.2


async def test_stop_cuts_a_delay_short(feed_dir: Path, session: aiohttp.ClientSession) -> None:
    server = FeedServer(feed_dir)
    await server.start()
    server.inject(FeedFault(delay=60))
    pending = asyncio.create_task(get(session, server, timeout=30))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await server.stop()
    assert time.monotonic() - started < 3
    answer = await pending
    assert answer.status == 200  # answered at once rather than after the delay


async def test_malformed_body(server: FeedServer, session: aiohttp.ClientSession) -> None:
    etag = (await get(session, server)).headers["ETag"]
    server.inject(FeedFault(malformed=True))
    answer = await get(session, server, headers={"If-None-Match": etag})
    assert answer.status == 200 and answer.headers["Content-Type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.body)
    assert (await get(session, server, headers={"If-None-Match": etag})).status == 304


async def test_truncated_body(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.inject(FeedFault(kind="products", truncate=True))
    with pytest.raises(aiohttp.ClientPayloadError):
        await get(session, server)
    assert (await get(session, server)).ids == ALL_IDS[:10]


async def test_a_fixed_next_cursor(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.inject(FeedFault(next_cursor="c0ffee", times=2))
    for _ in range(2):
        page = (await get(session, server, limit=20)).page
        assert (page["next_cursor"], page["has_more"]) == ("c0ffee", True)
        assert [item["id"] for item in page["items"]] == ALL_IDS[:20]
    assert (await get(session, server, limit=20)).page["next_cursor"] != "c0ffee"


async def test_a_padded_page_is_streamed_without_a_length(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.inject(FeedFault(padding=200_000))
    async with session.get(f"{server.url}/v1/products") as resp:
        assert resp.content_length is None and resp.headers["Transfer-Encoding"] == "chunked"
        body = await resp.read()
    assert len(body) > 200_000 and [i["id"] for i in json.loads(body)["items"]] == ALL_IDS[:10]


async def test_a_redirect_keeps_the_path_and_query(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    server.inject(FeedFault(redirect="http://elsewhere.example:8443"))
    async with session.get(
        f"{server.url}/v1/products", params={"limit": 3}, allow_redirects=False
    ) as resp:
        assert resp.status == 307
        assert resp.headers["Location"] == "http://elsewhere.example:8443/v1/products?limit=3"
    assert server.requests[-1].status == 307


# ---------------------------------------------------------------------- scale, CLI


async def test_a_middle_page_of_a_200000_line_file_is_fast(
    tmp_path: Path, session: aiohttp.ClientSession
) -> None:
    lines = [
        f'{{"id":"P{n:08d}","exhibitor_id":"EX{n % 997:06d}","name":{{"en":"Item {n}"}},'
        f'"updated_at":"{stamp(n // 3)}"}}\n'
        for n in range(200_000)
    ]
    (tmp_path / "products.jsonl").write_text("".join(lines))
    async with FeedServer(tmp_path) as server:  # indexes on start
        cursor = encode_cursor("products", Position(stamp(123_456 // 3), "P00123456"))
        await get(session, server, limit=10)  # a warm connection
        started = time.perf_counter()
        answer = await get(session, server, cursor=cursor, limit=1000)
        elapsed = time.perf_counter() - started
    assert answer.ids == [f"P{n:08d}" for n in range(123_457, 124_457)]
    assert elapsed < 0.05, elapsed


async def test_command_line_serves_until_interrupted(
    feed_dir: Path, session: aiohttp.ClientSession
) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "catalog_sync.directory_feed",
        str(feed_dir),
        "--port",
        "0",
        "--api-key",
        "k",
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        url = (await asyncio.wait_for(process.stdout.readline(), 10)).decode().strip()
        assert url.startswith("http://127.0.0.1:")
        async with session.get(f"{url}/v1/products", headers={"X-API-Key": "k"}) as resp:
            assert resp.status == 200
            assert len((await resp.json())["items"]) == 25
        process.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(process.wait(), 10) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
