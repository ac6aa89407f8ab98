"""Photos and documents relay both ways in a live talk; other media get a translated note;
a server without sendPhoto gets the words that name the file."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.live_talk import MAKER, buyer, catalog, claimed, member
from tests.auxil.running import running_bot

__all__ = ["catalog"]
PDF = b"%PDF-1.4 price list"


async def test_photos_and_documents_cross_and_stickers_do_not(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = await buyer(double, deps, 6701, "Ana", "es", consent=True)
    li = await member(double, deps, 6711, "Li", "zh-hans")
    await claimed(ana, li, "¿Tienen este modelo en negro?")

    await ana.photo(caption="Como este, en negro")
    photo = await li.expect("Como este, en negro")
    assert photo.photo is not None and "📷" in photo.text and "Ana Souza" in photo.text

    await li.document(PDF, "price-list.pdf", caption="Our price list")
    document = await ana.expect("Our price list")
    assert document.document == PDF and "📄 price-list.pdf" in document.text
    assert document.text.startswith(MAKER)

    await ana.sticker()
    await ana.expect("Only text, photos and documents are passed on.")
    await li.sticker()
    await li.expect("Only text, photos and documents are passed on.")


async def test_without_send_photo_the_other_side_reads_what_was_sent(
    catalog: None, minimal: BotApiDouble, deps: Deps
) -> None:
    async with running_bot(deps, minimal):
        ana = await buyer(minimal, deps, 6702, "Ana", "es", consent=True)
        li = await member(minimal, deps, 6712, "Li", "en")
        await claimed(ana, li, "¿Color negro?")
        await ana.photo(caption="Como este")
        seen = await li.expect("Como este")
        assert seen.photo is None and "📷" in seen.text
