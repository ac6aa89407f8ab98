"""After a talk: the buyer rates it once, and each side gets the transcript as a file."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack
from handlers.context import FairApplication
from handlers.replies import STALE_BUTTON
from tests.auxil.live_talk import MAKER, buyer, catalog, claimed, member

__all__ = ["catalog"]


async def test_rating_and_transcripts_after_the_staff_closes(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = await buyer(double, deps, 6801, "Ana", "es", consent=True)
    li = await member(double, deps, 6811, "Li", "en")
    await claimed(ana, li, "¿Envían a Brasil?")
    await li.say("Yes, by sea.")
    await ana.expect("Yes, by sea.")
    await li.command("end")
    done = await li.expect("Conversation about {product} closed.")
    assert [b["text"] for b in done.buttons] == [li.t.gettext("📄 Transcript")]
    closed = await ana.expect("How was it? Rate the conversation, 1 to 5.")
    assert [b["text"] for b in closed.buttons][:5] == [f"{n}⭐" for n in range(1, 6)]

    await ana.tap("5⭐")
    await ana.expect_answer("Thank you for your rating.")
    thread = int(closed.buttons[0]["callback_data"].split("|")[3].split(":")[0])
    await ana.forge(closed.message_id, pack("h.rate", f"{thread}:1"))
    await ana.expect_answer("You rated this conversation already.")

    await ana.tap("📄 Transcript")
    mine = await ana.expect_document()
    text = (mine.document or b"").decode()
    assert "¿Envían a Brasil?" in text and "Yes, by sea." in text and f"{MAKER}: Yes" in text
    await li.tap("📄 Transcript")
    theirs = await li.expect_document()
    assert "Ana Souza: ¿Envían a Brasil?" in (theirs.document or b"").decode()

    stranger = await buyer(double, deps, 6802, "Ben", "en", consent=False)
    await stranger.command("start")
    await stranger.expect("Welcome to")
    welcome = stranger.user.bot_messages[-1]
    await stranger.forge(welcome.message_id, pack("h.log", str(thread)))
    await stranger.expect_answer(STALE_BUTTON)
