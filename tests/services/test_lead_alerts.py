"""Lead alerts: one per new or newly hot lead, an hour apart at most, or a digest; both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from bot.db.engine import Database
from bot.db.handoff import Staff
from bot.db.outbox import OutboxMessage
from bot.domain import AlertMode, InterestKind, LeadAlert, LeadLevel, StaffRole
from bot.errors import NotStaff
from bot.services import exhibitor_settings, lead_alerts, leads, users
from bot.services.lead_views import LeadView
from bot.services.outbox import Buttons
from tests.auxil.handoff import ANA, BEN, LI, NOW, WANG, ZHOU, db, link_staff

__all__ = ["db"]

K = InterestKind
SHANGHAI = ZoneInfo("Asia/Shanghai")


def render(language: str | None, view: LeadView, alert: LeadAlert) -> tuple[str, Buttons | None]:
    return f"{language} {alert.value} {view.full_name} {view.score}", [[("Open", "x")]]


def digest(language: str | None, levels: dict[LeadLevel, int]) -> tuple[str, Buttons | None]:
    return f"{language} digest " + " ".join(
        f"{k.value}={v}" for k, v in sorted(levels.items())
    ), None


async def _record(db: Database, buyer: int, kind: InterestKind, at: datetime) -> None:
    async with db.write() as s:
        await leads.record(s, buyer, "EX0002", kind, at)


async def _instant(db: Database, at: datetime, only: set[tuple[int, str]] | None = None) -> int:
    async with db.write() as s:
        return await lead_alerts.queue_instant(s, render, at, NOW, only)


async def _queued(db: Database) -> list[tuple[int, str, int | None]]:
    async with db.read() as s:
        rows = await s.execute(
            select(OutboxMessage.chat_id, OutboxMessage.text, OutboxMessage.about_user_id)
            .where(OutboxMessage.kind == "lead")
            .order_by(OutboxMessage.id)
        )
    return [(chat, text, about) for chat, text, about in rows.all()]


async def test_a_new_lead_alerts_every_member_once_in_their_language(db: Database) -> None:
    for member in (LI, WANG):
        await link_staff(db, member, "EX0002")
    await link_staff(db, ZHOU, "EX0001")
    async with db.write() as s:
        await users.set_language(s, WANG, "zh_Hans", NOW)
    await _record(db, BEN, K.MEETING, NOW)
    await _record(db, ANA, K.VIEWED, NOW)
    assert await _instant(db, NOW, {(BEN, "EX0002")}) == 0, "no alert without consent"
    assert await _instant(db, NOW, set()) == 0
    assert await _instant(db, NOW) == 2
    assert await _instant(db, NOW) == 0
    assert await _queued(db) == [(LI, "en new Ana 1", ANA), (WANG, "zh_Hans new Ana 1", ANA)]


async def test_the_transaction_that_marks_an_alert_can_queue_it_at_once(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        await leads.record(s, BEN, "EX0002", K.MEETING, NOW)
        await leads.record(s, ANA, "EX0001", K.SEARCHED, NOW)
        assert leads.marked(s) == set()
        await leads.record(s, ANA, "EX0002", K.VIEWED, NOW)
        assert leads.marked(s) == {(ANA, "EX0002")}
        assert await lead_alerts.queue_instant(s, render, NOW, NOW, leads.marked(s)) == 1
    async with db.write() as s:
        assert leads.marked(s) == set(), "a new transaction starts with none"
    assert await _queued(db) == [(LI, "en new Ana 1", ANA)]


async def test_at_most_one_alert_per_lead_an_hour_and_hot_follows(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await _record(db, ANA, K.VIEWED, NOW)
    assert await _instant(db, NOW) == 1
    await _record(db, ANA, K.SAVED, NOW + timedelta(minutes=5))
    assert await _instant(db, NOW + timedelta(minutes=5)) == 0, "warmer is no news"
    await _record(db, ANA, K.MEETING, NOW + timedelta(minutes=10))
    assert await _instant(db, NOW + timedelta(minutes=10)) == 0, "hot, but within the hour"
    assert await _instant(db, NOW + timedelta(minutes=59)) == 0
    assert await _instant(db, NOW + timedelta(minutes=60)) == 1
    await _record(db, ANA, K.TALK, NOW + timedelta(hours=2))
    assert await _instant(db, NOW + timedelta(hours=2)) == 0, "hot already announced"
    assert [text for _, text, _ in await _queued(db)] == ["en new Ana 1", "en hot Ana 10"]


async def test_a_digest_counts_the_leads_marked_before_its_period(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        await exhibitor_settings.change(s, "EX0002", NOW, lead_alerts=AlertMode.DIGEST)
    await _record(db, ANA, K.MEETING, NOW)
    assert await _instant(db, NOW) == 0, "digest exhibitors get no instant alerts"
    since = lead_alerts.digest_start(NOW + timedelta(hours=4), SHANGHAI, 4)
    assert since == NOW + timedelta(hours=2)
    async with db.write() as s:
        assert await lead_alerts.queue_digests(s, digest, NOW, NOW, NOW) == 0, "marked after"
        assert await lead_alerts.queue_digests(s, digest, since, NOW, since) == 1
        assert await lead_alerts.queue_digests(s, digest, since, NOW, since) == 0
    await _record(db, ANA, K.SAVED, since + timedelta(minutes=1))
    await _record(db, ANA, K.SAVED, since + timedelta(minutes=2))
    async with db.write() as s:
        assert await lead_alerts.queue_digests(s, digest, since, NOW, since) == 0, (
            "hot since: the next one"
        )
    assert await _queued(db) == [(LI, "en digest warm=1", None)]


def test_digest_periods_start_at_eight_on_the_fair_clock() -> None:
    ten_in_shanghai = datetime(2026, 10, 15, 2, 0, tzinfo=UTC)
    assert lead_alerts.digest_start(ten_in_shanghai, SHANGHAI, 24) == datetime(
        2026, 10, 15, 0, 0, tzinfo=UTC
    )
    three_in_shanghai = datetime(2026, 10, 14, 19, 0, tzinfo=UTC)
    assert lead_alerts.digest_start(three_in_shanghai, SHANGHAI, 24) == datetime(
        2026, 10, 14, 0, 0, tzinfo=UTC
    )
    assert lead_alerts.digest_start(three_in_shanghai, SHANGHAI, 6) == datetime(
        2026, 10, 14, 18, 0, tzinfo=UTC
    )


async def test_only_a_manager_chooses_how_alerts_come(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, WANG, "EX0002")
    async with db.write() as s:
        await s.execute(
            update(Staff).where(Staff.telegram_id == WANG).values(role=StaffRole.MANAGER)
        )
    with pytest.raises(NotStaff):
        async with db.write() as s:
            await lead_alerts.choose(s, LI, AlertMode.DIGEST, NOW)
    with pytest.raises(NotStaff):
        async with db.write() as s:
            await lead_alerts.choose(s, BEN, AlertMode.DIGEST, NOW)
    async with db.write() as s:
        assert await lead_alerts.mode(s, LI) == AlertMode.INSTANT
        await lead_alerts.choose(s, WANG, AlertMode.DIGEST, NOW)
    async with db.read() as s:
        assert await lead_alerts.mode(s, LI) == AlertMode.DIGEST
        assert (await exhibitor_settings.get(s, "EX0001")).lead_alerts == AlertMode.INSTANT
