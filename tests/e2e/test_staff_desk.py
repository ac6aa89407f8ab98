"""The staff desk end to end: roles from invitations, the menu, a manager's team, availability."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from bot.telegram_double.state import ChatMessage
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.live_talk import buyer, catalog, open_thread
from tests.auxil.staff import ADMIN, invitation_code, invite
from tests.auxil.talk import Talk

__all__ = ["catalog"]
MAKER_ZH = "制造商1有限公司"
STALE = "This button is from an older message."


def labels(message: ChatMessage) -> list[str]:
    return [str(button["text"]) for button in message.buttons]


def button(message: ChatMessage, fragment: str) -> dict[str, object]:
    return next(b for b in message.buttons if fragment in str(b["text"]))


async def linked(talk: Talk, code: str) -> ChatMessage:
    """Link `talk` with `code` through the invitation link; the desk that follows."""
    await talk.command("start", f"staff-{code}")
    await talk.expect("You are now staff of")
    return await talk.expect("Staff desk: {exhibitor}")


async def test_a_manager_invites_an_agent_who_links_and_gets_the_agent_menu(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    olga = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="en")
    await olga.command("invite", "EX0001 boss")
    await olga.expect("It invites an agent, who answers buyers; add manager")
    wang = Talk(double, deps, user_id=5201, first_name="Wang", language_code="zh-hans")
    desk = await linked(wang, await invite(olga, "EX0001", "manager"))
    assert MAKER_ZH in desk.text and wang.tr("Your role: manager.") in desk.text
    menu = (
        "📥 Inbox", "📅 Meetings", "🗓 Meeting slots", "📈 Leads", "🟢 Availability", "📊 Figures",
        "👥 Team", "✉️ Invite an agent", "📅 Meeting settings", "🕘 Business hours",
        "🔔 Lead alerts",
    )  # fmt: skip
    assert labels(desk) == [wang.t.gettext(label) for label in menu]

    await wang.tap("✉️ Invite an agent")
    code = await invitation_code(wang)
    assert wang.tr("Role: agent (answers buyers).") in wang.user.last.text  # type: ignore[union-attr]
    kevin = Talk(double, deps, user_id=5202, first_name="Kevin", language_code="en")
    await kevin.command("staff", code)
    agent_desk = await kevin.expect("Staff desk: {exhibitor}")
    assert "Your role: agent." in agent_desk.text and "Maker 1 Co., Ltd." in agent_desk.text
    agent_menu = [
        "📥 Inbox", "📅 Meetings", "🗓 Meeting slots", "📈 Leads", "🟢 Availability", "📊 Figures",
    ]  # fmt: skip
    assert labels(agent_desk) == agent_menu

    for action in ("st.team", "st.invite"):  # a manager's button, forged by an agent
        await kevin.forge(agent_desk.message_id, pack(action))
        await kevin.expect_answer("Only your exhibitor's managers can do this.")
    await kevin.forge(agent_desk.message_id, pack("sf.rm", "s5201-0"))
    await kevin.expect_answer("Only your exhibitor's managers can do this.")
    await kevin.tap("📥 Inbox")
    await kevin.expect("No conversation is waiting and you have none open.")
    await kevin.command("help")
    await kevin.expect("What I can do for exhibitor staff")
    await wang.command("desk")
    await wang.expect("Staff desk: {exhibitor}")


async def test_a_manager_removes_an_agent_whose_buttons_go_stale_and_stays_the_last(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    olga = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="en")
    anna = Talk(double, deps, user_id=5301, first_name="Anna", language_code="en")
    await linked(anna, await invite(olga, "EX0001", "manager"))
    li = Talk(double, deps, user_id=5302, first_name="Li", language_code="zh-hans")
    li_desk = await linked(li, await invite(olga, "EX0001"))
    other = Talk(double, deps, user_id=5303, first_name="Otto", language_code="en")
    await linked(other, await invite(olga, "EX0002", "manager"))

    await olga.command("staff_list", "EX0001")  # the organizers see the roles too
    roster = await olga.expect("Staff links and open invitations")
    assert "5301, manager, linked" in roster.text and "5302, agent, linked" in roster.text

    await anna.tap("👥 Team")
    listing = await anna.expect("Team of {exhibitor}")
    assert "5301" in listing.text and "(you)" in listing.text and "5302" in listing.text
    remove_li = button(listing, "5302")
    await other.command("desk")
    others = await other.expect("Staff desk: {exhibitor}")
    await other.forge(others.message_id, str(remove_li["callback_data"]))
    await other.expect_answer("This person is no longer on your team.")  # not Otto's team

    await anna.tap(str(remove_li["text"]))
    question = await anna.expect("Remove staff member")
    await anna.tap("Cancel", message_id=question.message_id)
    await anna.expect("No one was removed.")
    await anna.tap(str(remove_li["text"]))
    question = await anna.expect("Remove staff member")
    await anna.tap("✖ Yes, remove", message_id=question.message_id)
    await anna.expect("They have been told.")
    notice = await li.expect("removed you from its team.")
    assert MAKER_ZH in notice.text

    await li.tap(li.t.gettext("📥 Inbox"), message_id=li_desk.message_id)
    await li.expect_answer(STALE)
    await li.forge(li_desk.message_id, pack("sf.av", "0"))
    await li.expect_answer(STALE)
    await anna.tap(str(remove_li["text"]), message_id=listing.message_id)
    await anna.expect_answer("This person is no longer on your team.")

    await anna.tap(str(button(listing, "5301")["text"]))
    question = await anna.expect("Leave the team of")
    await anna.tap("✖ Yes, remove", message_id=question.message_id)
    await anna.expect_answer("You are your exhibitor's last manager")
    await anna.command("unlink")
    await anna.expect("You are your exhibitor's last manager")
    await anna.command("desk")
    await anna.expect("Staff desk: {exhibitor}")


async def test_availability_away_staff_get_no_alert_and_start_is_the_desk(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    olga = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="en")
    mia = Talk(double, deps, user_id=5401, first_name="Mia", language_code="es")
    await linked(mia, await invite(olga, "EX0001"))
    await mia.command("start")
    desk = await mia.expect("Staff desk: {exhibitor}")
    assert mia.tr("🟢 Available: you get an alert for each new conversation.") in desk.text
    await mia.tap("🟢 Availability")
    await mia.expect("🟢 Available: you get an alert for each new conversation.")
    await mia.tap("⏸ Set me away")
    state = await mia.expect("⏸ Away: no alerts for new conversations")
    await mia.forge(state.message_id, pack("sf.av", "0"))  # a double tap: still away

    ana = await buyer(double, deps, 5402, "Ana", "en", consent=True)
    await open_thread(ana)
    await ana.say("Price for 1000?")
    await ana.expect("are not online yet. Your message is kept")
    await mia.command("desk")
    desk = await mia.expect("Conversations waiting for you: {count}.")
    assert mia.tr("⏸ Away: no alerts for new conversations; /inbox still lists them.") in desk.text
    assert not [m for m in mia.user.bot_messages if mia.tr("New conversation for") in m.text]
    await mia.tap("🟢 Set me available")
    await mia.expect("🟢 Available: you get an alert for each new conversation.")

    await ana.command("desk")
    await ana.expect("This command is for exhibitor staff.")
    await ana.command("start")
    await ana.expect("I help you take part from this chat")
