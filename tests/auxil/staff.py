"""An organizer inviting exhibitor staff through the chat."""

from __future__ import annotations

import re

from tests.auxil.talk import Talk

ADMIN = 900001
_LINK = re.compile(r"https://t\.me/(\w+)\?start=staff-([A-Z2-7]{16})")


async def invite(organizer: Talk, exhibitor_id: str) -> str:
    """The organizer's /invite; returns the code, checking the link carries the same one."""
    await organizer.command("invite", exhibitor_id)
    message = await organizer.expect("Send them this link:")
    found = _LINK.search(message.text)
    assert found is not None, message.text
    assert f"/staff {found.group(2)}" in message.text
    return found.group(2)
