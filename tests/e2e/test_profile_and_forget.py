"""After registration: /badge, /profile edits, /forget, deep links, the command menu."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.db.models import Buyer, User
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.registration import register_in_chat
from tests.auxil.talk import Talk


async def test_profile_shows_and_edits_a_field(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=3001, first_name="Ana", language_code="es")
    await register_in_chat(talk, "Ana García", "España", "Madrid")
    await talk.command("profile")
    profile = await talk.expect("Tap a field to change it.")
    assert "buyer@example.com" in profile.text and "Ana García" in profile.text
    await talk.tap("E-mail")
    await talk.expect("What is your business e-mail address?")
    await talk.say("ana@nueva.es")
    await talk.expect("Your profile with this change:")
    await talk.tap("✅ Save")
    await talk.expect("Your profile is saved.")
    await talk.tap("Shared with exhibitors", message_id=profile.message_id)
    await talk.tap("No")
    await talk.tap("✅ Save")
    await talk.expect("Your profile is saved.")
    async with deps.db.read() as session:
        buyer = (await session.execute(select(Buyer))).scalar_one()
    assert buyer.email == "ana@nueva.es" and not buyer.consent_share


async def test_badge_command(bot: FairApplication, double: BotApiDouble, deps: Deps) -> None:
    talk = Talk(double, deps, user_id=3002, first_name="Tom", language_code="en")
    await talk.command("badge")
    await talk.expect("You have no e-badge yet.")
    code = await register_in_chat(talk, "Tom Lee", "United States", "New York")
    await talk.command("badge")
    badge = await talk.expect_photo()
    assert code in badge.text


async def test_forget_deletes_personal_data_after_confirmation(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=3003, first_name="Olga", language_code="ru")
    await register_in_chat(talk, "Ольга Иванова", "Германия", "Берлин")
    await talk.command("forget")
    await talk.expect("Delete your personal data?")
    await talk.tap("No, keep it")
    await talk.expect("Nothing was deleted.")
    await talk.command("forget")
    await talk.tap("Yes, delete my data")
    await talk.expect("Your personal data has been deleted.")
    async with deps.db.engine.connect() as conn:
        for table in ("buyers", "flow_states", "users"):
            dump = str((await conn.exec_driver_sql(f"SELECT * FROM {table}")).all())
            for secret in ("Ольга", "Acme", "buyer@example.com", "+34600123456"):
                assert secret not in dump
    await talk.command("profile")
    await talk.expect("You are not registered yet.")


async def test_forget_buttons_expire(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=3004, first_name="Kim", language_code="en")
    await talk.command("forget")
    await talk.expect("Delete your personal data?")
    deps.clock.freeze(deps.clock.now() + timedelta(hours=1))
    await talk.tap("Yes, delete my data")
    await talk.expect_answer("This button has expired.")


async def test_deep_links(bot: FairApplication, double: BotApiDouble, deps: Deps) -> None:
    talk = Talk(double, deps, user_id=3005, first_name="Ravi", language_code="en-IN")
    await talk.command("start", "src-expo_mumbai")
    await talk.expect("Welcome to Canton Fair Online!")
    await talk.command("start", "register")
    await talk.expect("What is your full name?")
    other = Talk(double, deps, user_id=3006, first_name="Zed", language_code="en")
    await other.command("start", "zzz-unknown")
    await other.expect("I do not recognise that link")
    await other.expect("Welcome to Canton Fair Online!")
    async with deps.db.read() as session:
        source = (
            await session.execute(select(User.source).where(User.telegram_id == 3005))
        ).scalar_one()
    assert source == "expo_mumbai"


async def test_commands_menu_is_set_in_every_language(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    calls = [params for method, params in double.requests if method == "setMyCommands"]
    languages = {params.get("language_code") for params in calls}
    assert languages == {
        None, "en", "zh", "es", "fr", "ru", "ar", "pt", "ja", "ko", "vi", "th", "id", "tr", "hi"
    }  # fmt: skip
