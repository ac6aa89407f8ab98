"""Leads end to end: a buyer's interest alerts the staff, who list, open, adjust and export."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import timedelta

from bot.deps import Deps
from bot.domain import InterestKind, StaffRole
from bot.telegram_double import BotApiDouble
from handlers import staff_menu
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.environment import TEST_NOW
from tests.auxil.leads import interested
from tests.auxil.live_talk import KNIFE, MAKER, buyer, catalog, member, open_thread
from tests.auxil.meetings import make_manager
from tests.auxil.talk import Talk

__all__ = ["catalog"]

K = InterestKind


async def test_a_new_lead_alerts_staff_who_open_and_adjust_it(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    li = await member(double, deps, 6101, "Li", "en")
    ana = await buyer(double, deps, 6001, "Ana", "es", consent=True)
    ben = await buyer(double, deps, 6002, "Ben", "en", consent=False)
    for shopper in (ben, ana):
        await shopper.say("chef knife")
        await shopper.expect("Results for")
        await shopper.tap(KNIFE if shopper is ben else "Cuchillo de chef")
        await shopper.expect("Exhibitor: {name}")
    alert = await li.expect("🆕 New lead: {name}")
    assert "Ana Souza" in alert.text and "Ana Ltda" in alert.text and "Brazil" in alert.text
    assert "Viewed 1 product (+1)" in alert.text
    await ana.tap("⭐ Save")
    await ana.expect_answer("Saved. See /saved.")

    await li.command("leads")
    listing = await li.expect("Leads of {exhibitor}")
    assert MAKER in listing.text and "Ana Souza" in listing.text and "Ben" not in listing.text
    assert "1 more interested buyer did not agree to share their details." in listing.text
    await li.tap("❄️ Ana Souza")
    card = await li.expect("Why:")
    assert "Saved 1 product (+3)" in card.text and "cold, score 4" in card.text
    assert "ana@example.com.br" in card.text
    await li.tap("✏️ Adjust the score")
    await li.expect("Send the change of score and a note")
    await li.say("8 without a sign")
    await li.expect("Start with + or - and a number up to")
    await li.say("+8 Met at the booth, wants samples")
    adjusted = await li.expect("Met at the booth, wants samples")
    assert "hot, score 12" in adjusted.text and "Adjusted by staff (+8)" in adjusted.text
    await li.say("chef knife")
    await li.expect("Results for")  # the flow is over: text is a search again
    assert len([m for m in li.user.bot_messages if "New lead" in m.text]) == 1


async def test_staff_of_another_exhibitor_and_unlinked_users_see_no_lead(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    li = await member(double, deps, 6101, "Li", "en")
    code = await interested(deps, 7001, "Ana Lopez", [K.MEETING])
    await interested(deps, 7002, "Other Buyer", [K.MEETING], exhibitor_id="EX0002")
    await li.command("leads")
    listing = await li.expect("Leads of {exhibitor}")
    assert "Ana Lopez" in listing.text and "Other Buyer" not in listing.text
    menu = staff_menu.keyboard(li.t, StaffRole.AGENT).inline_keyboard
    entry = next(b for row in menu for b in row if b.text == "📈 Leads")
    assert isinstance(entry.callback_data, str)
    await li.forge(listing.message_id, entry.callback_data)  # the staff menu's button
    again = await li.expect("Leads of {exhibitor}")
    assert again.message_id != listing.message_id and "Ana Lopez" in again.text
    stranger = Talk(double, deps, user_id=6999, first_name="Eve", language_code="en")
    await stranger.command("leads")
    refused = await stranger.expect("This command is for exhibitor staff.")
    await stranger.forge(refused.message_id, pack("ld.card", code))
    await stranger.expect_answer("This button is from an older message.")
    await stranger.forge(refused.message_id, pack("ld.list", "h.0"))
    await stranger.expect_answer("This button is from an older message.")
    assert not [m for m in stranger.user.bot_messages if "Ana Lopez" in m.text]


async def test_the_csv_export_parses_back_with_every_name_safe(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    names = [
        '=HYPERLINK("http://evil.example","click")',
        "+1 555 Plus",
        "-2 Minus",
        "@SUM(A1)",
        '王芳, "Fang"\nWang',
        "محمد العلي",
    ]
    for number, name in enumerate(names):
        await interested(deps, 7100 + number, name, [K.MEETING] + [K.SAVED] * (number % 3))
    await interested(deps, 7200, "Hidden Buyer", [K.MEETING], consent=False)
    await interested(deps, 7201, "Last Buyer", [K.VIEWED])
    li = await member(double, deps, 6101, "Li", "en")
    await li.command("leads")
    first = await li.expect("Leads of {exhibitor}")
    assert "1–6 of 7" in first.text and "Last Buyer" not in first.text  # noqa: RUF001
    await li.tap("Next »")
    second = await li.expect("7–7 of 7")  # noqa: RUF001 - a range takes an en dash
    assert second.message_id == first.message_id and "Last Buyer" in second.text
    await li.tap("🔥 Hot")
    hot = await li.expect("Shown: {filter}")
    assert "1–2 of 2" in hot.text and "Last Buyer" not in hot.text  # noqa: RUF001
    await li.tap("⬇️ Export as CSV")
    sent = await li.expect_document()
    assert sent.document is not None and sent.document_name is not None
    assert sent.document_name.startswith("leads-EX0001-") and "7 leads" in sent.text
    assert sent.document.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark"
    rows = list(csv.reader(io.StringIO(sent.document.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["Buyer ID", "Name", "Company", "Country"]
    by_name = {row[1]: dict(zip(header, row, strict=True)) for row in body}
    assert set(by_name) == {
        "'" + names[0], "'+1 555 Plus", "'-2 Minus", "'@SUM(A1)", names[4], names[5],
        "Last Buyer",
    }  # fmt: skip
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in body for cell in row)
    arabic = by_name["محمد العلي"]
    assert arabic["Company"] == "محمد العلي Trading"
    assert arabic["Country"] == "United Arab Emirates"
    assert arabic["Score"] == "12" and arabic["Level"] == "hot"
    assert arabic["Reasons"] == "Booked 1 meeting (+6); Saved 2 products (+6)"
    assert arabic["Interests"] == "Lighting & Electrical, Furniture"
    assert by_name[names[4]]["Score"] == "9" and by_name[names[4]]["Level"] == "warm"
    scores = [int(row[header.index("Score")]) for row in body]
    assert scores == sorted(scores, reverse=True) == [12, 12, 9, 9, 6, 6, 1], "hottest first"
    assert "Hidden Buyer" not in sent.document.decode("utf-8-sig")


async def test_a_digest_exhibitor_hears_once_per_period_without_names(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    li = await member(double, deps, 6101, "Li", "en")
    wang = await member(double, deps, 6102, "Wang", "zh-hans")
    await make_manager(deps.db, wang.user.id)
    await wang.command("leads")
    listing = await wang.expect("Leads of {exhibitor}")
    await wang.forge(listing.message_id, pack("st.lead_alerts"))  # the managers' menu button
    await wang.expect("Now: each new or hot lead as it comes")
    await li.command("leads")
    own = await li.expect("Leads of {exhibitor}")
    await li.forge(own.message_id, pack("st.lead_alerts"))
    await li.expect_answer("Only your exhibitor's managers can do this.")
    await li.forge(own.message_id, pack("ld.mode", "digest"))
    await li.expect_answer("This button is from an older message.")
    await wang.tap("Digest")
    await wang.expect_answer("Saved.")
    every_day = "Now: one digest every {n} hour.", "Now: one digest every {n} hours."
    await wang.expect(wang.t.nformat(*every_day, 24, n=24))
    ana = await buyer(double, deps, 6001, "Ana", "en", consent=True)
    await ana.say("chef knife")
    await ana.tap(KNIFE)
    await ana.expect("Exhibitor: {name}")
    await ana.tap("⭐ Save")
    await ana.expect_answer("Saved. See /saved.")
    deps.clock.freeze(TEST_NOW + timedelta(hours=24))  # past 08:00 in Shanghai, the next day
    digest = await li.expect("Lead digest:")
    assert "cold: 1" in digest.text and "Ana" not in digest.text
    await li.tap("📈 Leads")
    listing = await li.expect("Leads of {exhibitor}")
    assert "Ana Souza" in listing.text
    assert not [m for m in li.user.bot_messages if "New lead" in m.text]
    chinese = await wang.expect("发送 /leads 查看他们是谁。")
    assert "低意向: 1" in chinese.text


async def test_alerts_and_the_list_read_in_each_members_language(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    li = await member(double, deps, 6101, "Li", "zh-hans")
    omar = await member(double, deps, 6102, "Omar", "ar")
    await interested(deps, 7001, "王芳", [K.MEETING, K.SAVED, K.SAVED], country="CN")
    await interested(deps, 7002, "محمد العلي", [K.VIEWED], country="SA")
    hot = await li.expect(li.t.format("🔥 Hot lead: {name}", name="王芳"))  # by the alert job
    assert "王芳 Trading · 中国" in hot.text and "预约了 1 次洽谈 (+6)" in hot.text
    await li.expect(li.t.format("🆕 New lead: {name}", name="محمد العلي"))
    arabic = await omar.expect("عميل محتمل ساخن")
    assert "\u2068王芳\u2069" in arabic.text, "a Chinese name isolated in Arabic text"
    assert all(line.startswith("\u200f") for line in arabic.text.split("\n") if line)
    await omar.command("leads")
    listing = await omar.expect("العملاء المحتملون لـ")
    assert "\u2068محمد العلي\u2069" in listing.text and "\u2068王芳\u2069" in listing.text
    assert listing.text.index("王芳") < listing.text.index("محمد العلي"), "hottest first"


async def test_a_lead_hot_within_the_hour_of_its_alert_is_alerted_when_the_hour_is_over(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    li = await member(double, deps, 6101, "Li", "en")
    ana = await buyer(double, deps, 6001, "Ana", "en", consent=True)
    await open_thread(ana)
    await li.expect("🆕 New lead: {name}")
    await ana.say("Price for 1000 pieces?")
    await li.expect("New conversation for")
    await ana.tap("⭐ Save")
    await ana.expect_answer("Saved. See /saved.")
    await asyncio.sleep(1.5)  # the alert job looks every 0.5 s: it has looked, and waits
    assert not [m for m in li.user.bot_messages if "Hot lead" in m.text]
    deps.clock.freeze(TEST_NOW + timedelta(minutes=61))
    hot = await li.expect("🔥 Hot lead: {name}")
    assert "Ana Souza" in hot.text and "hot, score 10" in hot.text
    assert "Started 1 talk (+4)" in hot.text and "Left 1 message (+2)" in hot.text
