"""The demo's personas as the page lists them: a label in each one's language, in the
form of their grammatical gender where the language has one."""

from __future__ import annotations

from dataclasses import replace

from bot.demo.personas import default_personas, describe
from bot.i18n import I18n


def test_a_buyer_s_label_agrees_with_her_or_him(i18n: I18n) -> None:
    shown = {p.name: describe(p, i18n)["subtitle"] for p in default_personas(900001)}
    assert shown["Lucía Fernández"] == "Compradora de España"
    assert shown["João Silva"] == "Comprador (Brasil)"
    assert shown["Nguyễn Thị Lan"] == "Người mua từ Việt Nam"  # no gender: one form
    lucia = next(p for p in default_personas(900001) if p.name == "Lucía Fernández")
    in_russian = replace(lucia, language_code="ru")
    assert describe(in_russian, i18n)["subtitle"] == "Покупательница (Испания)"
    assert describe(replace(in_russian, feminine=False), i18n)["subtitle"] == (
        "Покупатель (Испания)"
    )
