"""`make bench-outbox`: the outbox sender against the Bot API double, at scale and under faults.

Three runs, each with a fresh SQLite database, the double in a process of its own and
the sender as the bot runs it (`python bot.py outbox`) in another:

1. 200,000 queued messages at a configured 1,000 messages/s;
2. 10,000 at 30/s (Telegram's free limit);
3. 1,000 at 1,000/s while the double answers 429 (retry_after=2) to 5% of calls and
   403 to 1%.

For each: the achieved rate as a ratio of the configured one (target 0.95 to 1.00),
the most messages the double received in any 1-second window, as a ratio (target: never
above 1.00), and the sender's memory (peak RSS, sampled as the queue drains: flat, not
growing with the queue). The third run checks that every message ended sent, blocked or
failed, none lost and none received twice.

    python -m bench.outbox [--big 200000] [--small 10000] [--faulty 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from aiohttp import ClientSession, web

from bot.clock import Clock
from bot.db import migrate
from bot.db.engine import Database
from bot.services import outbox
from bot.services.outbox import Outgoing

TOKEN = "100000:BENCH-TOKEN"
FIRST_CHAT = 10_000_000
ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.outbox")
    parser.add_argument("--big", type=int, default=200_000, help="messages at 1,000/s")
    parser.add_argument("--small", type=int, default=10_000, help="messages at 30/s")
    parser.add_argument("--faulty", type=int, default=1_000, help="messages under faults")
    parser.add_argument("--serve-double", type=int, metavar="USERS", help=argparse.SUPPRESS)
    parser.add_argument("--faults", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_double is not None:
        asyncio.run(_serve_double(args.serve_double, args.faults))
        return 0
    return asyncio.run(_bench(args))


async def _bench(args: argparse.Namespace) -> int:
    ok = True
    for count, rate, faults in ((args.big, 1000, False), (args.small, 30, False),
                                (args.faulty, 1000, True)):  # fmt: skip
        if count > 0:
            ok = await _run(count, rate, faults) and ok
    return 0 if ok else 1


async def _run(count: int, rate: int, faults: bool) -> bool:
    title = f"{count:,} messages at {rate:,}/s" + (" with 5% 429 and 1% 403" if faults else "")
    print(f"== {title}")
    work = Path(tempfile.mkdtemp(prefix="bench-outbox-"))
    database = Database(f"sqlite+aiosqlite:///{work / 'outbox.db'}")
    await migrate.upgrade(database)
    started = time.perf_counter()
    async with database.write() as session:
        await outbox.enqueue(
            session,
            (Outgoing(FIRST_CHAT + i, f"Announcement {i}", "bench") for i in range(count)),
            Clock().wall(),
        )
    print(f"queued in {time.perf_counter() - started:.1f} s")
    double, url = await _start_double(count, faults)
    env = {
        **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": url,
        "DATABASE_URL": database.url, "OUTBOX_RATE": str(rate), "CATALOG_SYNC_INTERVAL": "0",
    }  # fmt: skip
    sender = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bot.py"), "outbox", cwd=work, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    rss: list[tuple[float, float]] = []  # (share of the queue sent, MB)
    try:
        while True:
            await asyncio.sleep(0.5)
            async with database.read() as session:
                left = await outbox.pending(session)
            rss.append((1 - left / count, _memory(sender.pid, "VmRSS")))
            if left == 0:
                break
        peak = _memory(sender.pid, "VmHWM")
        cpu = _cpu_seconds(sender.pid)
    finally:
        sender.send_signal(signal.SIGTERM)
        await sender.wait()
    async with ClientSession() as http, http.get(f"{url}/bench/received") as answer:
        received = await answer.json()
    double.send_signal(signal.SIGTERM)
    await double.wait()
    async with database.read() as session:
        counts = await outbox.counts(session)
    await database.dispose()
    return _report(count, rate, faults, received, counts, rss, peak, cpu)


def _report(
    count: int, rate: int, faults: bool, received: dict[str, Any], counts: dict[str, int],
    rss: list[tuple[float, float]], peak: float, cpu: float,
) -> bool:  # fmt: skip
    times: list[float] = received["calls"]  # every sendMessage, refused ones included
    ok = True
    if len(times) > 1:
        achieved = (len(times) - 1) / (times[-1] - times[0])
        window = _busiest_second(times)
        print(
            f"achieved rate: {achieved:,.1f} calls/s = {achieved / rate:.3f} of the configured "
            f"{rate:,}/s (target 0.95 to 1.00; under faults, pauses are meant to slow it)"
        )
        print(
            f"busiest 1-second window: {window:,} calls = {window / rate:.3f} of the rate "
            "(target: never above 1.00)"
        )
        ok = ok and window <= rate and (faults or achieved / rate >= 0.95)
        per_call = cpu / len(times)
        print(
            f"sender CPU (startup included): {per_call * 1000:.2f} ms a call, "
            f"{per_call * achieved:.0%} of a core at the rate achieved"
        )
    marks = [f"{share:.0%} sent: {mb:.0f} MB" for share, mb in _spread(rss)]
    print(f"sender RSS as the queue drains: {'; '.join(marks)}; peak {peak:.0f} MB")
    print(f"outcome: {dict(sorted(counts.items()))}")
    texts = Counter(received["texts"])
    twice = sum(1 for n in texts.values() if n > 1)
    settled = sum(counts.get(s, 0) for s in ("sent", "blocked", "failed"))
    lost = count - settled
    print(f"received by the double: {len(texts):,} distinct, {twice} twice; {lost} lost")
    ok = ok and twice == 0 and lost == 0 and counts.get("sent", 0) == len(texts)
    print("PASS" if ok else "FAIL")
    return ok


def _busiest_second(calls: list[float]) -> int:
    """The most sendMessage calls that arrived within any 1-second window."""
    best, start = 0, 0
    for end, at in enumerate(calls):
        while at - calls[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def _spread(samples: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Up to five samples, evenly through the run."""
    if len(samples) <= 5:
        return samples
    step = (len(samples) - 1) / 4
    return [samples[round(i * step)] for i in range(5)]


def _cpu_seconds(pid: int) -> float:
    """A process's CPU time so far (user and system), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _memory(pid: int, field: str) -> float:
    """A process's VmRSS or VmHWM (its peak) in MB, from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


async def _start_double(users: int, faults: bool) -> tuple[asyncio.subprocess.Process, str]:
    """The double in a process of its own; returns it and its URL once it listens."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.outbox", "--serve-double", str(users),
        *(["--faults"] if faults else []), cwd=ROOT, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), timeout=600)
    return process, line.decode().strip()


async def _serve_double(users: int, faults: bool) -> None:
    """Child process: a double with `users` chats; GET /bench/received tells what came."""
    from bot.telegram_double import BotApiDouble
    from bot.telegram_double.faults import Fault

    # The double measures arrival times: a garbage collection pause over its heap of
    # chats would hold requests back and let them in together, a burst the sender
    # never made. It runs for one benchmark, so it may keep its garbage.
    gc.disable()
    double = BotApiDouble(token=TOKEN, check_answers=False)
    for i in range(users):
        double.add_user(FIRST_CHAT + i, f"Buyer {i}")
    if faults:
        double.inject(Fault("sendMessage", retry_after=2, times=None, probability=0.05))
        double.inject(Fault("sendMessage", status=403, times=None, probability=0.01 / 0.95,
                            description="Forbidden: bot was blocked by the user"))  # fmt: skip

    async def received(_: web.Request) -> web.Response:
        calls = [at for at, method, _ in double.arrivals if method == "sendMessage"]
        texts = [m.text for u in double.users for m in u.bot_messages]
        return web.json_response({"calls": calls, "texts": texts}, dumps=json.dumps)

    double.app.router.add_get("/bench/received", received)
    await double.start()
    print(double.url, flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await double.stop()


if __name__ == "__main__":
    sys.exit(main())
