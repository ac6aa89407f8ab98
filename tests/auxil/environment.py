"""What every test's bot is configured with: its environment, token and starting time."""

from __future__ import annotations

from datetime import UTC, datetime

TEST_ENV = {
    "FAIR_NAME": "Canton Fair Online",
    "FAIR_TIMEZONE": "Asia/Shanghai",
    "FAIR_START": "2026-10-15",
    "FAIR_END": "2026-10-24",
    "BADGE_SECRET": "test-secret-0123456789abcdef",
    "ADMIN_IDS": "900001",
    # The scheduled catalog sync is off unless a test turns it on.
    "CATALOG_SYNC_INTERVAL": "0",
    # The reminder job looks often, so a test that moves the clock sees its reminder soon.
    "REMINDER_INTERVAL": "0.5",
    # So do the meeting jobs (requests that lapse, reminders).
    "MEETING_JOB_INTERVAL": "0.5",
    # So does the lead alert job, for alerts that waited and for digests.
    "LEAD_ALERT_INTERVAL": "0.5",
}
# Before the fair opens, on the fair's clock: 2026-10-01 09:00 in Shanghai.
BOT_TOKEN = "123456:TEST-TOKEN"
TEST_NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
