"""Which "LED strip model N" searches the bot answered a buyer, in the order it answered."""

from __future__ import annotations

import re

from tests.auxil.talk import Talk

RESULTS = re.compile(r"LED strip model (\d+)")


def heard(talk: Talk) -> list[int]:
    """The searches the bot answered since the mark, in the order its replies came."""
    found = []
    for event in talk.user.events[talk.mark :]:
        message = event.message
        if event.kind == "message" and message is not None and message.from_bot:
            first = RESULTS.search(message.text.split("\n", 1)[0])
            if first:
                found.append(int(first.group(1)))
    return found
