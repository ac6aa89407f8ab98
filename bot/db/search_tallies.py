"""The search log folded into tallies, so the organizers' figures need not read it whole.

A fair logs a million searches; grouping them all by query for every /figures took
seconds. Every few minutes the searches made up to a horizon are folded, once, into
counts: per fair-clock day, language, query (trimmed and lower-cased, as the figures
compare queries) and whether it found anything (`SearchTally`), and per quarter of
an hour (`SearchQuarter`). The figures read the tallies up to the horizon and the
log itself beyond it (`bot.services.search_tallies`).

The tallies count; they name nobody (no Telegram id), so /forget has nothing here to
reach. `SearchFold` is the one row saying how far the log is folded, and on which
clock the days were cut: folded with another FAIR_TIMEZONE, the tallies are made anew.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base

FOLD_ROW = 1  # the id of SearchFold's one row


class SearchTally(Base):
    """The searches of one fair-clock day for one query in one language."""

    __tablename__ = "search_tallies"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    found: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    language: Mapped[str] = mapped_column(String(16), primary_key=True)
    query: Mapped[str] = mapped_column(String(256), primary_key=True)
    searches: Mapped[int] = mapped_column(Integer)
    anonymous: Mapped[int] = mapped_column(Integer)  # of them logged without a buyer


class SearchQuarter(Base):
    """The searches of one quarter of an hour (every zone's hours start on one)."""

    __tablename__ = "search_quarters"

    quarter: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    searches: Mapped[int] = mapped_column(Integer)


class SearchFold(Base):
    """How far the search log is folded into the tallies, and the zone of their days."""

    __tablename__ = "search_folds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    zone: Mapped[str] = mapped_column(String(64))
    folded_until: Mapped[datetime | None]
