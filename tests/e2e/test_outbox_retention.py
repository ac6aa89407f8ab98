"""The running bot prunes what its outbox sent longer ago than OUTBOX_RETENTION_DAYS."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.config import Settings
from bot.db.outbox import SENT, OutboxMessage
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from tests.auxil.cli import bot_command
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.environment import TEST_ENV
from tests.auxil.running import running_bot
from tests.auxil.talk import TIMEOUT


def sent(text: str, days_ago: float) -> OutboxMessage:
    at = datetime.now(UTC) - timedelta(days=days_ago)
    return OutboxMessage(
        chat_id=1, kind="handoff", text=text, status=SENT, attempts=0, not_before=at,
        created_at=at, sent_at=at,
    )  # fmt: skip


async def pruned(deps: Deps) -> None:
    """Wait until the eight days old message is gone and the six days old one is left."""
    async with asyncio.timeout(TIMEOUT):
        while True:
            async with deps.db.read() as session:
                left = set((await session.execute(select(OutboxMessage.text))).scalars())
            if left == {"six days old"}:
                return
            await asyncio.sleep(0.05)


async def test_the_running_bot_prunes_sent_messages_past_the_retention(
    double: BotApiDouble, deps: Deps
) -> None:
    env = {**TEST_ENV, "DATABASE_URL": deps.db.url, "OUTBOX_RETENTION_DAYS": "7"}
    deps = replace(deps, settings=Settings.from_env(env, env_file=None))
    async with deps.db.write() as session:
        session.add_all([sent("eight days old", 8), sent("six days old", 6)])
    async with running_bot(deps, double):
        await pruned(deps)


async def test_a_sender_process_prunes_too(
    double: BotApiDouble, deps: Deps, tmp_path: Path
) -> None:
    async with deps.db.write() as session:
        session.add_all([sent("eight days old", 8), sent("six days old", 6)])
    days = {"OUTBOX_RETENTION_DAYS": "7"}
    async with bot_command("outbox", deps, double.url, TOKEN, tmp_path, **days) as run:
        await pruned(deps)
    assert run.process.returncode == 0, run.output
    assert "pruned 1 outbox messages" in run.output and TOKEN not in run.output, run.output
