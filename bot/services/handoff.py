"""Live talks: a buyer's thread with an exhibitor's staff about one product.

Every state change is one conditional UPDATE, so the database settles races:
the buyer's first message moves a thread from `new` to `waiting` once (one
lead alert), and of several staff tapping Claim exactly one moves it to
`open`. Who sees the buyer's contact details is decided here, from the
buyer's consent, so no handler can leak them by mistake. Opening a thread and
writing in it are leads for the exhibitor (`bot.services.leads`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor, Product
from bot.db.handoff import HandoffMessage, HandoffThread, RelayedMessage, Staff
from bot.db.models import Buyer
from bot.db.statements import affected
from bot.domain import InterestKind, ThreadStatus
from bot.errors import AlreadyClaimed, NotRegistered, StaleAction, ThreadOpen
from bot.services import leads, staff
from bot.services.product_cards import localized

MAX_TEXT = 3500
INBOX_SIZE = 20


@dataclass(frozen=True)
class Thread:
    id: int
    buyer_id: int
    exhibitor_id: str
    exhibitor_names: dict[str, str]
    product_id: str
    product_names: dict[str, str]
    status: ThreadStatus
    owner_id: int | None
    created_at: datetime
    buyer_code: str

    def exhibitor(self, language: str) -> str:
        return localized(self.exhibitor_names, language, self.exhibitor_id)

    def product(self, language: str) -> str:
        return localized(self.product_names, language, self.product_id)


@dataclass(frozen=True)
class BuyerCard:
    """What staff see of a buyer: contact details only when the buyer consented."""

    buyer_code: str
    country: str
    full_name: str | None = None
    company: str | None = None
    email: str | None = None
    phone: str | None = None

    @property
    def shared(self) -> bool:
        return self.full_name is not None


@dataclass(frozen=True)
class Said:
    """A message taken into a thread, and who gets it now.

    For a buyer's first message (`first`) the recipients are the exhibitor's
    staff members who are available, to alert (none: the message waits). Otherwise the
    recipient is the other side of the thread, or nobody while it waits.
    `buyer` is what staff may see of the sender of a buyer's message.
    """

    thread: Thread
    recipients: list[int]
    buyer: BuyerCard | None = None
    first: bool = False


@dataclass(frozen=True)
class Claimed:
    thread: Thread
    buyer: BuyerCard
    history: list[str]


@dataclass(frozen=True)
class Ended:
    thread: Thread
    by_staff: bool
    notify: int | None


@dataclass(frozen=True)
class Inbox:
    waiting: list[Thread]
    mine: list[Thread]
    active_id: int | None


async def open_thread(
    session: AsyncSession, buyer_id: int, product_id: str, now: datetime
) -> Thread:
    """A new thread with the product's exhibitor; one thread per buyer that is not closed."""
    if not await _is_buyer(session, buyer_id):
        raise NotRegistered()
    product = await session.get(Product, product_id)
    if product is None:
        raise StaleAction()
    current = await buyer_thread(session, buyer_id)
    if current is not None:
        raise ThreadOpen(current.exhibitor_names, current.product_names)
    row = HandoffThread(
        buyer_id=buyer_id, exhibitor_id=product.exhibitor_id, product_id=product_id,
        status=ThreadStatus.NEW, created_at=now,
    )  # fmt: skip
    try:
        async with session.begin_nested():
            session.add(row)
    except IntegrityError:
        current = await buyer_thread(session, buyer_id)
        if current is None:
            raise
        raise ThreadOpen(current.exhibitor_names, current.product_names) from None
    found = await load_thread(session, row.id)
    assert found is not None
    await leads.record(session, buyer_id, product.exhibitor_id, InterestKind.TALK, now)
    return found


async def buyer_thread(session: AsyncSession, buyer_id: int) -> Thread | None:
    """The buyer's thread that is not closed, if any."""
    found = await session.execute(
        _threads().where(
            HandoffThread.buyer_id == buyer_id, HandoffThread.status != ThreadStatus.CLOSED
        )
    )
    return _first(found.all())


async def target(session: AsyncSession, user_id: int, reply_to: int | None) -> Thread | None:
    """The thread a message from `user_id` belongs to, or None when it is no thread's.

    A staff member's reply to a message the bot relayed goes to that message's
    thread; otherwise the buyer's own thread, then the staff member's active one.
    """
    if reply_to is not None:
        relayed = await session.get(RelayedMessage, (user_id, reply_to))
        if relayed is not None:
            return await load_thread(session, relayed.thread_id)
    mine = await buyer_thread(session, user_id)
    if mine is not None:
        return mine
    member = await session.get(Staff, user_id, populate_existing=True)
    if member is None or member.active_thread_id is None:
        return None
    return await load_thread(session, member.active_thread_id)


async def say(
    session: AsyncSession, user_id: int, text: str, reply_to: int | None, now: datetime
) -> Said | None:
    """Keep a message in its thread and say who gets it; None when it is no thread's."""
    thread = await target(session, user_id, reply_to)
    if thread is None:
        return None
    if thread.buyer_id == user_id and thread.status != ThreadStatus.CLOSED:
        return await _buyer_says(session, thread, text, now)
    if thread.status != ThreadStatus.OPEN or thread.owner_id != user_id:
        raise StaleAction()
    return await staff_says(session, thread, user_id, text, now)


async def staff_says(
    session: AsyncSession, thread: Thread, staff_id: int, text: str, at: datetime
) -> Said:
    """Keep the owner's message in the thread; it goes to the buyer. The first one
    answers the talk (`first_answered_at`, where its first-response time ends)."""
    _keep(session, thread.id, staff_id, True, text, at)
    await session.execute(
        update(HandoffThread)
        .where(HandoffThread.id == thread.id, HandoffThread.first_answered_at.is_(None))
        .values(first_answered_at=at)
    )
    return Said(thread, [thread.buyer_id])


async def owned(session: AsyncSession, staff_id: int, thread_id: int) -> Thread:
    """An open thread the member owns, for an action on it; stale for anyone else."""
    await staff.require(session, staff_id)
    thread = await load_thread(session, thread_id)
    if thread is None or thread.status != ThreadStatus.OPEN or thread.owner_id != staff_id:
        raise StaleAction()
    return thread


async def claim(session: AsyncSession, staff_id: int, thread_id: int, now: datetime) -> Claimed:
    """Take a waiting thread of one's exhibitor; the database lets exactly one claimer win."""
    member = await staff.require(session, staff_id)
    taken = await session.execute(
        update(HandoffThread)
        .where(
            HandoffThread.id == thread_id,
            HandoffThread.exhibitor_id == member.exhibitor_id,
            HandoffThread.status == ThreadStatus.WAITING,
        )
        .values(status=ThreadStatus.OPEN, owner_id=staff_id, claimed_at=now)
    )
    thread = await load_thread(session, thread_id)
    if (
        thread is None
        or thread.exhibitor_id != member.exhibitor_id
        or thread.status in (ThreadStatus.NEW, ThreadStatus.CLOSED)
    ):
        raise StaleAction()
    if affected(taken) != 1:
        raise AlreadyClaimed(mine=thread.owner_id == staff_id)
    member.active_thread_id = thread_id
    history = await session.execute(
        select(HandoffMessage.text)
        .where(HandoffMessage.thread_id == thread_id, HandoffMessage.from_staff.is_(False))
        .order_by(HandoffMessage.id)
    )
    return Claimed(thread, await buyer_card(session, thread.buyer_id), list(history.scalars()))


async def switch(session: AsyncSession, staff_id: int, thread_id: int) -> Thread:
    """Make one of the member's open threads the one their text goes to."""
    thread = await owned(session, staff_id, thread_id)
    (await staff.require(session, staff_id)).active_thread_id = thread_id
    return thread


async def end(session: AsyncSession, user_id: int, now: datetime) -> Ended | None:
    """Close the user's thread (as buyer first, else as staff); None when there is none."""
    thread = await buyer_thread(session, user_id)
    by_staff = thread is None
    if thread is None:
        member = await session.get(Staff, user_id, populate_existing=True)
        if member is not None and member.active_thread_id is not None:
            thread = await load_thread(session, member.active_thread_id)
        if thread is None or thread.status != ThreadStatus.OPEN or thread.owner_id != user_id:
            return None
    closed = await session.execute(
        update(HandoffThread)
        .where(HandoffThread.id == thread.id, HandoffThread.status != ThreadStatus.CLOSED)
        .values(status=ThreadStatus.CLOSED, closed_at=now)
    )
    if affected(closed) != 1:
        return None
    await session.execute(
        update(Staff).where(Staff.active_thread_id == thread.id).values(active_thread_id=None)
    )
    notify = thread.buyer_id if by_staff else thread.owner_id
    return Ended(thread, by_staff, notify)


async def inbox(session: AsyncSession, staff_id: int) -> Inbox:
    """The exhibitor's waiting threads and the member's own open ones, oldest first."""
    member = await staff.require(session, staff_id)
    waiting = await session.execute(
        _threads()
        .where(
            HandoffThread.exhibitor_id == member.exhibitor_id,
            HandoffThread.status == ThreadStatus.WAITING,
        )
        .limit(INBOX_SIZE)
    )
    mine = await session.execute(
        _threads()
        .where(HandoffThread.owner_id == staff_id, HandoffThread.status == ThreadStatus.OPEN)
        .limit(INBOX_SIZE)
    )
    return Inbox(
        [_to_thread(*row) for row in waiting.all()],
        [_to_thread(*row) for row in mine.all()],
        member.active_thread_id,
    )


async def buyer_card(session: AsyncSession, buyer_id: int) -> BuyerCard:
    row = (
        await session.execute(select(Buyer).where(Buyer.telegram_id == buyer_id))
    ).scalar_one_or_none()
    if row is None:
        raise StaleAction()
    if not row.consent_share:
        return BuyerCard(row.buyer_code, row.country)
    return BuyerCard(row.buyer_code, row.country, row.full_name, row.company, row.email, row.phone)


async def _buyer_says(session: AsyncSession, thread: Thread, text: str, now: datetime) -> Said:
    _keep(session, thread.id, thread.buyer_id, False, text, now)
    await leads.record(session, thread.buyer_id, thread.exhibitor_id, InterestKind.MESSAGE, now)
    first = await session.execute(
        update(HandoffThread)
        .where(HandoffThread.id == thread.id, HandoffThread.status == ThreadStatus.NEW)
        .values(status=ThreadStatus.WAITING, waiting_since=now)
    )
    card = await buyer_card(session, thread.buyer_id)
    if affected(first) == 1:
        alerted = await staff.member_ids(session, thread.exhibitor_id, available_only=True)
        return Said(thread, alerted, card, True)
    if thread.status == ThreadStatus.OPEN and thread.owner_id is not None:
        return Said(thread, [thread.owner_id], card)
    return Said(thread, [], card)


def _keep(
    session: AsyncSession, thread_id: int, sender: int, from_staff: bool, text: str, at: datetime
) -> None:
    session.add(
        HandoffMessage(
            thread_id=thread_id, from_staff=from_staff, sender_id=sender, text=text[:MAX_TEXT],
            created_at=at,
        )
    )  # fmt: skip


async def _is_buyer(session: AsyncSession, telegram_id: int) -> bool:
    found = await session.execute(select(Buyer.id).where(Buyer.telegram_id == telegram_id))
    return found.scalar_one_or_none() is not None


def _threads() -> Select[HandoffThread, Exhibitor, Product, str]:
    """Threads with their exhibitor, product (None once it left the catalog) and buyer code."""
    return (
        select(HandoffThread, Exhibitor, Product, Buyer.buyer_code)
        .join(Exhibitor, HandoffThread.exhibitor_id == Exhibitor.id)
        .join(Buyer, HandoffThread.buyer_id == Buyer.telegram_id)
        .outerjoin(Product, HandoffThread.product_id == Product.id)
        .order_by(HandoffThread.created_at, HandoffThread.id)
    )


async def load_thread(session: AsyncSession, thread_id: int) -> Thread | None:
    """A thread with its names and buyer code, read afresh; None when there is no such one."""
    found = await session.execute(
        _threads().where(HandoffThread.id == thread_id).execution_options(populate_existing=True)
    )
    return _first(found.all())


def _first(rows: Sequence[Row[HandoffThread, Exhibitor, Product, str]]) -> Thread | None:
    return _to_thread(*rows[0]) if rows else None


def _to_thread(
    row: HandoffThread, exhibitor: Exhibitor, product: Product | None, buyer_code: str
) -> Thread:
    return Thread(
        id=row.id, buyer_id=row.buyer_id, exhibitor_id=row.exhibitor_id,
        exhibitor_names=dict(exhibitor.name), product_id=row.product_id,
        product_names=dict(product.name) if product is not None else {},
        status=row.status, owner_id=row.owner_id, created_at=row.created_at,
        buyer_code=buyer_code,
    )  # fmt: skip
