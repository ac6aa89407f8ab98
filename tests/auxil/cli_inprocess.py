"""`python bot.py COMMAND ...` run in the test's own process: the real parser and dispatch
(`bot.cli.main.main`), without the second and a half of imports a child process pays.

What a child would have had is recreated for the call and undone after it: the
environment (this process's, plus what the test gives), the working directory (where
the settings look for `.env`), stdout and stderr, and the logging the CLI configures
(its handler on stderr, the levels it sets, its excepthook). So a later test in the
same worker sees none of it. A child process stays the right tool where the process
itself is what is tested: the entry point, signals, kill -9, a restart.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import chdir, contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from bot.cli.main import main


@dataclass(frozen=True)
class Result:
    """What the command left: its exit code and what it wrote (log lines go to stderr)."""

    returncode: int
    stdout: str
    stderr: str


async def bot_py(cwd: Path, *argv: str, env: Mapping[str, str], clear_env: bool = False) -> Result:
    """Run `bot.py *argv` in `cwd` with `env` over this process's environment (or in place
    of it, with `clear_env`).

    In a worker thread, as a command runs its own event loop (asyncio.run) and the test's
    loop must keep answering it (a Bot API double, a feed server).
    """
    return await asyncio.to_thread(bot_py_blocking, cwd, list(argv), env, clear_env)


def bot_py_blocking(
    cwd: Path, argv: list[str], env: Mapping[str, str], clear_env: bool = False
) -> Result:
    """`bot_py` on the calling thread, for a test with no event loop of its own."""
    out, err = io.StringIO(), io.StringIO()
    with (
        _process_logging(),
        redirect_stdout(out),
        redirect_stderr(err),
        mock.patch.dict(os.environ, env, clear=clear_env),
        chdir(cwd),
    ):
        returncode = _exit_code(argv)
    return Result(returncode, out.getvalue(), err.getvalue())


def _exit_code(argv: list[str]) -> int:
    """What the process would exit with: main's return, or a SystemExit (argparse's)."""
    try:
        return main(argv)
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or 0
        print(stop.code, file=sys.stderr)  # as the interpreter does with a message
        return 1


@contextmanager
def _process_logging() -> Iterator[None]:
    """Logging as a fresh process has it (no root handler, so the CLI's basicConfig adds
    one on the redirected stderr), and as the test had it afterwards."""
    root, httpx = logging.getLogger(), logging.getLogger("httpx")
    handlers, level, httpx_level = root.handlers[:], root.level, httpx.level
    excepthook = sys.excepthook
    root.handlers = []
    try:
        yield
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers = handlers
        root.setLevel(level)
        httpx.setLevel(httpx_level)
        sys.excepthook = excepthook
