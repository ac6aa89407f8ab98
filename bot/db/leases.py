"""Leases on the jobs that must run once per fair, whatever the number of bot processes.

A row per job name says which process runs it and until when; the holder renews
it at every run, and once `until` has passed anyone may take it, so the job of a
process that died moves to another one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base


class JobLease(Base):
    """Who runs the job `name` (a process's owner id), until when."""

    __tablename__ = "job_leases"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    owner: Mapped[str] = mapped_column(String(100))
    until: Mapped[datetime]
