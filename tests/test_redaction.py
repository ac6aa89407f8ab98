"""Secrets never reach a log: token-shaped strings and configured secrets are redacted."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot import redaction

TOKEN = "7432198765:AAEhBOweik6ad6PsWZRcXUgYVzbHs9Fj3x8"


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO, redaction.Redactor]]:
    """A logger whose one handler writes to a buffer and carries the redaction filter."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("tests.redaction")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    redactor = redaction.install([handler])
    yield logger, buffer, redactor
    logger.removeHandler(handler)


def test_an_exception_whose_text_holds_the_token_is_logged_redacted(
    captured: tuple[logging.Logger, io.StringIO, redaction.Redactor],
) -> None:
    logger, buffer, _ = captured
    url = f"https://api.telegram.org/bot{TOKEN}/getUpdates"
    try:
        raise ConnectionError(f"POST {url} failed: connection reset")
    except ConnectionError:
        logger.exception("polling failed for %s", url)
    output = buffer.getvalue()
    assert "ConnectionError: POST https://api.telegram.org/bot" in output, output
    assert "Traceback" in output and "polling failed for" in output
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert output.count(redaction.MASK) == 2, output  # in the message and the exception's text


def test_the_configured_secret_is_redacted_whatever_its_shape(
    captured: tuple[logging.Logger, io.StringIO, redaction.Redactor],
) -> None:
    logger, buffer, redactor = captured
    redactor.remember("42:short-test-token")
    logger.warning("token %s and %s", "42:short-test-token", {"key": "42%3Ashort-test-token"})
    output = buffer.getvalue()
    assert "short-test-token" not in output and output.count(redaction.MASK) == 2, output


def test_ordinary_text_is_left_alone(
    captured: tuple[logging.Logger, io.StringIO, redaction.Redactor],
) -> None:
    logger, buffer, _ = captured
    logger.info(
        "bot @%s is polling %s at 10:30:15 (%d)", "fair_bot", "https://api.telegram.org", 5
    )
    assert buffer.getvalue() == (
        "INFO bot @fair_bot is polling https://api.telegram.org at 10:30:15 (5)\n"
    )
