"""Secrets never reach a log: a filter on every handler redacts them from each record.

Whoever holds the bot token controls the bot, and logs travel far (a terminal, a
file, a log service, a bug report). So every record is redacted where it is
written, whichever library logged it: its message with the arguments filled in,
its formatted exception and its stack. Redacted are any token-shaped string
(Telegram's `123456789:AAE...`: digits, a colon, 30 or more of [A-Za-z0-9_-],
the colon perhaps URL-encoded) and each configured secret (`remember`), in any
letter case, since some errors quote a URL lowercased.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from types import TracebackType

MASK = "[redacted]"
TOKEN_SHAPE = re.compile(r"(\d+)(:|%3A)[A-Za-z0-9_-]{30,}", re.IGNORECASE)
MIN_SECRET = 8  # a shorter "secret" would redact ordinary words


class Redactor(logging.Filter):
    """The filter: rewrites a record's text with the secrets masked, and lets it through."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: re.Pattern[str] | None = None
        self._known: set[str] = set()

    def remember(self, *secrets: str | None) -> None:
        """Mask these values too (the configured token, an API key), whatever their shape."""
        for secret in secrets:
            if secret and len(secret) >= MIN_SECRET:
                self._known |= {secret, secret.replace(":", "%3A")}
        if self._known:
            alternatives = sorted(self._known, key=len, reverse=True)
            self._secrets = re.compile("|".join(map(re.escape, alternatives)), re.IGNORECASE)

    def redact(self, text: str) -> str:
        text = TOKEN_SHAPE.sub(rf"\1\2{MASK}", text)
        return self._secrets.sub(MASK, text) if self._secrets else text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install(handlers: Iterable[logging.Handler]) -> Redactor:
    """Put one redactor on each handler (the one already there, if any), and return it."""
    handlers = list(handlers)
    found = [f for h in handlers for f in h.filters if isinstance(f, Redactor)]
    redactor = found[0] if found else Redactor()
    for handler in handlers:
        if redactor not in handler.filters:
            handler.addFilter(redactor)
    return redactor


def setup_logging(level: int = logging.INFO) -> Redactor:
    """The command line's logging: INFO lines on stderr, every handler redacting, and an
    uncaught exception logged (so redacted) rather than printed raw by the interpreter."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request at INFO, URL and all (the token is in the URL); the job
    # queue's scheduler two lines for every run of every job (thousands an hour), which
    # bury the lines that matter, the demo's address first.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    redactor = install(logging.getLogger().handlers)
    sys.excepthook = _log_uncaught
    return redactor


def _log_uncaught(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    logging.getLogger("bot").critical("uncaught exception", exc_info=(kind, error, traceback))
