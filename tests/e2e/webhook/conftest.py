"""Webhook fixtures: the bot's server on a free port, where the double delivers the webhook."""

from __future__ import annotations

import pytest

from tests.auxil.webhook import HOOK_HOST, free_port


@pytest.fixture
def port() -> int:
    """The port of the bot's webhook server."""
    return free_port()


@pytest.fixture
def double_hosts(port: int) -> dict[str, str]:
    """The double delivers the webhook to the bot's server on `port`, as DNS and a proxy would."""
    return {HOOK_HOST: f"http://127.0.0.1:{port}"}
