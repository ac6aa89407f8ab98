"""The web chat: a page and a small JSON API on top of the Bot API double's user side.

The browser acts as the demo's personas: what it sends goes through the double
exactly as a Telegram app's updates would, and everything the bot does reaches
the page live over Server-Sent Events. No state of the bot lives here; only the
list of personas and which reply keyboard each page was last shown. It also
serves the demo catalog's product photos (``/img/...``, see ``pictures``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.clock import Clock
from bot.demo import labels
from bot.demo.personas import MAX_NAME, Persona, default_personas, describe, telegram_language
from bot.demo.pictures import ProductPictures
from bot.demo.staff import staff_personas
from bot.i18n import I18n
from bot.telegram_double import BotApiDouble, ChatMessage, Event
from bot.telegram_double.entities import entities_to_html

STATIC = Path(__file__).resolve().parent / "static"
HEARTBEAT_SECONDS = 15
FIRST_ADDED_ID = 2001
PERSONAS = "personas"  # an event of the page's own: the list of personas changed


ZoneLookup = Callable[[int], Awaitable[str | None]]  # a buyer's registered time zone


class DemoWeb:
    """The aiohttp application of the web chat, bound to one double and one clock."""

    def __init__(
        self,
        double: BotApiDouble,
        i18n: I18n,
        clock: Clock,
        fair_zone: Any,
        organizer_id: int,
        pictures: ProductPictures,
        zone_of: ZoneLookup | None = None,
    ) -> None:
        self.double, self.i18n, self.clock, self.fair_zone = double, i18n, clock, fair_zone
        # Each chat's times are on its reader's clock: a registered buyer's own zone (read
        # again as messages come, since registering sets it), the fair's for anyone else.
        self._zone_of = zone_of
        self._zones: dict[int, tzinfo] = {}
        self.personas: dict[int, Persona] = {}
        for persona in [*default_personas(organizer_id), *staff_personas()]:
            self._add(persona)
        self._pages: set[asyncio.Queue[tuple[int, Event]]] = set()  # the pages listening
        self.app = web.Application()
        routes = [
            web.get("/", self.index),
            web.get("/api/labels", self.get_labels),
            web.get("/api/personas", self.get_personas),
            web.post("/api/personas", self.post_persona),
            web.get("/api/chats/{id}", self.get_chat),
            web.post("/api/chats/{id}/send", self.post_text),
            web.post("/api/chats/{id}/contact", self.post_contact),
            web.post("/api/chats/{id}/press", self.post_press),
            web.post("/api/chats/{id}/photo", self.post_photo),
            web.get("/api/events", self.events),
            web.get("/api/clock", self.get_clock),
            web.post("/api/clock", self.post_clock),
            web.get("/media/{id}/{message_id}", self.media),
            web.get("/img/{name}", pictures.handle),  # the demo catalog's product photos
        ]
        self.app.add_routes([*routes, web.static("/static", STATIC)])

    def _add(self, persona: Persona) -> None:
        self.personas[persona.id] = persona
        self.double.add_user(persona.id, persona.name, telegram_language(persona.language_code))

    async def staff_linked(self, personas: list[Persona]) -> None:
        """The staff personas are linked: the pages list them anew, and each opens their menu."""
        for persona in personas:
            self.personas[persona.id] = persona
        for queue in self._pages:
            queue.put_nowait((0, Event(seq=0, kind=PERSONAS, chat_id=0)))
        for persona in personas:
            await self.double.user(persona.id).send_command("desk")

    async def index(self, request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html")

    async def get_labels(self, request: web.Request) -> web.Response:
        code = self.i18n.negotiate(request.query.get("lang"))
        t = self.i18n.translator(code)
        languages = [{"code": c, "name": self.i18n.native_name(c)} for c in self.i18n.codes]
        return web.json_response(
            {"lang": code, "rtl": t.rtl, "labels": labels.translated(t), "languages": languages}
        )

    async def get_personas(self, request: web.Request) -> web.Response:
        return web.json_response([describe(p, self.i18n) for p in self.personas.values()])

    async def post_persona(self, request: web.Request) -> web.Response:
        body = await _json(request)
        name = " ".join(str(body.get("name", "")).split())
        language = str(body.get("language", ""))
        if not name or len(name) > MAX_NAME:
            return _bad(f"a name of 1 to {MAX_NAME} characters is needed")
        if language not in self.i18n.codes:
            return _bad(f"language must be one of {', '.join(self.i18n.codes)}")
        new_id = max([FIRST_ADDED_ID - 1, *self.personas]) + 1
        persona = Persona(new_id, name, telegram_language(language), _initials(name))
        self._add(persona)
        return web.json_response(describe(persona, self.i18n))

    async def get_chat(self, request: web.Request) -> web.Response:
        persona = self._persona(request)
        user = self.double.user(persona.id)
        chat = user.chat
        zone = await self._reader_zone(persona.id)
        return web.json_response(
            {
                "messages": [self._message(persona, m) for m in chat.messages.values()],
                "reply_keyboard": _reply_keyboard(chat.reply_keyboard),
                "zone": str(zone),
            }
        )

    async def _reader_zone(self, chat_id: int) -> tzinfo:
        """The clock the chat's times are shown on, looked up again (and kept)."""
        found = await self._zone_of(chat_id) if self._zone_of is not None else None
        zone = ZoneInfo(found) if found else self.fair_zone
        self._zones[chat_id] = zone
        return zone

    async def post_text(self, request: web.Request) -> web.Response:
        persona = self._persona(request)
        text = str((await _json(request)).get("text", ""))
        if not text.strip():
            return _bad("empty message")
        await self.double.user(persona.id).send_text(text[:4096])
        return web.json_response({"ok": True})

    async def post_contact(self, request: web.Request) -> web.Response:
        persona = self._persona(request)
        phone = f"+{persona.id:011d}"
        await self.double.user(persona.id).send_contact(phone, own=True)
        return web.json_response({"ok": True})

    async def post_press(self, request: web.Request) -> web.Response:
        persona = self._persona(request)
        body = await _json(request)
        try:
            message_id, data = int(body["message_id"]), str(body["data"])
        except (KeyError, TypeError, ValueError):
            return _bad("message_id and data are needed")
        if message_id not in self.double.user(persona.id).chat.messages:
            return _bad("no such message")
        await self.double.user(persona.id).press_data(message_id, data)
        return web.json_response({"ok": True})

    async def post_photo(self, request: web.Request) -> web.Response:
        persona = self._persona(request)
        form = await request.post()
        upload = form.get("photo")
        if not isinstance(upload, web.FileField):
            return _bad("a photo file is needed")
        await self.double.user(persona.id).send_photo(upload.file.read())
        return web.json_response({"ok": True})

    async def media(self, request: web.Request) -> web.Response:
        persona = self._persona(request)
        message = self.double.user(persona.id).chat.messages.get(
            int(request.match_info["message_id"])
        )
        if message is None or (message.photo is None and message.document is None):
            raise web.HTTPNotFound()
        if message.photo is not None:
            jpeg = message.photo.startswith(b"\xff\xd8")
            return web.Response(
                body=message.photo, content_type="image/jpeg" if jpeg else "image/png"
            )
        headers = {"Content-Disposition": f'attachment; filename="{message.document_name}"'}
        return web.Response(
            body=message.document,
            content_type=message.mime_type or "application/octet-stream",
            headers=headers,
        )

    async def events(self, request: web.Request) -> web.StreamResponse:
        """Every chat's events, as they happen, for as long as the page listens."""
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await response.prepare(request)
        queue = self.double.subscribe()
        self._pages.add(queue)
        keyboards: dict[int, Any] = {}
        try:
            while True:
                try:
                    chat_id, event = await asyncio.wait_for(queue.get(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    await response.write(b": heartbeat\n\n")
                    continue
                if event.kind in ("message", "edit") and chat_id in self.personas:
                    await self._reader_zone(chat_id)
                for payload in self._payloads(chat_id, event, keyboards):
                    await response.write(f"data: {json.dumps(payload)}\n\n".encode())
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._pages.discard(queue)
            self.double.unsubscribe(queue)
        return response

    def _payloads(
        self, chat_id: int, event: Event, keyboards: dict[int, Any]
    ) -> list[dict[str, Any]]:
        if event.kind == PERSONAS:
            return [{"chat_id": 0, "kind": PERSONAS}]
        persona = self.personas.get(chat_id)
        if persona is None:
            return []
        out: list[dict[str, Any]] = []
        base = {"chat_id": chat_id, "kind": event.kind, "message": None, "answer": None}
        if event.kind in ("message", "edit", "delete") and event.message is not None:
            out.append({**base, "message": self._message(persona, event.message)})
        elif event.kind == "callback_answer":
            answer = event.data["answer"]
            out.append({**base, "answer": {"text": answer.text, "show_alert": answer.show_alert}})
        keyboard = _reply_keyboard(self.double.user(chat_id).chat.reply_keyboard)
        if keyboards.get(chat_id) != keyboard:
            keyboards[chat_id] = keyboard
            out.append({**base, "kind": "reply_keyboard", "reply_keyboard": keyboard})
        return out

    def _message(self, persona: Persona, message: ChatMessage) -> dict[str, Any]:
        t = self.i18n.translator(self.i18n.negotiate(persona.language_code))
        zone = self._zones.get(persona.id, self.fair_zone)
        sent = datetime.fromtimestamp(message.date, zone)
        url = f"/media/{persona.id}/{message.message_id}"
        contact = message.media.get("contact")
        sticker = message.media.get("sticker")
        return {
            "id": message.message_id,
            "from_bot": message.from_bot,
            "date": message.date,
            "time": t.time(sent, zone),
            "html": _page_html(message),
            "kind": message.kind,
            "photo": url if message.photo is not None else None,
            "document": (
                {"url": url, "name": message.document_name}
                if message.document is not None
                else None
            ),
            "contact": {"phone_number": contact["phone_number"]} if contact else None,
            "sticker": sticker.get("emoji") if sticker else None,
            "buttons": [
                [
                    {k: v for k, v in b.items() if k in ("text", "url")}
                    | ({"data": b["callback_data"]} if "callback_data" in b else {})
                    for b in row
                ]
                for row in message.inline_keyboard
            ],
            "edited": message.edited,
            "deleted": message.deleted,
        }

    async def get_clock(self, request: web.Request) -> web.Response:
        return web.json_response(self._clock(request))

    async def post_clock(self, request: web.Request) -> web.Response:
        body = await _json(request)
        if body.get("reset"):
            self.clock.reset()
            return web.json_response(self._clock(request))
        try:
            local = datetime.fromisoformat(str(body.get("local")))
        except ValueError:
            return _bad("local must be a date and time like 2026-10-15T09:55")
        self.clock.set(local.replace(tzinfo=self.fair_zone))
        return web.json_response(self._clock(request))

    def _clock(self, request: web.Request) -> dict[str, Any]:
        """The fair's clock, written for the reader of `?lang=` (a shipped locale)."""
        now = self.clock.now().astimezone(self.fair_zone)
        reader = self.i18n.translator(self.i18n.negotiate(request.query.get("lang")))
        return {
            "fair_time": f"{reader.day_and_year(now)} {reader.time(now, self.fair_zone)}",
            "local_value": now.strftime("%Y-%m-%dT%H:%M"),
            "zone": str(self.fair_zone),
            "frozen": False,
        }

    def _persona(self, request: web.Request) -> Persona:
        try:
            return self.personas[int(request.match_info["id"])]
        except (KeyError, ValueError):
            raise web.HTTPNotFound() from None


def _page_html(message: ChatMessage) -> str:
    """Telegram HTML rebuilt from the message's entities, with tags the page styles."""
    html = entities_to_html(message.text, message.entities)
    return (
        html.replace("<tg-spoiler>", '<span class="tg-spoiler">')
        .replace("</tg-spoiler>", "</span>")
        .replace("<blockquote expandable>", "<blockquote>")
    )


def _reply_keyboard(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    if not markup or "keyboard" not in markup:
        return None
    rows = [
        [
            {"text": b if isinstance(b, str) else b.get("text", ""),
             "request_contact": isinstance(b, dict) and bool(b.get("request_contact"))}
            for b in row
        ]
        for row in markup["keyboard"]
    ]  # fmt: skip
    return {"rows": rows, "one_time": bool(markup.get("one_time_keyboard"))}


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split()[:2]).upper()


async def _json(request: web.Request) -> dict[str, Any]:
    with contextlib.suppress(ValueError):
        body = await request.json()
        if isinstance(body, dict):
            return body
    return {}


def _bad(error: str) -> web.Response:
    return web.json_response({"error": error}, status=400)
