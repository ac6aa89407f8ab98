"""/forget: everything the bot holds about a person goes, in one transaction.

Where a buyer's personal data lives, and how it goes:
- buyers: the registration, deleted; with it (ON DELETE CASCADE) their check-ins,
  reward grants, and conversations with staff (threads, their messages, and which
  relayed message was whose);
- meetings: deleted, which frees their slots for other buyers;
- saved_products, searches (the search log names only consenting buyers): deleted;
- leads, lead_events and (with their lead) lead_notes: deleted, so the exhibitors'
  lists, counts and exports forget them;
- outbox: every message to them, and every message to staff carrying their data
  (lead alerts, relayed messages: `about_user_id`), whatever its status; and the
  ids of messages relayed to them in others' talks (they were staff, say);
- flow_states (a registration draft, say) and the users row itself (their
  Telegram id, language, where they came from), unless they are also exhibitor
  staff: their staff link is the exhibitor's, and organizers end it.
A talk a staff member was having with them is over; the caller tells that
member. The bot creates a bare users row again when the person next writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import SavedProduct, Search
from bot.db.handoff import RelayedMessage, Staff
from bot.db.leads import Lead, LeadEvent
from bot.db.meetings import Meeting
from bot.db.models import Buyer, User
from bot.db.statements import affected
from bot.domain import ThreadStatus
from bot.services import flow_state, handoff, retention


@dataclass(frozen=True)
class Forgotten:
    """What /forget did: `deleted` is False when there was no personal data to delete;
    `ended` is the live talk it ended, whose staff member (`owner_id`) should be told."""

    deleted: bool
    ended: handoff.Thread | None


async def forget(session: AsyncSession, telegram_id: int) -> Forgotten:
    """Delete the person's data everywhere (see the module doc)."""
    talk = await handoff.buyer_thread(session, telegram_id)
    live = talk is not None and talk.status == ThreadStatus.OPEN and talk.owner_id
    ended = talk if live else None
    await retention.forget(session, telegram_id)
    await session.execute(delete(RelayedMessage).where(RelayedMessage.chat_id == telegram_id))
    await session.execute(delete(Meeting).where(Meeting.telegram_id == telegram_id))
    await session.execute(delete(LeadEvent).where(LeadEvent.buyer_id == telegram_id))
    await session.execute(delete(Lead).where(Lead.buyer_id == telegram_id))
    counted = 0
    for table, column in (
        (Buyer, Buyer.telegram_id),
        (SavedProduct, SavedProduct.telegram_id),
        (Search, Search.telegram_id),
    ):
        found = await session.execute(delete(table).where(column == telegram_id))
        counted += affected(found)
    counted += await flow_state.end(session, telegram_id)
    if await session.get(Staff, telegram_id) is None:
        await session.execute(delete(User).where(User.telegram_id == telegram_id))
    return Forgotten(counted > 0, ended)
