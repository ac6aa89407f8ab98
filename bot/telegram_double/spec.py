"""The vendored Bot API spec: loading, regeneration, parameter decoding and answer checking.

Why: the double must speak exactly the Bot API the real server speaks. Instead of trusting
hand-written dicts we keep a trimmed machine-readable copy of the official method/type list
(``spec.json``, generated from PaulSonOfLars/telegram-bot-api-spec, MIT) and use it twice:
to decode what python-telegram-bot posts (form fields are strings; anything that is not a
``String`` arrives JSON-encoded) and to check every answer we give back, so a forgotten
required field or a wrong primitive type shows up in ``BotApiDouble.spec_violations``.

Regenerate the vendored file with ``python -m bot.telegram_double.spec /path/to/api.json``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.telegram_double.errors import ApiError

SPEC_PATH = Path(__file__).with_name("spec.json")

IMPLEMENTED_METHODS: tuple[str, ...] = (
    "getMe", "logOut", "close", "getUpdates", "deleteWebhook", "setWebhook",
    "getWebhookInfo", "sendMessage", "editMessageText", "editMessageReplyMarkup",
    "editMessageCaption", "answerCallbackQuery", "deleteMessage", "sendPhoto",
    "sendDocument", "sendChatAction", "setMyCommands", "getMyCommands",
    "deleteMyCommands", "setChatMenuButton", "getChatMenuButton", "answerInlineQuery",
    "getChat", "getFile",
)  # fmt: skip

PRIMITIVES = frozenset({"Integer", "Float", "String", "Boolean", "True", "InputFile"})

_LICENSE = (
    "MIT License. Copyright (c) 2020 Paul Larsen. Permission is hereby granted, free of "
    "charge, to any person obtaining a copy of this software and associated documentation "
    'files (the "Software"), to deal in the Software without restriction, including without '
    "limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, "
    "and/or sell copies of the Software, and to permit persons to whom the Software is "
    "furnished to do so, subject to the following conditions: The above copyright notice and "
    "this permission notice shall be included in all copies or substantial portions of the "
    'Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR '
    "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A "
    "PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT "
    "HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF "
    "CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR "
    "THE USE OR OTHER DEALINGS IN THE SOFTWARE."
)
_CONST = re.compile(r"(?:always|must be)\s+[\"“]?([a-z_]+)[\"”]?")
_DISCRIMINATORS = ("type", "status", "source")

# Telegram's own wording for a missing required parameter, where we know it.
_MISSING_TEXT = {
    "chat_id": "Bad Request: chat_id is empty",
    "text": "Bad Request: message text is empty",
    "message_id": "Bad Request: message identifier is not specified",
    "photo": "Bad Request: there is no photo in the request",
    "document": "Bad Request: there is no document in the request",
    "action": "Bad Request: wrong parameter action in request",
}
_JSON_TEXT = {
    "reply_markup": "Bad Request: can't parse reply keyboard markup JSON object",
    "entities": "Bad Request: can't parse entities JSON object",
    "caption_entities": "Bad Request: can't parse entities JSON object",
}


# --------------------------------------------------------------------------- generation


def element_types(type_expr: str) -> str:
    """Strip any number of ``Array of`` prefixes: ``Array of Array of X`` -> ``X``."""
    while type_expr.startswith("Array of "):
        type_expr = type_expr[len("Array of ") :]
    return type_expr


def build_subset(api: Mapping[str, Any], methods: Iterable[str] = IMPLEMENTED_METHODS) -> dict:
    """Trim the full spec to ``methods`` and every type reachable from them."""
    out_methods: dict[str, Any] = {}
    pending: list[str] = []
    for name in methods:
        m = api["methods"][name]
        fields = [_slim(f) for f in m.get("fields", [])]
        out_methods[name] = {"fields": fields, "returns": list(m["returns"])}
        pending += [t for f in m.get("fields", []) for t in f["types"]] + list(m["returns"])
    out_types: dict[str, Any] = {}
    while pending:
        name = element_types(pending.pop())
        if name in PRIMITIVES or name in out_types:
            continue
        t = api["types"][name]
        entry: dict[str, Any] = {"fields": [_slim(f) for f in t.get("fields", [])]}
        if t.get("subtypes"):
            entry["subtypes"] = list(t["subtypes"])
            pending += t["subtypes"]
        out_types[name] = entry
        pending += [x for f in t.get("fields", []) for x in f["types"]]
    return {
        "_source": "Trimmed from api.json of github.com/PaulSonOfLars/telegram-bot-api-spec "
        "(scraped from core.telegram.org/bots/api). Regenerate with "
        "`python -m bot.telegram_double.spec /path/to/api.json`.",
        "_license": _LICENSE,
        "version": api.get("version"),
        "release_date": api.get("release_date"),
        "methods": out_methods,
        "types": dict(sorted(out_types.items())),
    }


def _slim(field: Mapping[str, Any]) -> dict[str, Any]:
    out = {"name": field["name"], "types": list(field["types"]), "required": field["required"]}
    if field["name"] in _DISCRIMINATORS and (m := _CONST.search(field.get("description", ""))):
        out["const"] = m.group(1)  # e.g. BotCommandScopeChat.type is always "chat"
    return out


def main(argv: list[str] | None = None) -> int:
    """CLI: rewrite spec.json from a full api.json."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m bot.telegram_double.spec /path/to/api.json", file=sys.stderr)
        return 2
    api = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    subset = build_subset(api)
    SPEC_PATH.write_text(json.dumps(subset, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {SPEC_PATH} ({len(subset['methods'])} methods, {len(subset['types'])} types)")
    return 0


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class Spec:
    """The parsed vendored spec."""

    methods: dict[str, Any]
    types: dict[str, Any]

    def method(self, name: str) -> dict[str, Any]:
        return self.methods[name]


@lru_cache(maxsize=1)
def load_spec() -> Spec:
    data = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return Spec(methods=data["methods"], types=data["types"])


# --------------------------------------------------------------------------- decoding


def decode_params(method: str, raw: Mapping[str, Any], files: Mapping[str, Any]) -> dict:
    """Turn the raw request parameters into Python values typed by the spec.

    ``raw`` holds strings (form/query) or already-decoded JSON values (JSON body). ``files``
    maps multipart part names to uploads; an ``attach://name`` value is resolved to the part.
    Raises ``ApiError`` 400 with Telegram's wording for missing or undecodable values.
    """
    fields = {f["name"]: f for f in load_spec().method(method)["fields"]}
    out: dict[str, Any] = {}
    for name, value in raw.items():
        field = fields.get(name)
        if field is None:
            out[name] = value  # Telegram silently ignores unknown parameters
            continue
        if isinstance(value, str) and value.startswith("attach://") and value[9:] in files:
            out[name] = files[value[9:]]
            continue
        out[name] = _decode(name, field["types"], value)
    for name, upload in files.items():
        if name in fields and name not in out:
            out[name] = upload
    for name, field in fields.items():
        if field["required"] and out.get(name) in (None, ""):
            raise ApiError(400, _MISSING_TEXT.get(name, f"Bad Request: {name} is required"))
    return out


def _decode(name: str, types: list[str], value: Any) -> Any:
    if not isinstance(value, str):
        if types == ["String"] and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value
    if types == ["String"] or "InputFile" in types:
        return value
    if types == ["Integer", "String"]:
        return int(value) if re.fullmatch(r"\s*-?\d+\s*", value) else value
    if types == ["Integer"]:
        if re.fullmatch(r"\s*-?\d+\s*", value):
            return int(value)
        raise ApiError(400, f"Bad Request: invalid {name} specified")
    if types == ["Float"]:
        try:
            return float(value)
        except ValueError:
            raise ApiError(400, f"Bad Request: invalid {name} specified") from None
    if types in (["Boolean"], ["True"]):
        low = value.strip().lower()
        if low in ("true", "1"):
            return True
        if low in ("false", "0", ""):
            return False
        raise ApiError(400, f"Bad Request: invalid {name} specified")
    try:
        return json.loads(value)
    except ValueError:
        raise ApiError(400, _JSON_TEXT.get(name, f"Bad Request: can't parse {name}")) from None


# --------------------------------------------------------------------------- checking


def check_value(type_name: str, value: Any, path: str = "") -> list[str]:
    """Problems of ``value`` as an instance of the spec type ``type_name`` (empty = fine).

    Walks objects recursively: required fields present, no fields the spec does not know,
    primitive types right, ``Array of X``, and abstract types (``subtypes``) resolved by their
    discriminator (``type``/``status``/``source``) or, failing that, by any subtype that fits.
    """
    where = path or type_name
    if type_name.startswith("Array of "):
        if not isinstance(value, list):
            return [f"{where}: expected {type_name}, got {type(value).__name__}"]
        inner = type_name[len("Array of ") :]
        return [p for i, v in enumerate(value) for p in check_value(inner, v, f"{where}[{i}]")]
    if type_name in PRIMITIVES:
        return (
            []
            if _primitive_ok(type_name, value)
            else [f"{where}: expected {type_name}, got {value!r:.60}"]
        )
    spec_type = load_spec().types.get(type_name)
    if spec_type is None:
        return [f"{where}: unknown spec type {type_name}"]
    if spec_type.get("subtypes"):
        return _check_abstract(type_name, spec_type["subtypes"], value, where)
    if not isinstance(value, dict):
        return [f"{where}: expected {type_name} object, got {value!r:.60}"]
    problems: list[str] = []
    fields = {f["name"]: f for f in spec_type["fields"]}
    for key in value:
        if key not in fields:
            problems.append(f"{where}: field {key!r} is not part of {type_name}")
    for name, field in fields.items():
        if name not in value:
            if field["required"]:
                problems.append(f"{where}: missing required field {name!r} of {type_name}")
            continue
        if "const" in field and value[name] != field["const"]:
            problems.append(f"{where}.{name}: must be {field['const']!r}, got {value[name]!r}")
        problems += check_union(field["types"], value[name], f"{where}.{name}")
    return problems


def check_union(types: list[str], value: Any, path: str = "") -> list[str]:
    """Problems of ``value`` against a list of alternative types (first fitting wins)."""
    best: list[str] | None = None
    # Compare against alternatives of the value's shape first, so that a broken Message is
    # reported as a broken Message rather than as "not a Boolean".
    shaped = [t for t in types if _same_shape(t, value)] or types
    for type_name in shaped:
        problems = check_value(type_name, value, path)
        if not problems:
            return []
        if best is None or len(problems) < len(best):
            best = problems
    return best or []


def _check_abstract(name: str, subtypes: list[str], value: Any, where: str) -> list[str]:
    types = load_spec().types
    if isinstance(value, dict):
        for sub in subtypes:
            for f in types.get(sub, {}).get("fields", []):
                if "const" in f and value.get(f["name"]) == f["const"]:
                    return check_value(sub, value, where)
    problems = check_union(subtypes, value, where)
    return [f"{p} (as one of {name})" for p in problems]


def _same_shape(type_name: str, value: Any) -> bool:
    if type_name.startswith("Array of "):
        return isinstance(value, list)
    if type_name in PRIMITIVES:
        return not isinstance(value, dict | list)
    return True  # objects, and abstract types whose subtypes may be primitive


def _primitive_ok(type_name: str, value: Any) -> bool:
    if type_name == "Integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "Float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if type_name == "String":
        return isinstance(value, str)
    if type_name == "Boolean":
        return isinstance(value, bool)
    if type_name == "True":
        return value is True
    return True  # InputFile never appears in answers


if __name__ == "__main__":
    raise SystemExit(main())
