"""/broadcast: organizers write an announcement, see it as buyers will, and send it.

The flow, top to bottom: one text for everyone or a text per language; the
text (per language: English, then each shipped language, Skip for all but
English); a preview of each message as buyers will receive it, how many buyers
it reaches in each language, and Confirm / Edit / Cancel. Confirming queues it
in the outbox and opens the progress report (`handlers.broadcast_progress`).
Every command, text and button is checked against ADMIN_IDS.
"""

from __future__ import annotations

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.deps import Deps
from bot.errors import AlreadySent, InvalidAnswer, StaleAction
from bot.i18n import N_, Translator, isolated
from bot.services import broadcast_delivery as delivery
from bot.services import broadcasts
from bot.services.broadcasts import Draft, Step
from bot.services.flow_state import State
from handlers import broadcast_progress as progress
from handlers import flow
from handlers.access import organizers_only
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit_markup, inline, send


def headers(deps: Deps) -> dict[str, str]:
    """The line above every announcement, in each shipped language."""
    found = {}
    for code in deps.i18n.codes:
        t = deps.i18n.translator(code)
        title = t.format("📢 <b>Announcement from {fair}</b>", fair=deps.settings.fair_name)
        found[code] = t.paragraphs(title) + "\n\n"
    return found


async def broadcast_command(update: Update, context: FairContext) -> None:
    """/broadcast: start (or resume) a draft and ask its current question."""
    if not await organizers_only(update, context):
        return
    deps = context.deps
    async with deps.db.write() as session:
        state = await broadcasts.start(session, _user_id(update), deps.clock.now())
    await ask(update, context, state)


async def ask(update: Update, context: FairContext, state: State[Step, Draft]) -> None:
    """Send the question of the draft's step (the preview, at the last one)."""
    t, token = context.t, state.token
    if state.step == Step.MODE:
        markup = inline(
            [
                [(t.gettext("One text for everyone"), pack("b.mode", "one", token))],
                [(t.gettext("A text per language"), pack("b.mode", "each", token))],
            ]
        )
        question = t.gettext("How do you want to write the announcement?")
        await send(update, context, question, markup)
    elif state.step == Step.TEXT:
        question = _text_question(context, state.draft)
        await send(update, context, question, _text_buttons(t, state.draft, token))
    else:
        await show_preview(update, context, state)


def _text_question(context: FairContext, draft: Draft) -> str:
    t, i18n = context.t, context.deps.i18n
    howto = t.gettext(
        "You can use Telegram HTML: &lt;b&gt;bold&lt;/b&gt;, &lt;i&gt;italic&lt;/i&gt;, "
        '&lt;a href="https://…"&gt;a link&lt;/a&gt;.'
    )
    if draft.mode == broadcasts.ONE:
        ask = t.gettext("Send the text of the announcement, for every buyer.")
        return f"{ask}\n{howto}"
    codes = i18n.codes
    language = draft.language or broadcasts.FALLBACK
    ask = t.format(
        "Send the text in <b>{language}</b> ({n} of {count}).",
        language=isolated(i18n.native_name(language)),
        n=t.number(codes.index(language) + 1),
        count=t.number(len(codes)),
    )
    done = [isolated(i18n.native_name(code)) for code in codes if code in draft.texts]
    status = (
        # Translators: the languages whose text of the announcement is already written.
        t.format("Done: {languages}", languages=", ".join(done))
        if done
        else t.gettext("Done: none yet")
    )
    rule = t.gettext(
        "English is required; the other languages are optional: buyers whose language "
        "has no text receive the English one."
    )
    return f"{ask}\n{howto}\n{rule}\n{status}"


def _text_buttons(t: Translator, draft: Draft, token: str) -> InlineKeyboardMarkup | None:
    row = []
    if draft.can_skip:
        kept = draft.language in draft.texts
        # Translators: buttons while an organizer writes an announcement language by
        # language: keep the text written for this language, or write none for it.
        label = t.gettext("Keep as it is") if kept else t.gettext("Skip ⏭")
        row.append((label, pack("b.skip", "", token)))
    if draft.mode == broadcasts.EACH and draft.can_preview:
        row.append((t.gettext("👀 Preview"), pack("b.preview", "", token)))
    return inline([row]) if row else None


async def show_preview(update: Update, context: FairContext, state: State[Step, Draft]) -> None:
    """Each message as its buyers will see it, then who it reaches, with the buttons."""
    deps, t, draft = context.deps, context.t, state.draft
    own = headers(deps)
    await send(update, context, t.gettext("👀 Preview: exactly what buyers will receive."))
    shown = [t.code] if draft.mode == broadcasts.ONE else list(draft.texts)
    for code in shown:
        await context.bot.send_message(
            _user_id(update), broadcasts.compose(own, draft.texts, code)
        )
    async with deps.db.read() as session:
        audience = await broadcasts.audience(session)
    lines = [
        t.format("<b>Buyers it will reach: {total}</b>", total=t.number(sum(audience.values())))
    ]
    for code in deps.i18n.codes:
        if not audience.get(code) and code not in draft.texts:
            continue
        values = {
            "language": isolated(deps.i18n.native_name(code)),
            "count": t.number(audience.get(code, 0)),
        }
        if draft.mode == broadcasts.EACH and code not in draft.texts:
            lines.append(t.format("{language}: {count} (the English text)", **values))
        else:
            lines.append(t.format("{language}: {count}", **values))
    markup = inline(
        [
            [(t.gettext("✅ Confirm"), pack("b.confirm", "", state.token))],
            [
                (t.gettext("✏️ Edit"), pack("b.edit", "", state.token)),
                (t.gettext("✖️ Cancel"), pack("b.cancel", "", state.token)),
            ],
        ]
    )
    await send(update, context, "\n".join(lines), markup)


async def on_message(update: Update, context: FairContext, state: State[Step, Draft]) -> None:
    """A message while writing (from an organizer: `WRITING.guard`): the text asked for,
    or a clear word about what it is not."""
    deps = context.deps
    message = update.effective_message
    assert message is not None
    after: State[Step, Draft] | None
    try:
        if message.text is None:
            raise InvalidAnswer("text_only")
        async with deps.db.write() as session:
            after = await broadcasts.take_text(
                session, _user_id(update), message.text, headers(deps), deps.i18n.codes,
                deps.clock.now(),
            )  # fmt: skip
    except InvalidAnswer as problem:
        await refuse(update, context, problem, Place.BROADCAST)
        async with deps.db.read() as session:
            after = await broadcasts.current(session, _user_id(update))
        if after is not None and problem.reason in ("use_buttons", "text_only"):
            await ask(update, context, after)
        return
    except StaleAction as stale_step:
        await refuse(update, context, stale_step, Place.BROADCAST)
        return
    await ask(update, context, after)


async def on_button(update: Update, context: FairContext) -> None:
    """A draft button: check who pressed it and that it belongs to this draft and step."""
    query = update.callback_query
    assert query is not None
    if not await organizers_only(update, context):
        return
    callback = unpack(query.data)
    assert callback is not None  # the handler's pattern only lets ours through
    action = callback.action.removeprefix("b.")
    if action == "confirm":
        await _confirm(update, context, query, callback.token)
        return
    deps, t, admin = context.deps, context.t, _user_id(update)
    now = deps.clock.now()
    state: State[Step, Draft] | None
    try:
        async with deps.db.write() as session:
            if action == "cancel":
                await broadcasts.cancel(session, admin, callback.token)
                state = None
            elif action == "mode":
                state = await broadcasts.choose_mode(
                    session, admin, callback.token, callback.arg, now
                )
            elif action == "skip":
                state = await broadcasts.skip(session, admin, callback.token, deps.i18n.codes, now)
            elif action == "preview":
                state = await broadcasts.preview(session, admin, callback.token, now)
            else:
                state = await broadcasts.edit(session, admin, callback.token, now)
    except (StaleAction, InvalidAnswer) as refused:
        await refuse(update, context, refused, Place.BROADCAST)
        return
    await answer(query)
    await edit_markup(query, context, None)
    if state is None:
        await send(update, context, t.gettext("Announcement cancelled. Nothing was sent."))
        return
    await ask(update, context, state)


async def _confirm(update: Update, context: FairContext, query: CallbackQuery, token: str) -> None:
    deps = context.deps
    try:
        async with deps.db.write() as session:
            created = await delivery.confirm(
                session, _user_id(update), token, headers(deps), deps.clock.now(),
                deps.clock.wall(),
            )  # fmt: skip
    except (AlreadySent, StaleAction) as refused:
        await refuse(update, context, refused, Place.BROADCAST)
        return
    await answer(query)
    await edit_markup(query, context, None)
    await progress.start(context, created, _user_id(update))


def _user_id(update: Update) -> int:
    user = update.effective_user
    assert user is not None
    return user.id


WRITING = flow.Flow(
    broadcasts.FLOW,
    N_("You are writing an announcement. Answer the question below, or send /cancel."),
    take=on_message,
    ask=ask,
    guard=organizers_only,
    unknown_command_reminds=True,
)


def register(app: FairApplication) -> None:
    flow.declare(app, WRITING)
    app.add_handler(CommandHandler("broadcast", broadcast_command))
    app.add_handler(
        CallbackQueryHandler(
            on_button,
            pattern=pattern("b.mode", "b.skip", "b.preview", "b.edit", "b.cancel", "b.confirm"),
        )
    )
    progress.register(app)
