"""`python bot.py staff list` and `staff revoke ID`, on both engines."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.outbox import OutboxMessage
from bot.errors import InvalidInvite
from bot.services import staff, users
from catalog_sync.runner import sync
from tests.auxil.cli_inprocess import bot_py
from tests.auxil.environment import TEST_NOW
from tests.auxil.feed import base_catalog


async def _staff(database: Database, cwd: Path, *args: str) -> tuple[int, str, str]:
    run = await bot_py(cwd, "staff", *args, env={"DATABASE_URL": database.url})
    return run.returncode, run.stdout, run.stderr


async def test_staff_list_and_revoke(database: Database, tmp_path: Path) -> None:
    base_catalog(tmp_path / "feed", products=2)
    await sync(database, str(tmp_path / "feed"), Clock())
    now = Clock().now()
    async with database.write() as session:
        await users.ensure(session, 77, "es", TEST_NOW)
        await staff.link(session, 77, (await staff.invite(session, "EX0001", now)).code, now)
        code = (await staff.invite(session, "EX0002", now)).code

    status, out, err = await _staff(database, tmp_path, "list")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "EX0001  Maker 1 Co., Ltd." and lines[2] == "EX0002  Maker 2 Co., Ltd."
    link_id, invitation_id = lines[1].split()[0], lines[3].split()[0]
    assert "staff member 77, agent, linked" in lines[1]
    assert "invitation for an agent, made" in lines[3]
    assert lines[-1] == "1 staff link, 1 open invitation"

    for entry_id, said in [(link_id, "staff member 77 is no longer staff of Maker 1"),
                           (invitation_id, "no longer works")]:  # fmt: skip
        status, out, err = await _staff(database, tmp_path, "revoke", entry_id)
        assert status == 0 and out.startswith("REVOKED") and said in out, out + err
    status, out, err = await _staff(database, tmp_path, "revoke", link_id)
    assert status == 1 and "NOT FOUND" in err and "Traceback" not in err

    async with database.read() as session:
        assert await staff.get(session, 77) is None
        sent = await session.execute(select(OutboxMessage.text).where(OutboxMessage.chat_id == 77))
        [notice] = sent.scalars()
    assert "Maker 1" in notice and "organizadores" in notice  # in the member's language
    with pytest.raises(InvalidInvite) as refused:
        async with database.write() as session:
            await staff.link(session, 78, code, now)
    assert refused.value.reason == "unknown"
    status, out, _ = await _staff(database, tmp_path, "list", "--exhibitor", "EX0001")
    assert status == 0 and out == "0 staff links, 0 open invitations\n"
