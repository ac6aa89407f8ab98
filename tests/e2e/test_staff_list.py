"""Organizers list and revoke staff links and invitations; nobody else can, even by forging."""

from __future__ import annotations

from bot.deps import Deps
from bot.services import staff
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.live_talk import NOW, buyer, catalog, member, open_thread
from tests.auxil.staff import ADMIN, invite
from tests.auxil.talk import Talk

__all__ = ["catalog"]
REFUSAL = "This command is for the fair's organizers."


async def is_staff(deps: Deps, telegram_id: int) -> bool:
    async with deps.db.read() as session:
        return await staff.get(session, telegram_id) is not None


async def test_an_organizer_revokes_a_link_and_the_conversation_waits_for_a_colleague(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = await buyer(double, deps, 6401, "Ana", "en", consent=True)
    li = await member(double, deps, 6501, "Li", "zh-hans")
    wang = await member(double, deps, 6502, "Wang", "en")
    await open_thread(ana)
    await ana.say("Price for 1000?")
    alert = await li.expect("New conversation for")
    claim = str(alert.buttons[0]["callback_data"])
    await li.tap("✋ Claim")
    await ana.expect("have joined your conversation")

    eve = Talk(double, deps, user_id=6503, first_name="Eve", language_code="es")
    await eve.command("staff_list")
    refused = await eve.expect(REFUSAL)
    olga = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="fr")
    await olga.command("staff_list")
    listing = await olga.expect("Staff links and open invitations")
    assert "6501" in listing.text and "6502" in listing.text
    revoke_li = next(b for b in listing.buttons if "6501" in b["text"])

    await eve.forge(refused.message_id, revoke_li["callback_data"])
    await eve.expect_answer(REFUSAL)
    await olga.command("staff_list")
    assert "6501" in (await olga.expect("Staff links and open invitations")).text
    confirm_li = str(revoke_li["callback_data"]).replace("st.rv", "st.ok")
    await eve.forge(refused.message_id, confirm_li)
    await eve.expect_answer(REFUSAL)
    assert await is_staff(deps, li.user.id)

    await olga.tap(revoke_li["text"])
    question = await olga.expect("Revoke the link of staff member {id} to {exhibitor}?")
    await olga.tap("✖ Yes, revoke", message_id=question.message_id)
    await olga.expect("Revoked: staff member {id} is no longer staff of {exhibitor}.")
    await li.expect("The fair's organizers ended your link to {exhibitor}.")
    await olga.forge(question.message_id, confirm_li)
    await olga.expect_answer("Already revoked.")
    await olga.forge(listing.message_id, str(revoke_li["callback_data"]))
    await olga.expect_answer("Already revoked.")

    await li.forge(alert.message_id, claim)
    await li.expect_answer("This button is from an older message.")
    await li.command("inbox")
    await li.expect("This command is for exhibitor staff.")
    await ana.say("Still there?")
    await ana.expect("Kept. The staff of")
    await wang.command("inbox")
    [waiting] = (await wang.expect("Waiting: 1")).buttons
    await wang.tap(waiting["text"])
    taken = await wang.expect("You took the conversation with")
    assert "Price for 1000?" in taken.text and "Still there?" in taken.text
    await ana.expect("have joined your conversation")
    assert "Still there?" not in li.user.transcript()


async def test_an_organizer_revokes_an_invitation_and_pages_through_many(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    olga = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="en")
    code = await invite(olga, "EX0002")
    async with deps.db.write() as session:
        for _ in range(9):
            await staff.invite(session, "EX0001", NOW)
    await olga.command("staff_list", "EX0002")
    only = await olga.expect("Staff links and open invitations")
    [button] = only.buttons
    assert "Maker 2" in only.text and "Maker 1" not in only.text
    await olga.tap(button["text"])
    await olga.expect("Its code stops working at once.")
    await olga.tap("Cancel")
    await olga.expect("Nothing was revoked.")
    await olga.tap(button["text"])
    question = await olga.expect("Its code stops working at once.")
    await olga.tap("✖ Yes, revoke", message_id=question.message_id)
    await olga.expect("Revoked: the invitation {id} for {exhibitor} no longer works.")
    zoe = Talk(double, deps, user_id=6504, first_name="Zoe", language_code="pt-br")
    await zoe.command("staff", code)
    await zoe.expect("I do not know this invitation code.")

    await olga.command("staff_list")
    first = await olga.expect("Page 1 of 2")
    assert len(first.buttons) == 9 and "Maker 2" not in first.text
    await olga.tap("Next »", message_id=first.message_id)
    second = await olga.expect("Page 2 of 2")
    assert second.message_id == first.message_id and len(second.buttons) == 2
    await olga.tap("« Previous", message_id=first.message_id)
    await olga.expect("Page 1 of 2")
    await olga.forge(first.message_id, pack("st.ls", "999999999"))
    await olga.expect("Page 2 of 2")
    await olga.command("staff_list", "EX0001 EX0002")
    await olga.expect("Send /staff_list, or /staff_list followed by an exhibitor's ID")
