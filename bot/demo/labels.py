"""The web chat's own labels, translated like every other string the project shows."""

from __future__ import annotations

from bot.i18n import N_, Translator

LABELS = {
    "title": N_("Fair Concierge demo"),
    "personas": N_("Chats"),
    "add_persona": N_("Add a persona"),
    "name": N_("Name"),
    "language": N_("Language"),
    "add": N_("Add"),
    "cancel": N_("Cancel"),
    "type_message": N_("Write a message…"),
    "send": N_("Send"),
    "share_contact": N_("Share my phone number"),
    "demo_clock": N_("Demo clock"),
    "set_clock": N_("Set"),
    "reset_clock": N_("Real time"),
    "fair_time": N_("Fair time"),
    "no_messages": N_("Say hello: send /start"),
    "edited": N_("edited"),
    "download": N_("Download"),
    "bot_name": N_("Fair Concierge bot"),
    "ok": N_("OK"),
    "offline": N_("Connection lost, reconnecting…"),
    "dashboard": N_("Dashboard"),
    "close": N_("Close"),
}


def translated(t: Translator) -> dict[str, str]:
    return {key: t.gettext(msgid) for key, msgid in LABELS.items()}
