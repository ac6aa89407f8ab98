"""An organizer inviting exhibitor staff through the chat."""

from __future__ import annotations

import re

from tests.auxil.talk import Talk

ADMIN = 900001
_LINK = re.compile(r"https://t\.me/(\w+)\?start=staff-([A-Z2-7]{16})")


async def invite(organizer: Talk, exhibitor_id: str, role: str = "") -> str:
    """The organizer's /invite (`role` "manager" or "agent", or none said); returns the code,
    checking the link carries the same one."""
    await organizer.command("invite", f"{exhibitor_id} {role}".strip())
    return await invitation_code(organizer)


async def invitation_code(maker: Talk) -> str:
    """The code of the invitation just shown to `maker` (an organizer or a manager)."""
    message = await maker.expect("Send them this link:")
    found = _LINK.search(message.text)
    assert found is not None, message.text
    assert f"/staff {found.group(2)}" in message.text
    return found.group(2)
