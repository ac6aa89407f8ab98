"""`python bot.py staff list` and `staff revoke ID`: the organizers' /staff_list from a shell.

`list` prints every staff link and open invitation by exhibitor, each with the id
`revoke` takes. `revoke` does what the Revoke button does (the member is told in
their language, through the outbox the running bot delivers) and exits 1 when
there is nothing to revoke under that id, so a script can rely on the exit code.
"""

from __future__ import annotations

import argparse
import sys

from bot.cli import runtime
from bot.clock import Clock
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import Database
from bot.domain import StaffRole
from bot.errors import NothingToRevoke
from bot.i18n import I18n
from bot.services import staff_roster
from bot.services.staff_roster import LINK, Entry

BATCH = 500


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    staff_admin = commands.add_parser(
        "staff", help="exhibitor staff: `staff list` (links, open invitations), `staff revoke ID`"
    )
    actions = staff_admin.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="every staff link and open invitation by exhibitor, with its id"
    )
    listing.add_argument("--exhibitor", help="only this exhibitor's (its ID)")
    revoking = actions.add_parser(
        "revoke", help="revoke a staff link or an open invitation by its id (exit 1: none)"
    )
    revoking.add_argument("id")
    staff_admin.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    if args.action == "list":
        return runtime.run(list_staff(context.settings, args.exhibitor))
    return runtime.run(revoke_staff(context.settings, args.id))


async def list_staff(settings: Settings, exhibitor_id: str | None) -> int:
    database = Database(settings.database_url)
    now = Clock().now()
    counts = {LINK: 0, staff_roster.INVITATION: 0}
    shown: str | None = None
    try:
        await migrate.upgrade(database)
        offset, total = 0, 1
        while offset < total:
            async with database.read() as session:
                page = await staff_roster.page(session, now, offset, exhibitor_id, size=BATCH)
            if page.offset != offset:
                break  # the list shrank while it was being printed
            for entry in page.entries:
                if entry.exhibitor_id != shown:
                    shown = entry.exhibitor_id
                    print(f"{shown}  {entry.exhibitor('en')}")
                print(f"  {entry.id:<24}  {_describe(entry)}")
                counts[entry.kind] += 1
            offset, total = offset + BATCH, page.total
    finally:
        await database.dispose()
    links, invitations = counts[LINK], counts[staff_roster.INVITATION]
    print(f"{links} staff link{'s' * (links != 1)}, "
          f"{invitations} open invitation{'s' * (invitations != 1)}")  # fmt: skip
    return 0


async def revoke_staff(settings: Settings, entry_id: str) -> int:
    database = Database(settings.database_url)
    clock = Clock()
    try:
        await migrate.upgrade(database)
        async with database.write() as session:
            entry = await staff_roster.revoke(
                session, entry_id, I18n(settings.locales_dir), clock.now(), clock.wall()
            )
    except NothingToRevoke as refused:
        if refused.reason == "closed":
            print(f"NOT OPEN: the invitation {entry_id} was used or has expired", file=sys.stderr)
        else:
            print(
                f"NOT FOUND: no staff link or open invitation has the id {entry_id!r} "
                "(revoked already? `bot.py staff list` shows the ids)",
                file=sys.stderr,
            )
        return 1
    finally:
        await database.dispose()
    where = f"{entry.exhibitor('en')} ({entry.exhibitor_id})"
    if entry.kind == LINK:
        print(f"REVOKED: staff member {entry.telegram_id} is no longer staff of {where}; "
              "conversations they had claimed wait for their colleagues")  # fmt: skip
    else:
        print(f"REVOKED: the invitation {entry.id} for {where} no longer works")
    return 0


_A = {StaffRole.AGENT: "an agent", StaffRole.MANAGER: "a manager"}


def _describe(entry: Entry) -> str:
    if entry.kind == LINK:
        return (
            f"staff member {entry.telegram_id}, {entry.role.value}, "
            f"linked {entry.since:%Y-%m-%d %H:%M} UTC"
        )
    assert entry.expires_at is not None
    return (
        f"invitation for {_A[entry.role]}, made {entry.since:%Y-%m-%d %H:%M} UTC, "
        f"valid until {entry.expires_at:%Y-%m-%d %H:%M} UTC"
    )
