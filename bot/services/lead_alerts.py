"""Lead alerts to an exhibitor's staff: one per lead as it comes, or a digest.

`bot.services.leads.record` marks the alert a lead is owed (it became a lead, or it
turned hot) in the transaction that records the interest. Here the marks become
outbox messages to every linked member, in each one's language, and are settled in
the same transaction, so an alert is queued once, or not at all if that
transaction fails and the mark stays for the next try:
- exhibitors who chose instant alerts (the default) get them right away (the
  handler that recorded the interest queues them in its own transaction) and at
  most one per lead an hour: a lead alerted less than ALERT_GAP ago keeps its mark
  until the gap has passed, and the alert job queues it then;
- exhibitors who chose a digest get one message per period (`digest_start`)
  counting the leads marked before the period began, by level. It names no one
  (one message cannot carry several buyers' data and still be deleted with each
  one's by /forget): /leads shows who they are.
Dedupe keys name the member, the lead and the hour (the digest's period), so a
retry never queues one twice. Alerts carry the buyer's data: `about` names them,
and /forget deletes what was not sent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from datetime import UTC, datetime, timedelta, tzinfo
from functools import partial

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.exhibitor_side import ExhibitorSettings
from bot.db.leads import Lead
from bot.db.models import Buyer
from bot.db.outbox import OutboxMessage
from bot.domain import AlertMode, LeadAlert, LeadLevel, StaffRole
from bot.errors import NotStaff
from bot.services import exhibitor_settings, lead_views, leads, outbox, staff, users
from bot.services.lead_views import LeadView
from bot.services.outbox import Buttons, Outgoing

KIND = "lead"  # the outbox kind of alerts and digests
ALERT_GAP = timedelta(hours=1)
BATCH = 200
DIGEST_HOUR = 8  # the first digest of a fair-clock day starts then

#: An alert as a member reads it: (their language, the lead, new or hot) -> text, buttons.
RenderAlert = Callable[[str | None, LeadView, LeadAlert], tuple[str, Buttons | None]]
#: A digest: (their language, how many leads of each level it counts).
RenderDigest = Callable[[str | None, dict[LeadLevel, int]], tuple[str, Buttons | None]]


async def queue_instant(
    session: AsyncSession,
    render: RenderAlert,
    now: datetime,
    wall: datetime,
    only: Collection[tuple[int, str]] | None = None,
    limit: int = BATCH,
) -> int:
    """Queue the instant alerts due `now` (of the (buyer, exhibitor) pairs `only` names,
    when given: none, no query); returns how many messages were queued. `wall` is the
    outbox's time (`Clock.wall`)."""
    if only is not None and not only:
        return 0
    instant = or_(
        ExhibitorSettings.lead_alerts.is_(None), ExhibitorSettings.lead_alerts == AlertMode.INSTANT
    )
    query = (
        _marked()
        .where(instant, or_(Lead.alerted_at.is_(None), Lead.alerted_at <= now - ALERT_GAP))
        .order_by(Lead.alert_marked_at, Lead.buyer_id, Lead.exhibitor_id)
        .limit(limit)
    )
    if only is not None:
        buyers, exhibitors = {pair[0] for pair in only}, {pair[1] for pair in only}
        query = query.where(Lead.buyer_id.in_(buyers), Lead.exhibitor_id.in_(exhibitors))
    queued = 0
    hour = int(now.timestamp()) // 3600
    for buyer, exhibitor, alert in (await session.execute(query)).all():
        assert alert is not None  # `_marked` selects marked leads only
        if only is not None and (buyer, exhibitor) not in only:
            continue
        if not await leads.clear_alert(session, (buyer, exhibitor), alert, now):
            continue  # another process queued it
        view = await lead_views.view_of(session, exhibitor, buyer)
        if view is None:
            continue
        letter = partial(_alert, render, view=view, alert=alert)
        key = f"ld:{alert.value}:{buyer}:{exhibitor}:{hour}"
        queued += await _to_members(session, exhibitor, letter, key, buyer, wall)
    return queued


async def mode(session: AsyncSession, staff_id: int) -> AlertMode:
    """How the member's exhibitor gets lead alerts (any member may see it)."""
    member = await staff.require(session, staff_id)
    return (await exhibitor_settings.get(session, member.exhibitor_id)).lead_alerts


async def choose(
    session: AsyncSession, staff_id: int, chosen: AlertMode, now: datetime
) -> AlertMode:
    """A manager chooses how their exhibitor gets lead alerts; NotStaff for anyone else."""
    member = await staff.require(session, staff_id)
    if member.role != StaffRole.MANAGER:
        raise NotStaff()
    await exhibitor_settings.change(session, member.exhibitor_id, now, lead_alerts=chosen)
    return chosen


def digest_start(now: datetime, zone: tzinfo, hours: int) -> datetime:
    """When the current digest period began: every `hours` from DIGEST_HOUR, fair clock."""
    local = now.astimezone(zone)
    start = local.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    if start > local:
        start -= timedelta(days=1)
    period = timedelta(hours=hours)
    return (start + (local - start) // period * period).astimezone(UTC)


async def queue_digests(
    session: AsyncSession, render: RenderDigest, now: datetime, wall: datetime, since: datetime
) -> int:
    """Queue the digest of the period that began at `since` to the staff of each exhibitor
    that chose digests and has leads marked before then; returns how many were queued."""
    query = (
        _marked()
        .where(ExhibitorSettings.lead_alerts == AlertMode.DIGEST, Lead.alert_marked_at < since)
        .order_by(Lead.exhibitor_id, Lead.alert_marked_at, Lead.buyer_id)
    )
    pending: dict[str, list[tuple[int, LeadAlert]]] = defaultdict(list)
    for buyer, exhibitor, alert in (await session.execute(query)).all():
        assert alert is not None
        pending[exhibitor].append((buyer, alert))
    queued = 0
    for exhibitor, marked in pending.items():
        key = f"ldd:{exhibitor}:{int(since.timestamp())}"
        if await _queued_already(session, exhibitor, key):
            continue  # marked since this period's digest: they wait for the next one
        levels: dict[LeadLevel, int] = defaultdict(int)
        for buyer, alert in marked:
            if await leads.clear_alert(session, (buyer, exhibitor), alert, now):
                view = await lead_views.view_of(session, exhibitor, buyer)
                if view is not None:
                    levels[view.level] += 1
        if levels:
            letter = partial(_digest, render, levels=dict(levels))
            queued += await _to_members(session, exhibitor, letter, key, None, wall)
    return queued


def _alert(
    render: RenderAlert, language: str | None, view: LeadView, alert: LeadAlert
) -> tuple[str, Buttons | None]:
    return render(language, view, alert)


def _digest(
    render: RenderDigest, language: str | None, levels: dict[LeadLevel, int]
) -> tuple[str, Buttons | None]:
    return render(language, levels)


def _marked() -> Select[int, str, LeadAlert | None]:
    """Leads with an alert marked whose buyer (still) consents, with their exhibitor's mode."""
    return (
        select(Lead.buyer_id, Lead.exhibitor_id, Lead.alert)
        .join(Buyer, Buyer.telegram_id == Lead.buyer_id)
        .outerjoin(ExhibitorSettings, ExhibitorSettings.exhibitor_id == Lead.exhibitor_id)
        .where(Lead.alert.is_not(None), Buyer.consent_share.is_(True))
    )


async def _queued_already(session: AsyncSession, exhibitor_id: str, key: str) -> bool:
    members = await staff.member_ids(session, exhibitor_id)
    keys = [f"{key}:{member}" for member in members]
    found = await session.execute(
        select(OutboxMessage.id).where(OutboxMessage.dedupe_key.in_(keys)).limit(1)
    )
    return found.first() is not None


async def _to_members(
    session: AsyncSession,
    exhibitor_id: str,
    letter: Callable[[str | None], tuple[str, Buttons | None]],
    key: str,
    about: int | None,
    wall: datetime,
) -> int:
    """Queue a message to every linked member who has not blocked the bot."""
    messages = []
    for member in await staff.member_ids(session, exhibitor_id):
        language, blocked = await users.reader(session, member)
        if blocked:
            continue
        text, buttons = letter(language)
        messages.append(
            Outgoing(member, text, KIND, dedupe_key=f"{key}:{member}", buttons=buttons,
                     about=about)
        )  # fmt: skip
    return await outbox.enqueue(session, messages, wall)
