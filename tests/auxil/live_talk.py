"""Buyers, exhibitor staff and a catalog with a chef knife, for the live-talk flows."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.deps import Deps
from bot.services import buyers, staff, users
from bot.telegram_double import BotApiDouble
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog, product, write
from tests.auxil.talk import Talk

KNIFE = "Stainless steel chef knife"
MAKER = "Maker 1 Co., Ltd."
NOW = datetime(2026, 10, 1, tzinfo=UTC)


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    base_catalog(tmp_path / "feed", products=6)
    knife = product(
        900, 1, 500, name={"en": KNIFE, "es": "Cuchillo de chef", "zh": "不锈钢厨师刀"},
        keywords=["knife"],
    )  # fmt: skip
    lines = (tmp_path / "feed" / "products.jsonl").read_text().splitlines()
    write(tmp_path / "feed", "products", [json.loads(line) for line in lines] + [knife])
    await sync(deps.db, str(tmp_path / "feed"), Clock())


async def buyer(double: BotApiDouble, deps: Deps, user_id: int, name: str, language: str,
                consent: bool) -> Talk:  # fmt: skip
    """A registered buyer (registration itself is tested in test_registration_flow)."""
    talk = Talk(double, deps, user_id=user_id, first_name=name, language_code=language)
    async with deps.db.write() as session:
        await users.ensure(session, user_id, talk.t.code, NOW)
        await buyers.create(
            session, user_id,
            {"full_name": f"{name} Souza", "company": f"{name} Ltda", "country": "BR",
             "timezone": "America/Sao_Paulo", "email": f"{name.lower()}@example.com.br",
             "phone": "+5511912345678", "interests": [], "consent": consent},
            NOW,
        )  # fmt: skip
    return talk


async def member(
    double: BotApiDouble, deps: Deps, user_id: int, name: str, language: str,
    exhibitor_id: str = "EX0001",
) -> Talk:  # fmt: skip
    """Staff of EX0001 (or `exhibitor_id`), linked through an invitation (tested in
    test_staff_flow)."""
    talk = Talk(double, deps, user_id=user_id, first_name=name, language_code=language)
    async with deps.db.write() as session:
        await users.ensure(session, user_id, talk.t.code, NOW)
        code = (await staff.invite(session, exhibitor_id, NOW)).code
        await staff.link(session, user_id, code, NOW)
    return talk


async def open_thread(talk: Talk, query: str = "chef knife", label: str = KNIFE) -> None:
    await talk.say(query)
    await talk.expect("Results for")
    await talk.tap(label)
    await talk.expect("Exhibitor: {name}")
    await talk.tap("💬 Talk to the exhibitor")
    opened = await talk.expect("You are now in touch with")
    assert MAKER in opened.text


async def claimed(talk: Talk, owner: Talk, question: str) -> None:
    """The Spanish-speaking buyer asks about the chef knife and `owner` claims the talk."""
    await open_thread(talk, "cuchillo de chef", "Cuchillo de chef")
    await talk.say(question)
    await owner.expect("New conversation for")
    await owner.tap("✋ Claim")
    await talk.expect("have joined your conversation")


def said_to(talk: Talk, fragment: str) -> list[str]:
    return [m.text for m in talk.user.bot_messages if fragment in m.text]
