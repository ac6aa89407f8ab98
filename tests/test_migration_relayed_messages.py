"""Migration 0012 on both engines: relays sent before it still route replies to their talk."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, select, text

from bot.db import migrate
from bot.db.catalog import Exhibitor
from bot.db.engine import Database
from bot.db.handoff import HandoffThread, RelayedMessage
from bot.db.models import Buyer, User
from bot.db.outbox import OutboxMessage
from bot.domain import ThreadStatus

NOW = datetime(2026, 10, 15, 2, 0, tzinfo=UTC)
BUYER, STAFF = 1, 11
OLD_RELAY = (
    "INSERT INTO outbox (chat_id, kind, text, status, attempts, not_before, created_at, ref, "
    "telegram_message_id) VALUES (:chat, 'handoff', 'hi', :status, 0, :at, :at, :ref, :sent_as)"
)


async def _a_talk(database: Database) -> int:
    async with database.write() as s:
        s.add(
            User(
                telegram_id=BUYER,
                language="en",
                language_chosen=False,
                created_at=NOW,
                updated_at=NOW,
            )
        )
        s.add(
            Exhibitor(
                id="EX1",
                name={"en": "Maker"},
                country="CN",
                description={},
                main_products=[],
                meetings=False,
                chat=True,
                updated_at=NOW,
                sync_run=1,
            )
        )
        await s.flush()
        s.add(
            Buyer(
                telegram_id=BUYER,
                buyer_code="CF1",
                full_name="Ana",
                company="Ana Co",
                country="ES",
                timezone="Europe/Madrid",
                email="ana@example.es",
                interests=[],
                consent_share=True,
                registered_at=NOW,
                updated_at=NOW,
            )
        )
        await s.flush()
        thread = HandoffThread(
            buyer_id=BUYER,
            exhibitor_id="EX1",
            product_id="P1",
            status=ThreadStatus.OPEN,
            owner_id=STAFF,
            created_at=NOW,
        )
        s.add(thread)
        await s.flush()
        return thread.id


async def test_thread_refs_become_thread_ids_and_sent_relays_keep_routing(
    database: Database,
) -> None:
    thread_id = await _a_talk(database)
    async with database.engine.begin() as connection:
        await connection.run_sync(lambda sync: _downgrade(sync, "0012_flow_state"))
        for chat, status, ref, sent_as in (
            (STAFF, "sent", f"thread:{thread_id}", 500),  # a lead alert staff may reply to
            (BUYER, "sent", f"thread:{thread_id}", 42),
            (STAFF, "queued", f"thread:{thread_id}", None),  # sent after the upgrade
            (STAFF, "sent", f"thread:{thread_id + 1}", 501),  # a talk since forgotten
            (STAFF, "sent", None, 502),  # a reminder
        ):
            await connection.execute(
                text(OLD_RELAY),
                {"chat": chat, "status": status, "at": NOW, "ref": ref, "sent_as": sent_as},
            )
    await migrate.upgrade(database)
    async with database.read() as s:
        relayed = (await s.execute(select(RelayedMessage))).scalars().all()
        talks = await s.execute(select(OutboxMessage.thread_id).order_by(OutboxMessage.id))
        assert sorted((r.chat_id, r.message_id, r.thread_id) for r in relayed) == [
            (BUYER, 42, thread_id),
            (STAFF, 500, thread_id),
        ]
        assert list(talks.scalars()) == [thread_id, thread_id, thread_id, thread_id + 1, None]


def _downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(migrate.alembic_config(connection), revision)
