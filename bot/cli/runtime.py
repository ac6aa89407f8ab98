"""What every command shares: the settings, read once and their secrets redacted, and
the event loop a command runs on."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Coroutine
from typing import Any

from bot.config import Settings
from bot.config_parsing import ConfigError
from bot.redaction import Redactor, setup_logging


class Context:
    """A command's view of the process: the settings, read only when it asks for them (a
    command that needs none is not stopped by a configuration error it does not use)."""

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.from_env()
            self._redactor.remember(*self._settings.secrets)
        return self._settings


def run(coroutine: Coroutine[Any, Any, int]) -> int:
    """Run a command on uvloop where it is installed: under load the stock loop's
    selector and transports were a sixth of the bot's CPU."""
    try:
        import uvloop
    except ImportError:
        factory = None
    else:
        factory = uvloop.new_event_loop
    with asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(coroutine)


def stop_event() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM (Ctrl-C, or an operator stopping the process)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return stop


def execute(args: argparse.Namespace) -> int:
    """Run the parsed command with logging that redacts every secret."""
    context = Context(setup_logging())
    try:
        exit_code: int = args.command(args, context)
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    return exit_code
