"""`python bot.py staff-invite EXHIBITOR_ID`: an invitation from the command line, both engines."""

from __future__ import annotations

import re
from pathlib import Path

from bot.clock import Clock
from bot.db.engine import Database
from bot.domain import StaffRole
from bot.services import staff, users
from bot.telegram_double import BotApiDouble
from catalog_sync.runner import sync
from tests.auxil.cli_inprocess import bot_py
from tests.auxil.environment import BOT_TOKEN, TEST_NOW
from tests.auxil.feed import base_catalog


async def _invite(cwd: Path, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """In a worker thread: the Bot API double answers getMe on this test's loop."""
    run = await bot_py(cwd, "staff-invite", *args, env=env)
    return run.returncode, run.stdout, run.stderr


async def test_staff_invite_prints_a_link_and_a_code_that_links(
    database: Database, double: BotApiDouble, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "feed", products=2)
    await sync(database, str(tmp_path / "feed"), Clock())
    env = {"DATABASE_URL": database.url, "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
           "TELEGRAM_API_URL": double.url}  # fmt: skip
    code, out, err = await _invite(tmp_path, env, "EX0002")
    assert code == 0, err
    username = double.bot_user["username"]
    link = re.search(rf"https://t\.me/{username}\?start=staff-([A-Z2-7]{{16}})", out)
    assert link is not None, out
    assert "Maker 2 Co., Ltd. (EX0002), role agent" in out and f"/staff {link.group(1)}" in out
    async with database.write() as session:
        await users.ensure(session, 77, "en", TEST_NOW)
        linked = await staff.link(session, 77, link.group(1), Clock().now())
    assert (linked.exhibitor_id, linked.role) == ("EX0002", StaffRole.AGENT)

    code, out, _ = await _invite(tmp_path, {"DATABASE_URL": database.url}, "EX0001")
    assert code == 0 and "link: unavailable" in out and re.search(r"code: [A-Z2-7]{16}", out)

    code, out, err = await _invite(tmp_path, {"DATABASE_URL": database.url}, "EX9999")
    assert code == 1 and "NO SUCH EXHIBITOR" in err and "Traceback" not in err


async def test_staff_invite_role_manager_makes_a_manager(
    database: Database, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "feed", products=2)
    await sync(database, str(tmp_path / "feed"), Clock())
    env = {"DATABASE_URL": database.url}
    code, out, err = await _invite(tmp_path, env, "EX0001", "--role", "manager")
    assert code == 0 and "role manager" in out, err
    found = re.search(r"code: ([A-Z2-7]{16})", out)
    assert found is not None, out
    async with database.write() as session:
        await users.ensure(session, 78, "en", TEST_NOW)
        linked = await staff.link(session, 78, found.group(1), Clock().now())
    assert (linked.exhibitor_id, linked.role) == ("EX0001", StaffRole.MANAGER)
    code, out, err = await _invite(tmp_path, env, "EX0001", "--role", "boss")
    assert code == 2 and "invalid choice: 'boss'" in err and "code:" not in out
