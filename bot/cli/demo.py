"""`python bot.py demo`: the offline demo, the real bot and a web chat, no Telegram needed."""

from __future__ import annotations

import argparse

from bot.cli import runtime
from bot.config import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser(
        "demo", help="the offline demo: the bot and a web chat on 127.0.0.1, no Telegram needed"
    )
    demo.add_argument("--port", type=int, help="web chat port (default: DEMO_PORT or 8080)")
    demo.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    settings = context.settings
    return runtime.run(_demo(settings, args.port or settings.demo_port))


async def _demo(settings: Settings, port: int) -> int:
    from bot.demo.runner import run_demo

    await run_demo(settings, runtime.stop_event(), port)
    return 0
