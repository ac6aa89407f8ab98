"""The vendored spec and the answer checker."""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
import pytest

from bot.telegram_double import BotApiDouble, check_value
from bot.telegram_double.errors import ApiError
from bot.telegram_double.media import Upload
from bot.telegram_double.registry import METHODS, MethodEntry
from bot.telegram_double.spec import (
    IMPLEMENTED_METHODS,
    build_subset,
    check_union,
    decode_params,
    load_spec,
)

REPO = Path(__file__).resolve().parents[2]
SHARED_API = REPO.parent / "shared" / "telegram-bot-api" / "api.json"

USER = {"id": 1, "is_bot": False, "first_name": "A"}
CHAT = {"id": 1, "type": "private", "first_name": "A"}


def _slim(fields: list[dict]) -> list[tuple]:
    return [(f["name"], f["types"], f["required"]) for f in fields]


@pytest.mark.skipif(not SHARED_API.exists(), reason="shared/telegram-bot-api/api.json absent")
def test_vendored_spec_matches_shared_api_json() -> None:
    api = json.loads(SHARED_API.read_text(encoding="utf-8"))
    vendored = json.loads((REPO / "bot/telegram_double/spec.json").read_text(encoding="utf-8"))
    assert set(vendored["methods"]) == set(IMPLEMENTED_METHODS)
    for name, method in vendored["methods"].items():
        assert _slim(method["fields"]) == _slim(api["methods"][name].get("fields", [])), name
        assert method["returns"] == api["methods"][name]["returns"], name
    for name, spec_type in vendored["types"].items():
        assert _slim(spec_type["fields"]) == _slim(api["types"][name].get("fields", [])), name
        assert spec_type.get("subtypes") == api["types"][name].get("subtypes"), name
    # Nothing reachable is missing: regenerating gives the same file content.
    assert build_subset(api)["types"].keys() == vendored["types"].keys()
    assert "MIT" in vendored["_license"] and "PaulSonOfLars" in vendored["_source"]


def test_check_value_accepts_a_good_message() -> None:
    message = {
        "message_id": 1,
        "date": 1700000000,
        "chat": CHAT,
        "from": USER,
        "text": "hi",
        "entities": [{"type": "bold", "offset": 0, "length": 2}],
    }
    assert check_value("Message", message) == []


def test_check_value_catches_a_missing_required_field() -> None:
    problems = check_value("Message", {"message_id": 1, "date": 1700000000, "from": USER})
    assert any("missing required field 'chat'" in p for p in problems)


def test_check_value_catches_wrong_primitives_and_unknown_fields() -> None:
    assert check_value("User", {"id": 1, "is_bot": "no", "first_name": "A"})
    assert check_value("User", {"id": True, "is_bot": False, "first_name": "A"})
    assert check_value("User", {**USER, "nickname": "x"})
    assert check_value("Array of BotCommand", [{"command": "a", "description": 5}])
    assert check_value("Array of BotCommand", {"command": "a"})
    assert check_value("Array of BotCommand", [{"command": "a", "description": "b"}]) == []


def test_check_value_resolves_abstract_types() -> None:
    inaccessible = {"chat": CHAT, "message_id": 3, "date": 0}
    assert check_value("MaybeInaccessibleMessage", inaccessible) == []
    assert check_value("BotCommandScope", {"type": "chat", "chat_id": 5}) == []
    assert check_value("BotCommandScope", {"type": "chat"})  # chat_id required for "chat"
    assert check_value("MenuButton", {"type": "commands"}) == []
    assert check_value("MenuButton", {"type": "web_app"})  # needs text + web_app
    assert check_value("MenuButton", {"type": "bogus"})


def test_decode_params_types_form_strings_by_spec() -> None:
    raw = {
        "chat_id": "42",
        "text": "123",
        "disable_notification": "true",
        "reply_markup": '{"inline_keyboard": []}',
        "unknown": "x",
    }
    params = decode_params("sendMessage", raw, {})
    assert params["chat_id"] == 42 and params["text"] == "123"
    assert params["disable_notification"] is True
    assert params["reply_markup"] == {"inline_keyboard": []}
    assert params["unknown"] == "x"
    by_name = decode_params("sendMessage", {"chat_id": "@chan", "text": "x"}, {})
    assert by_name["chat_id"] == "@chan"
    upload = Upload(b"data", "a.png", "image/png")
    assert decode_params("sendPhoto", {"chat_id": 1}, {"photo": upload})["photo"] is upload
    assert (
        decode_params("sendPhoto", {"chat_id": 1, "photo": "attach://p"}, {"p": upload})["photo"]
        is upload
    )


def test_decode_params_refuses_missing_and_broken_values() -> None:
    with pytest.raises(ApiError, match="message text is empty"):
        decode_params("sendMessage", {"chat_id": "1"}, {})
    with pytest.raises(ApiError, match="chat_id is empty"):
        decode_params("sendMessage", {"text": "x"}, {})
    with pytest.raises(ApiError, match="can't parse reply keyboard markup JSON object"):
        decode_params("sendMessage", {"chat_id": "1", "text": "x", "reply_markup": "{"}, {})
    with pytest.raises(ApiError, match="callback_query_id is required"):
        decode_params("answerCallbackQuery", {}, {})


def test_spec_covers_every_implemented_method() -> None:
    assert set(load_spec().methods) == set(IMPLEMENTED_METHODS)


async def test_server_records_spec_violations_of_its_answers(
    double: BotApiDouble, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken_get_me(world: object, params: dict) -> dict:
        return {"id": 1, "first_name": "Bot"}  # is_bot missing

    monkeypatch.setitem(METHODS, "getme", MethodEntry("getMe", broken_get_me))
    url = f"{double.bot_url}{double.token}/getMe"
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        assert (await resp.json())["ok"] is True
    assert double.spec_violations == ["getMe: User: missing required field 'is_bot' of User"]
    problems = check_value("Message", {"message_id": 1, "chat": CHAT})
    assert problems == ["Message: missing required field 'date' of Message"]
    assert check_union(["Message", "Boolean"], {"message_id": 1, "chat": CHAT, "date": 1}) == []
    assert check_union(["Message", "Boolean"], {"message_id": 1, "chat": CHAT}) == problems
    double.spec_violations.clear()
