"""/staff_list (organizers): staff links and open invitations by exhibitor, and revoking them.

The list pages in place (a fair has thousands of exhibitors; `/staff_list
EXHIBITOR_ID` shows one). Each entry has a Revoke button that asks first; the
confirmation revokes. Every command and every button checks ADMIN_IDS again, so
a forged or forwarded button does nothing for anyone else. A second tap, or a
button from an old list, is told the entry is revoked already.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.domain import StaffRole
from bot.errors import NothingToRevoke
from bot.i18n import N_, Translator
from bot.services import staff_roster
from bot.services.staff_roster import LINK, Entry, Page
from handlers.access import organizers_only
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.fair_clock import clock_note
from handlers.refusals import refuse
from handlers.replies import answer, edit, edit_markup, inline, send

LIST, ASK, REVOKE, KEEP = "st.ls", "st.rv", "st.ok", "st.no"
LINK_LINES = {
    StaffRole.AGENT: N_("👤 Staff member {id}, agent, linked {date}"),
    StaffRole.MANAGER: N_("👤 Staff member {id}, manager, linked {date}"),
}
INVITATION_LINES = {
    StaffRole.AGENT: N_("✉️ Invitation {id} for an agent, valid until {date}"),
    StaffRole.MANAGER: N_("✉️ Invitation {id} for a manager, valid until {date}"),
}


async def staff_list_command(update: Update, context: FairContext) -> None:
    """/staff_list [EXHIBITOR_ID]: the first page of the list."""
    if not await organizers_only(update, context):
        return
    t, args = context.t, context.args or []
    if len(args) > 1:
        await send(
            update,
            context,
            t.gettext(
                "Send /staff_list, or /staff_list followed by an exhibitor's ID to see only "
                "their staff."
            ),
        )
        return
    exhibitor_id = args[0][:64] if args else None
    if exhibitor_id is not None and _list_data(0, exhibitor_id) is None:
        await send(
            update,
            context,
            t.format("There is no exhibitor with the ID {id} in the catalog.", id=exhibitor_id),
        )
        return
    text, markup = await _page(context, 0, exhibitor_id)
    await send(update, context, text, markup)


async def on_button(update: Update, context: FairContext) -> None:
    """A page of the list, Revoke (asks), the confirmation (revokes) or Cancel."""
    query = update.callback_query
    assert query is not None
    if not await organizers_only(update, context):
        return
    callback = unpack(query.data)
    assert callback is not None
    if callback.action == LIST:
        offset, _, exhibitor_id = callback.arg.partition(".")
        await answer(query)
        start = int(offset) if offset.isdigit() and len(offset) < 10 else 0
        text, markup = await _page(context, start, exhibitor_id or None)
        await edit(query, context, text, markup)
    elif callback.action == KEEP:
        await answer(query)
        await edit(query, context, context.t.gettext("Nothing was revoked."), None)
    else:
        await _revoke(update, context, callback.action, callback.arg)


async def _revoke(update: Update, context: FairContext, action: str, entry_id: str) -> None:
    """Ask about one entry (Revoke) or revoke it (the confirmation); say when it is gone."""
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    try:
        if action == ASK:
            async with deps.db.read() as session:
                entry = await staff_roster.find(session, entry_id, deps.clock.now())
        else:
            async with deps.db.write() as session:
                entry = await staff_roster.revoke(
                    session, entry_id, deps.i18n, deps.clock.now(), deps.clock.wall()
                )
    except NothingToRevoke as gone:
        await refuse(update, context, gone)
        if action == REVOKE:
            await edit_markup(query, context, None)
        return
    await answer(query)
    if action == ASK:
        await send(update, context, _question(t, entry), _confirm(t, entry))
    else:
        await edit(query, context, _done(t, entry), None)


async def _page(
    context: FairContext, offset: int, exhibitor_id: str | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    deps = context.deps
    async with deps.db.read() as session:
        page = await staff_roster.page(session, deps.clock.now(), offset, exhibitor_id)
    return _render(context, page, exhibitor_id)


def _render(
    context: FairContext, page: Page, exhibitor_id: str | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The list: entries under their exhibitor, a Revoke button each, Previous / Next."""
    t, zone = context.t, context.deps.settings.fair_timezone
    lines = ["<b>" + t.gettext("Staff links and open invitations") + "</b>"]
    if not page.entries:
        lines.append(t.gettext("No staff links and no open invitations."))
        return "\n".join(lines), None
    pages = -(-page.total // page.size)
    if pages > 1:
        number = page.offset // page.size + 1
        lines.append(
            t.format("Page {page} of {pages}", page=t.number(number), pages=t.number(pages))
        )
    rows: list[list[tuple[str, str]]] = []
    shown: str | None = None
    for entry in page.entries:
        if entry.exhibitor_id != shown:
            shown = entry.exhibitor_id
            lines += ["", f"<b>{t.value(entry.exhibitor(t.code))}</b> · {t.value(shown)}"]
        if entry.kind == LINK:
            when = t.datetime(entry.since, zone, "short")
            lines.append(t.format(LINK_LINES[entry.role], id=entry.short_id, date=when))
            label = t.format("✖ Revoke staff member {id}", id=entry.short_id)
        else:
            assert entry.expires_at is not None
            when = t.datetime(entry.expires_at, zone, "short")
            lines.append(t.format(INVITATION_LINES[entry.role], id=entry.short_id, date=when))
            label = t.format("✖ Revoke invitation {id}", id=entry.short_id)
        rows.append([(f"{label} · {entry.exhibitor_id}", pack(ASK, entry.id))])
    lines += ["", clock_note(t, zone, context.deps.clock.now())]
    turn = []
    previous = _list_data(page.offset - page.size, exhibitor_id)
    if page.offset > 0 and previous is not None:
        turn.append((t.gettext("« Previous"), previous))
    following = _list_data(page.offset + page.size, exhibitor_id)
    if page.offset + page.size < page.total and following is not None:
        turn.append((t.gettext("Next »"), following))
    return "\n".join(lines), inline([*rows, *([turn] if turn else [])])


def _list_data(offset: int, exhibitor_id: str | None) -> str | None:
    """A page button's data; None for an exhibitor id no button can carry."""
    try:
        return pack(LIST, f"{offset}.{exhibitor_id}" if exhibitor_id else str(offset))
    except ValueError:
        return None


def _question(t: Translator, entry: Entry) -> str:
    if entry.kind == LINK:
        return t.format(
            "Revoke the link of staff member {id} to {exhibitor}? They lose access to its "
            "conversations and lead alerts at once; conversations they had claimed go back "
            "to waiting for their colleagues.",
            id=entry.short_id,
            exhibitor=entry.exhibitor(t.code),
        )
    return t.format(
        "Revoke the invitation {id} for {exhibitor}? Its code stops working at once.",
        id=entry.short_id,
        exhibitor=entry.exhibitor(t.code),
    )


def _confirm(t: Translator, entry: Entry) -> InlineKeyboardMarkup:
    return inline(
        [[(t.gettext("✖ Yes, revoke"), pack(REVOKE, entry.id)), (t.gettext("Cancel"), pack(KEEP))]]
    )


def _done(t: Translator, entry: Entry) -> str:
    if entry.kind == LINK:
        return t.format(
            "Revoked: staff member {id} is no longer staff of {exhibitor}.",
            id=entry.short_id,
            exhibitor=entry.exhibitor(t.code),
        )
    return t.format(
        "Revoked: the invitation {id} for {exhibitor} no longer works.",
        id=entry.short_id,
        exhibitor=entry.exhibitor(t.code),
    )


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("staff_list", staff_list_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(LIST, ASK, REVOKE, KEEP)))
