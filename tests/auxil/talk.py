"""A test user who speaks the bot's language: act in the chat, expect translated replies.

Expectations are written with the English msgid (or a fragment of one); they are
matched against the translation in the user's current language, so one flow test
covers every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.deps import Deps
from bot.i18n import Translator
from bot.telegram_double import BotApiDouble, DoubleUser
from bot.telegram_double.state import ChatMessage, Event

TIMEOUT = 10.0
_SPLIT = re.compile(r"{\w*}|<[^>]+>|\n")
_TAGS = re.compile(r"<[^>]+>")


class Talk:
    def __init__(
        self,
        double: BotApiDouble,
        deps: Deps,
        user_id: int,
        first_name: str,
        language_code: str | None,
    ) -> None:
        self.deps = deps
        self.user: DoubleUser = double.add_user(user_id, first_name, language_code=language_code)
        self.t: Translator = deps.i18n.translator(deps.i18n.negotiate(language_code))
        self.mark = self.user.mark()

    def switch(self, code: str) -> None:
        """The user now reads another language (after a /language choice)."""
        self.t = self.deps.i18n.translator(code)

    def tr(self, fragment: str) -> str:
        """The translated form of an English msgid or of a fragment of exactly one msgid.

        For a fragment, the longest literal stretch of the translation (between
        placeholders, tags and line breaks) is what the reply must contain; of a plural
        message, the longest stretch that every one of its forms holds.
        """
        english = self.deps.i18n.catalogs["en"]._catalog
        plurals = {key[0]: english[(key[0], 1)] for key in english if isinstance(key, tuple)}
        msgids = [m for m in english if isinstance(m, str) and m] + list(plurals)
        if fragment in msgids:
            msgid = fragment
        else:
            containing = [m for m in msgids if fragment in m]
            if len(containing) != 1:
                return self.t.gettext(fragment)
            msgid = containing[0]
        if msgid in plurals:
            forms = {self.t.ngettext(msgid, plurals[msgid], n) for n in range(200)}
        else:
            forms = {self.t.gettext(msgid)}
        if msgid == fragment and len(forms) == 1 and not _SPLIT.search(next(iter(forms))):
            return next(iter(forms))
        if msgid != fragment and self.t.code == "en":
            return fragment
        pieces = [p.strip() for form in forms for p in _SPLIT.split(form)]
        return max((p for p in pieces if all(p in form for form in forms)), key=len)

    async def command(self, name: str, args: str = "") -> None:
        self.mark = self.user.mark()
        await self.user.send_command(name, args)

    async def say(self, text: str, reply_to: int | None = None) -> None:
        self.mark = self.user.mark()
        await self.user.send_text(text, reply_to=reply_to)

    async def contact(self, phone: str, own: bool = True) -> None:
        self.mark = self.user.mark()
        await self.user.send_contact(phone, own=own)

    async def photo(self, caption: str | None = None) -> None:
        self.mark = self.user.mark()
        await self.user.send_photo(caption=caption)

    async def document(self, data: bytes, file_name: str, caption: str | None = None) -> None:
        self.mark = self.user.mark()
        await self.user.send_document(data, file_name, "application/pdf", caption=caption)

    async def sticker(self) -> None:
        self.mark = self.user.mark()
        await self.user.send_sticker()

    async def tap(self, label: str, message_id: int | None = None, exact: bool = True) -> str:
        """Press the button labelled with this msgid (translated) or this literal text.

        Waits for such a button to be on screen first, as a person would; with
        `exact=False` a label that only contains the text will do.
        """
        text = self.t.gettext(label)
        await self.user.wait_for(
            lambda user: any(
                (text == button.get("text") or (not exact and text in str(button.get("text"))))
                for message in user.bot_messages
                if not message.deleted
                for button in message.buttons
            ),
            timeout=TIMEOUT,
        )
        self.mark = self.user.mark()
        return await self.user.press(text, message_id=message_id)

    async def forge(self, message_id: int, data: str) -> str:
        self.mark = self.user.mark()
        return await self.user.press_data(message_id, data)

    async def expect(self, fragment: str) -> ChatMessage:
        """The first bot message or edit since the last action that contains the fragment."""
        wanted = self.tr(fragment)
        return await self._message(lambda m: wanted in m.text, f"a message with {wanted!r}")

    async def expect_text(self, text: str) -> ChatMessage:
        """The first bot message or edit since the last action that reads exactly `text`
        (HTML as the bot wrote it, tags gone), for texts a test renders itself."""
        wanted = _TAGS.sub("", text)
        return await self._message(lambda m: m.text == wanted, f"a message {wanted!r}")

    async def expect_photo(self) -> ChatMessage:
        return await self._message(lambda m: m.photo is not None, "a photo")

    async def expect_document(self) -> ChatMessage:
        return await self._message(lambda m: m.document is not None, "a document")

    async def expect_markup(self, label: str) -> ChatMessage:
        return await self._message(
            lambda m: any(label in str(b.get("text")) for b in m.buttons), f"a button {label!r}"
        )

    async def expect_answer(self, msgid: str) -> str:
        """The text of a callback answer (a toast or alert) since the last action."""
        wanted = self.tr(msgid)
        event = await self._event(
            lambda e: e.kind == "callback_answer" and wanted in str(e.data["answer"].text),
            f"a callback answer with {wanted!r}",
        )
        return str(event.data["answer"].text)

    async def _message(self, test: Callable[[ChatMessage], bool], what: str) -> ChatMessage:
        event = await self._event(
            lambda e: (
                e.kind in ("message", "edit")
                and e.message is not None
                and e.message.from_bot
                and test(e.message)
            ),
            what,
        )
        assert event.message is not None
        return event.message

    async def _event(self, test: Callable[[Event], bool], what: str) -> Event:
        try:
            return await self.user.wait_event(after=self.mark, timeout=TIMEOUT, match=test)
        except TimeoutError:
            raise AssertionError(
                f"expected {what}; the chat so far:\n{self.user.transcript()}"
            ) from None
