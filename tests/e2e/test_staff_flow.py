"""Exhibitor staff end to end: invitations from organizers, links, refusals, /unlink."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from catalog_sync.runner import sync
from handlers.context import FairApplication
from tests.auxil.feed import base_catalog
from tests.auxil.staff import ADMIN, invite
from tests.auxil.talk import Talk


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    base_catalog(tmp_path / "feed", products=6)
    await sync(deps.db, str(tmp_path / "feed"), Clock())


async def test_invite_link_and_unlink(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    organizer = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="en")
    code = await invite(organizer, "EX0001")
    assert double.bot_user["username"] in organizer.user.last.text  # type: ignore[union-attr]
    li = Talk(double, deps, user_id=5101, first_name="Li", language_code="zh-hans")
    await li.command("start", f"staff-{code}")
    linked = await li.expect("You are now staff of {exhibitor}.")
    assert "制造商1有限公司" in linked.text
    await li.command("staff", code)
    await li.expect("You are already staff of {exhibitor}.")
    wang = Talk(double, deps, user_id=5102, first_name="Wang", language_code="en")
    await wang.command("staff", code)
    await wang.expect("This invitation has been used already.")
    await wang.command("staff")
    await wang.expect("Send /staff followed by the invitation code you were given.")
    await wang.command("start", "staff-NOTACODE")
    await wang.expect("I do not know this invitation code.")
    await li.command("unlink")
    await li.expect("You are no longer staff of {exhibitor}.")
    await li.command("unlink")
    await li.expect("You are not linked to any exhibitor.")


async def test_only_organizers_invite_and_codes_expire(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    stranger = Talk(double, deps, user_id=5103, first_name="Eve", language_code="es")
    await stranger.command("invite", "EX0001")
    await stranger.expect("This command is for the fair's organizers.")
    organizer = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="fr")
    await organizer.command("invite")
    await organizer.expect("Send /invite followed by the exhibitor's ID")
    await organizer.command("invite", "EX9999")
    await organizer.expect("There is no exhibitor with the ID {id} in the catalog.")
    code = await invite(organizer, "EX0002")
    deps.clock.freeze(deps.clock.now() + timedelta(days=7, seconds=1))
    await stranger.command("staff", code)
    await stranger.expect("This invitation has expired.")


async def test_invite_by_name_and_organizers_see_exhibitor_ids(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    organizer = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="en")
    await organizer.command("invite", "maker 2 manager")
    one = await organizer.expect("Staff invitation:")
    assert "Maker 2 Co., Ltd." in one.text and "Role: manager" in one.text
    assert "(Shanghai (UTC+08:00))" in one.text, "the expiry says which clock it is on"
    await organizer.command("invite", "MAKER")
    choice = await organizer.expect("Several exhibitors have that name. Which one do you mean?")
    labels = ["Maker 1 Co., Ltd. (EX0001)", "Maker 2 Co., Ltd. (EX0002)"]
    assert [b["text"] for b in choice.buttons] == labels
    await organizer.tap(labels[0])
    chosen = await organizer.expect("Staff invitation:")
    assert chosen.message_id == choice.message_id and "Maker 1 Co., Ltd." in chosen.text
    assert "Role: agent" in chosen.text
    await organizer.command("help")
    await organizer.expect("For the fair's organizers")
    await organizer.say("LED strip model 3")
    await organizer.tap("LED strip model 3")
    card = await organizer.expect("Exhibitor: {name}")
    assert "Exhibitor ID: EX0002" in card.text
    buyer = Talk(double, deps, user_id=5104, first_name="Bo", language_code="en")
    await buyer.say("LED strip model 3")
    await buyer.tap("LED strip model 3")
    assert "Exhibitor ID" not in (await buyer.expect("Exhibitor: {name}")).text
    await buyer.command("help")
    assert "organizers" not in (await buyer.expect("What I can do")).text
