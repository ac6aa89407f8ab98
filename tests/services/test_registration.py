"""Registration as a service: steps, checks, edits, confirmation, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bot.db.engine import Database
from bot.db.models import Buyer
from bot.errors import AlreadyRegistered, InvalidAnswer, StaleAction
from bot.services import flow_state, privacy, registration, users

NOW = datetime(2026, 10, 1, tzinfo=UTC)
LOCALES = ("en", "zh_Hans", "es", "fr", "ru", "ar", "pt", "ja")
USER = 4242


async def _text(db: Database, text: str) -> flow_state.State:
    async with db.write() as s:
        return await registration.answer_text(s, USER, text, NOW, LOCALES)


async def _press(db: Database, token: str, action: str, arg: str = "") -> flow_state.State:
    async with db.write() as s:
        return await registration.press(s, USER, token, action, arg, NOW)


async def _begin(db: Database) -> flow_state.State:
    async with db.write() as s:
        await users.ensure(s, USER, "en", NOW)
        return await registration.start(s, USER, NOW)


async def _to_summary(db: Database) -> flow_state.State:
    state = await _begin(db)
    await _text(db, "Ana García")
    await _text(db, "Muebles Ana S.L.")
    state = await _text(db, "España")
    assert state.step == "timezone" and state.draft.timezone_choices[0] == "Europe/Madrid"
    state = await _press(db, state.token, "tz", "0")
    await _text(db, "ana@muebles.es")
    state = await _press(db, state.token, "skip_phone")
    state = await _press(db, state.token, "interest", "furniture")
    state = await _press(db, state.token, "interests_done")
    return await _press(db, state.token, "consent", "yes")


async def test_full_registration_creates_one_buyer(database: Database) -> None:
    state = await _to_summary(database)
    assert state.step == "summary"
    async with database.write() as s:
        profile, created = await registration.confirm(s, USER, state.token, NOW)
    assert created and profile.country == "ES" and profile.timezone == "Europe/Madrid"
    assert profile.interests == ["furniture"] and profile.consent and profile.phone is None
    with pytest.raises(AlreadyRegistered):
        async with database.write() as s:
            await registration.confirm(s, USER, state.token, NOW)
    async with database.read() as s:
        assert (await s.execute(select(func.count(Buyer.id)))).scalar_one() == 1
        assert await flow_state.get(s, USER, *registration.FLOWS) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty"), ("   \u200b ", "empty"), ("x" * 4096, "too_long"), ("12345 !!", "no_letters")],
)
async def test_bad_names_are_refused_and_the_step_stays(
    database: Database, text: str, reason: str
) -> None:
    await _begin(database)
    with pytest.raises(InvalidAnswer) as problem:
        await _text(database, text)
    assert problem.value.reason == reason
    async with database.read() as s:
        state = await flow_state.get(s, USER, *registration.FLOWS)
    assert state is not None and state.step == "full_name" and state.draft.full_name is None


async def test_html_and_rtl_names_are_kept_as_typed(database: Database) -> None:
    await _begin(database)
    state = await _text(database, "  <b>Ali</b> & علي\u200f  ")
    assert state.draft.full_name == "<b>Ali</b> & علي"


async def test_ambiguous_country_offers_choices(database: Database) -> None:
    await _begin(database)
    await _text(database, "Kim")
    state = await _text(database, "Kim Trading")
    state = await _text(database, "Congo")
    assert state.step == "country" and set(state.draft.country_choices) >= {"CG", "CD"}
    index = state.draft.country_choices.index("CD")
    state = await _press(database, state.token, "country", str(index))
    assert state.step == "timezone" and state.draft.country == "CD"


async def test_stale_and_forged_buttons_change_nothing(database: Database) -> None:
    state = await _to_summary(database)
    for token, action, arg in [
        ("zzzzzzzz", "edit", "email"),  # another run's token
        (state.token, "tz", "0"),  # a button of an earlier step
        (state.token, "edit", "password"),  # a field that does not exist
    ]:
        with pytest.raises(StaleAction):
            await _press(database, token, action, arg)
    async with database.read() as s:
        after = await flow_state.get(s, USER, *registration.FLOWS)
    assert after == state


async def test_editing_a_field_returns_to_the_summary(database: Database) -> None:
    state = await _to_summary(database)
    state = await _press(database, state.token, "edit", "country")
    state = await _text(database, "Brasil")
    assert state.step == "timezone"
    state = await _press(database, state.token, "tz", "0")
    assert state.step == "summary" and state.draft.timezone == "America/Sao_Paulo"


async def test_profile_edit_updates_the_buyer(database: Database) -> None:
    state = await _to_summary(database)
    async with database.write() as s:
        await registration.confirm(s, USER, state.token, NOW)
        state = await registration.start_edit(s, USER, "email", NOW)
    state = await _text(database, "new@muebles.es")
    async with database.write() as s:
        profile, created = await registration.confirm(s, USER, state.token, NOW)
    assert not created and profile.email == "new@muebles.es"


async def test_forget_leaves_no_personal_data(database: Database) -> None:
    state = await _to_summary(database)
    async with database.write() as s:
        await registration.confirm(s, USER, state.token, NOW)
    async with database.write() as s:
        assert (await privacy.forget(s, USER)).deleted
    async with database.engine.connect() as conn:
        for table in ("buyers", "flow_states"):
            rows = (await conn.exec_driver_sql(f"SELECT * FROM {table}")).all()
            assert rows == []
        dump = str((await conn.exec_driver_sql("SELECT * FROM users")).all())
    for secret in ("Ana", "Muebles", "ana@"):
        assert secret not in dump
