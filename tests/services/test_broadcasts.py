"""Broadcasts on both engines: the draft, who receives it, in which language, and its figures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.db.broadcasts import Broadcast
from bot.db.engine import Database
from bot.db.outbox import BLOCKED, FAILED, SENT, OutboxMessage
from bot.errors import AlreadySent, InvalidAnswer, StaleAction
from bot.services import broadcast_delivery as delivery
from bot.services import broadcasts, outbox, outbox_delivery, users
from bot.services.outbox_delivery import Outcome, Pacing
from tests.auxil.broadcasts import ADMIN, HEADERS, LANGUAGES, NOW, add_buyers, confirm, draft


async def block(db: Database, telegram_id: int) -> None:
    async with db.write() as s:
        blocked = "Forbidden: bot was blocked by the user"
        await outbox_delivery.block_chat(s, telegram_id, NOW, blocked)


async def queued(db: Database) -> dict[int, str]:
    async with db.read() as s:
        rows = await s.execute(select(OutboxMessage.chat_id, OutboxMessage.text))
    return dict(rows.all())


async def test_recipients_are_registered_buyers_who_have_not_blocked(database: Database) -> None:
    await add_buyers(database, {1: "en", 2: "es", 3: "ja"})
    await add_buyers(database, {4: "en"}, registered=False)
    await block(database, 3)
    async with database.read() as s:
        assert await broadcasts.audience(s) == {"en": 1, "es": 1}
    created = await confirm(database, await draft(database, broadcasts.ONE, ["<b>Hall 5</b>"]))
    assert created.total == 2
    assert await queued(database) == {1: "[en]\n\n<b>Hall 5</b>", 2: "[es]\n\n<b>Hall 5</b>"}


async def test_each_buyer_gets_their_language_or_else_english(database: Database) -> None:
    await add_buyers(database, {1: "en", 2: "es", 3: "ja", 4: "fr"})
    texts = ["Welcome", None, "Bienvenidos", "Bienvenue", None, None, None, None]
    token = await draft(database, broadcasts.EACH, texts)
    async with database.read() as s:
        current = await broadcasts.current(s, ADMIN)
    assert current is not None and current.step == broadcasts.Step.PREVIEW
    assert current.draft.texts == {"en": "Welcome", "es": "Bienvenidos", "fr": "Bienvenue"}
    await confirm(database, token)
    assert await queued(database) == {
        1: "[en]\n\nWelcome", 2: "[es]\n\nBienvenidos", 3: "[ja]\n\nWelcome",
        4: "[fr]\n\nBienvenue",
    }  # fmt: skip


async def test_english_cannot_be_skipped_and_other_languages_can(database: Database) -> None:
    async with database.write() as s:
        await users.ensure(s, ADMIN, "en", NOW)
        token = (await broadcasts.start(s, ADMIN, NOW)).token
        await broadcasts.choose_mode(s, ADMIN, token, broadcasts.EACH, NOW)
    with pytest.raises(InvalidAnswer, match="english_required"):
        async with database.write() as s:
            await broadcasts.skip(s, ADMIN, token, LANGUAGES, NOW)
    with pytest.raises(InvalidAnswer, match="english_required"):
        async with database.write() as s:
            await broadcasts.preview(s, ADMIN, token, NOW)
    async with database.write() as s:
        await broadcasts.take_text(s, ADMIN, "Hello", HEADERS, LANGUAGES, NOW)
        assert (await broadcasts.skip(s, ADMIN, token, LANGUAGES, NOW)).draft.language == "es"
        assert (await broadcasts.preview(s, ADMIN, token, NOW)).step == broadcasts.Step.PREVIEW


@pytest.mark.parametrize(
    ("text", "reason"),
    [("   ", "empty"), ("<b></b>", "empty"), ("a < b", "bad_html"), ("<b>bold", "bad_html"),
     ("<blink>x</blink>", "bad_html"), ("x" * 4090, "too_long")],
)  # fmt: skip
async def test_bad_texts_are_refused_and_change_nothing(
    database: Database, text: str, reason: str
) -> None:
    token = await draft(database, broadcasts.ONE, [])
    with pytest.raises(InvalidAnswer) as refused:
        async with database.write() as s:
            await broadcasts.take_text(s, ADMIN, text, HEADERS, LANGUAGES, NOW)
    assert refused.value.reason == reason
    async with database.read() as s:
        current = await broadcasts.current(s, ADMIN)
    assert current is not None and (current.token, current.step, current.draft.texts) == (
        token,
        broadcasts.Step.TEXT,
        {},
    )


def test_the_limit_counts_the_parsed_text_with_the_longest_header() -> None:
    longest = len("[zh_Hans]")  # the header's two line breaks are trimmed from its end only
    fits = "<b>" + "x" * (4096 - longest - 2) + "</b>"
    assert broadcasts.check_text(fits, HEADERS) == fits
    with pytest.raises(InvalidAnswer) as refused:
        broadcasts.check_text(fits.replace("<b>", "<b>x"), HEADERS)
    assert refused.value.limit == 4096 - longest


async def test_buttons_of_another_draft_or_step_are_stale(database: Database) -> None:
    token = await draft(database, broadcasts.ONE, ["Hi"])
    for act in (
        lambda s: broadcasts.choose_mode(s, ADMIN, token, broadcasts.ONE, NOW),
        lambda s: broadcasts.skip(s, ADMIN, token, LANGUAGES, NOW),
        lambda s: broadcasts.edit(s, ADMIN, "forged00", NOW),
        lambda s: delivery.confirm(s, ADMIN, "forged00", HEADERS, NOW, NOW),
        lambda s: delivery.confirm(s, 12345, token, HEADERS, NOW, NOW),
    ):
        with pytest.raises(StaleAction):
            async with database.write() as s:
                await act(s)


async def test_confirming_twice_creates_one_broadcast(database: Database) -> None:
    await add_buyers(database, {1: "en", 2: "es"})
    token = await draft(database, broadcasts.ONE, ["Hi"])
    assert (await confirm(database, token)).total == 2
    with pytest.raises(AlreadySent):
        await confirm(database, token)
    async with database.read() as s:
        assert (await s.execute(select(func.count()).select_from(Broadcast))).scalar_one() == 1
    assert len(await queued(database)) == 2


async def test_queueing_is_idempotent_and_chunked(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    await add_buyers(database, {n: "en" for n in range(1, 12)})
    monkeypatch.setattr(delivery, "CHUNK", 4)
    sizes: list[int] = []
    enqueue = outbox.enqueue

    async def recording(session, messages, now):  # type: ignore[no-untyped-def]
        messages = list(messages)
        sizes.append(len(messages))
        return await enqueue(session, messages, now)

    monkeypatch.setattr(outbox, "enqueue", recording)
    created = await confirm(database, await draft(database, broadcasts.ONE, ["Hi"]))
    assert created.total == 11 and sizes == [4, 4, 3]
    async with database.write() as s:
        again = await delivery.queue(s, created.id, HEADERS, {"en": "Hi"}, NOW)
    assert again == 0 and len(await queued(database)) == 11


async def test_progress_counts_and_finish(database: Database) -> None:
    await add_buyers(database, {1: "en", 2: "es", 3: "fr"})
    created = await confirm(database, await draft(database, broadcasts.ONE, ["Hi"]))
    async with database.write() as s:
        await delivery.watch(s, created.id, ADMIN, 77)
        leased = await outbox_delivery.lease(s, "t", Pacing(rate=1000, horizon=5), NOW)
    held = {lease.chat_id: lease for lease in leased.messages}
    at = NOW + timedelta(seconds=1)

    def outcome(chat: int, status: str) -> Outcome:
        return Outcome(held[chat].id, chat, status, at, token=held[chat].token)

    async with database.write() as s:
        await outbox_delivery.settle(s, [outcome(1, SENT), outcome(2, BLOCKED)])
        assert await delivery.finish(s, created.id, at) is None
        assert await delivery.unfinished(s) == [delivery.Tracked(created.id, ADMIN, ADMIN, 77)]
        assert await delivery.progress(s, created.id) == delivery.Progress(
            created.id, total=3, sent=1, blocked=1, failed=0, waiting=1
        )
        await outbox_delivery.settle(s, [outcome(3, FAILED)])
        done = await delivery.finish(s, created.id, at)
    assert done == delivery.Progress(created.id, total=3, sent=1, blocked=1, failed=1, waiting=0)
    async with database.read() as s:
        assert await delivery.unfinished(s) == []
        (summary,) = await delivery.recent(s)
    assert summary.progress == done and summary.excerpt == "Hi" and summary.languages == ["en"]


async def test_a_broadcast_with_nobody_to_reach_is_finished_at_once(database: Database) -> None:
    created = await confirm(database, await draft(database, broadcasts.ONE, ["Hi"]))
    assert created.total == 0
    async with database.read() as s:
        assert await delivery.unfinished(s) == []
