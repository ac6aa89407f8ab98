"""How staff see their exhibitor's meeting slots: one line and one row of buttons each."""

from __future__ import annotations

from datetime import tzinfo

from bot.i18n import N_, Translator
from bot.services.outbox import Buttons
from bot.services.staff_slots import SlotRow
from handlers.callbacks import pack
from handlers.meetings_views import when

USAGE = N_(
    "To add a day's slots, send /addslots DATE FROM-TO MINUTES on the fair's clock, for "
    "example: /addslots {example} 09:00-12:00 30"
)


def listing(
    t: Translator, exhibitor: str, rows: list[SlotRow], zone: tzinfo, zone_label: str, example: str
) -> tuple[str, Buttons]:
    """The slots with their state; a button to take each out of booking or back, and 🗑
    for the ones staff added that nobody booked."""
    lines = [
        "<b>" + t.format("Meeting slots of {exhibitor}", exhibitor=exhibitor) + "</b>",
        t.format("Times on the fair's clock, {zone}.", zone=zone_label),
        "",
    ]
    buttons: Buttons = []
    for row in rows:
        shown = when(t, row.starts_at, row.ends_at, zone)
        if row.booked:
            state = t.gettext("booked")
        elif row.available:
            state = t.gettext("free")
        else:
            state = t.gettext("unavailable")
        lines.append(f"• {t.value(shown)}: {state}")
        toggle = (
            (f"🚫 {shown}", pack("sl.off", row.id))
            if row.available
            else (f"✅ {shown}", pack("sl.on", row.id))
        )
        buttons.append(
            [toggle, ("🗑", pack("sl.rm", row.id))]
            if row.staff_added and not row.booked
            else [toggle]
        )
    if not rows:
        lines.append(t.gettext("No upcoming slots."))
    lines += ["", t.format(USAGE, example=example)]
    return "\n".join(lines), buttons
