"""A live talk's messages to the other side, queued with the change that causes them.

What the handlers call: `relay`, `take` and `close` change the thread (see
`bot.services.handoff`) and queue what the other side must read in one
transaction, so a message is kept if and only if it is on its way, and a claim
commits with the buyer's notice of it. The handlers only say how a message reads
(`Compose`); it is written here, once the reader's stored language is known.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.outbox import OutboxMessage
from bot.services import handoff, outbox, users
from bot.services.handoff import Claimed, Ended, Said, Thread
from bot.services.outbox import Buttons, Media, Outgoing
from bot.telegram_html import parse_html, utf16_len

log = logging.getLogger(__name__)
CAPTION_LIMIT = 1024  # what Telegram takes under a photo or a document

#: One message of a talk as its reader sees it: text (HTML) and buttons.
Letter = tuple[str, Buttons | None]
#: Writes a message in its reader's stored language (None: the bot's default).
Compose = Callable[[str | None], Letter]


@dataclass(frozen=True)
class Relayed:
    """A message taken into its thread, and to how many recipients it is on its way."""

    said: Said
    delivered: int


@dataclass(frozen=True)
class Sent:
    """A message the outbox delivered: where, Telegram's id for it, its buttons."""

    chat_id: int
    message_id: int
    buttons: Buttons


@dataclass(frozen=True)
class Taken:
    """A claim, whether the buyer's notice of it is on its way (False: they blocked us),
    and the thread's alerts that reached the claimer's colleagues (their Claim buttons
    are to go: the conversation is taken)."""

    claimed: Claimed
    notified: bool
    alerts: list[Sent]


async def relay(
    session: AsyncSession,
    user_id: int,
    text: str,
    reply_to: int | None,
    now: datetime,
    wall: datetime,
    letter: Callable[[Said], Compose],
    media: Media | None = None,
) -> Relayed | None:
    """Keep a message (with `media`, a photo or document it carries) in its thread and
    queue it to whoever gets it now (`handoff.say`); None when it is no thread's."""
    said = await handoff.say(session, user_id, text, reply_to, now)
    if said is None:
        return None
    compose, thread = letter(said), said.thread
    delivered = 0
    for to in said.recipients:
        delivered += await deliver(session, to, thread.id, compose, wall, thread.buyer_id, media)
    return Relayed(said, delivered)


async def reply(
    session: AsyncSession,
    staff_id: int,
    thread_id: int,
    now: datetime,
    wall: datetime,
    write: Callable[[str | None], str],
    letter: Callable[[Said, str], Compose],
) -> Relayed:
    """A quick reply: written in the buyer's stored language, kept in the thread, and
    queued to the buyer. Only the thread's owner may send it."""
    thread = await handoff.owned(session, staff_id, thread_id)
    language, _ = await users.reader(session, thread.buyer_id)
    text = write(language)
    said = await handoff.staff_says(session, thread, staff_id, text, now)
    compose = letter(said, text)
    delivered = await deliver(session, thread.buyer_id, thread.id, compose, wall, thread.buyer_id)
    return Relayed(said, int(delivered))


async def take(
    session: AsyncSession,
    staff_id: int,
    thread_id: int,
    now: datetime,
    wall: datetime,
    notice: Callable[[Thread], Compose],
) -> Taken:
    """Claim a waiting thread (`handoff.claim`) and queue the buyer's notice of it."""
    claimed = await handoff.claim(session, staff_id, thread_id, now)
    thread = claimed.thread
    notified = await deliver(
        session, thread.buyer_id, thread.id, notice(thread), wall, thread.buyer_id
    )
    return Taken(claimed, notified, await _sent_to_others(session, thread_id, staff_id))


async def _sent_to_others(session: AsyncSession, thread_id: int, staff_id: int) -> list[Sent]:
    """The thread's messages with buttons that reached staff other than `staff_id`."""
    rows = await session.execute(
        select(
            OutboxMessage.chat_id, OutboxMessage.telegram_message_id, OutboxMessage.buttons
        ).where(
            OutboxMessage.thread_id == thread_id,
            OutboxMessage.chat_id != staff_id,
            OutboxMessage.telegram_message_id.is_not(None),
        )
    )
    return [Sent(chat, message, buttons) for chat, message, buttons in rows if buttons]


async def close(
    session: AsyncSession,
    user_id: int,
    now: datetime,
    wall: datetime,
    notice: Callable[[Ended], Compose],
) -> Ended | None:
    """Close the user's thread (`handoff.end`) and queue the other side's notice, if
    there is someone to tell; None when there was nothing to close."""
    ended = await handoff.end(session, user_id, now)
    if ended is not None and ended.notify is not None:
        thread = ended.thread
        await deliver(session, ended.notify, thread.id, notice(ended), wall, thread.buyer_id)
    return ended


async def deliver(
    session: AsyncSession,
    to: int,
    thread_id: int,
    compose: Compose,
    now: datetime,
    about: int | None,
    media: Media | None = None,
) -> bool:
    """Queue a message to one side of a thread, in the caller's transaction.

    The outbox sends it within Telegram's limits and records the id Telegram gives
    it under the thread, so a reply to it finds the thread. `about` is the buyer
    whose data it carries (/forget deletes it with theirs). A photo or document goes
    with the text as its caption, or after it when the text is longer than a caption
    may be. False, with nothing queued, when the recipient is known to have blocked
    the bot.
    """
    language, blocked = await users.reader(session, to)
    if blocked:
        log.info("handoff message to %s in thread %s not queued: blocked", to, thread_id)
        return False
    text, buttons = compose(language)
    talk = partial(Outgoing, to, kind="handoff", thread_id=thread_id, about=about)
    if media is None or _caption_length(text) <= CAPTION_LIMIT:
        messages = [talk(text, buttons=buttons, media=media)]
    else:
        messages = [talk(text, buttons=buttons), talk("", media=media)]
    await outbox.enqueue(session, messages, now)
    return True


def _caption_length(text: str) -> int:
    """The caption's length as Telegram counts it: shown characters, in UTF-16 units."""
    plain, _ = parse_html(text)
    return utf16_len(plain)
