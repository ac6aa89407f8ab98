"""The web chat's own labels, translated like every other string the project shows."""

from __future__ import annotations

from bot.i18n import N_, Translator

LABELS = {
    "title": N_("Fair Concierge demo"),
    "personas": N_("Chats"),
    # Translators: Demo web chat: adds a made-up user (name and language) to the list of
    # chats.
    "add_persona": N_("Add a persona"),
    "name": N_("Name"),
    "language": N_("Language"),
    "add": N_("Add"),
    "cancel": N_("Cancel"),
    "type_message": N_("Write a message…"),
    "send": N_("Send"),
    "share_contact": N_("Share my phone number"),
    "demo_clock": N_("Demo clock"),
    # Translators: Demo web chat, clock panel: the button that sets the demo clock to the
    # date and time typed beside it.
    "set_clock": N_("Set"),
    # Translators: Demo web chat, clock panel: the button that makes the demo clock follow
    # the real time again.
    "reset_clock": N_("Real time"),
    # Translators: Demo web chat, clock panel: the label of the fair's own clock
    # (Asia/Shanghai).
    "fair_time": N_("Fair time"),
    "no_messages": N_("Say hello: send /start"),
    # Translators: Demo web chat: the small label under a message the bot has edited.
    "edited": N_("edited"),
    "download": N_("Download"),
    "bot_name": N_("Fair Concierge bot"),
    # Translators: Demo web chat: the button that closes an alert box.
    "ok": N_("OK"),
    "offline": N_("Connection lost, reconnecting…"),
    "dashboard": N_("Dashboard"),
    "close": N_("Close"),
}


def translated(t: Translator) -> dict[str, str]:
    return {key: t.gettext(msgid) for key, msgid in LABELS.items()}
