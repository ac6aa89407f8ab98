"""What exhibitor staff read at their desk and in their team list: texts and plain button rows."""

from __future__ import annotations

from datetime import tzinfo

from bot.domain import StaffRole
from bot.i18n import N_, Translator
from bot.services.outbox import Buttons
from bot.services.product_cards import localized
from bot.services.staff import Link
from bot.services.team import Member, Team
from handlers.callbacks import pack

AVAILABILITY, REMOVE, CONFIRM, KEEP = "sf.av", "sf.rm", "sf.ok", "sf.no"

# The staff menu's labels (handlers.staff_menu entries).
INBOX = N_("📥 Inbox")
AVAILABILITY_LABEL = N_("🟢 Availability")
TEAM = N_("👥 Team")
INVITE = N_("✉️ Invite an agent")

YOUR_ROLE = {
    StaffRole.AGENT: N_("Your role: agent. You answer buyers' conversations."),
    StaffRole.MANAGER: N_(
        "Your role: manager. You answer buyers' conversations, invite agents and manage your team."
    ),
}
STATE = {
    True: N_("🟢 Available: you get an alert for each new conversation."),
    False: N_("⏸ Away: no alerts for new conversations; /inbox still lists them."),
}
TURN = {
    True: N_("🟢 Set me available"),
    False: N_("⏸ Set me away"),
}
MEMBER = {
    StaffRole.AGENT: N_("{state} Staff member {id}: agent, linked {date}"),
    StaffRole.MANAGER: N_("{state} Staff member {id}: manager, linked {date}"),
}
STAFF_HELP = N_(
    "<b>What I can do for exhibitor staff</b>\n"
    "/desk: your staff menu\n"
    "/inbox: buyers' conversations waiting, and yours\n"
    "/end: close the conversation you are in\n"
    "/unlink: end your link to the exhibitor\n"
    "/language: choose the language I speak\n"
    "/help: this message"
)
STAFF_TOOLS = N_(
    "/leads: the buyers interested in your exhibitor\n"
    "/slots: your meeting slots\n"
    "/addslots: add meeting slots\n"
    "/hours: your business hours (managers)"
)


def desk(t: Translator, link: Link) -> str:
    """The head of the staff menu: whose staff, which role, available or away, what waits."""
    lines = [
        "<b>"
        + t.format(
            "Staff desk: {exhibitor}",
            exhibitor=localized(link.exhibitor_names, t.code, link.exhibitor_id),
        )
        + "</b>",
        t.gettext(YOUR_ROLE[link.role]),
        t.gettext(STATE[link.available]),
    ]
    if link.waiting:
        lines.append(
            t.format(
                "Conversations waiting for you: {count}. Send /inbox to see them.",
                count=t.number(link.waiting),
            )
        )
    return "\n".join(lines)


def availability(t: Translator, available: bool) -> tuple[str, Buttons]:
    """The member's state and the one button that changes it (it carries the state wanted)."""
    button = (t.gettext(TURN[not available]), pack(AVAILABILITY, "1" if not available else "0"))
    return t.gettext(STATE[available]), [[button]]


def team(t: Translator, listed: Team, zone: tzinfo, me: int) -> tuple[str, Buttons]:
    """The team: one line and one Remove button per member, the reader marked."""
    lines = [
        "<b>" + t.format("Team of {exhibitor}", exhibitor=listed.exhibitor(t.code)) + "</b>",
        t.gettext("🟢 available · ⏸ away"),
        "",
    ]
    rows: Buttons = []
    for member in listed.members:
        line = t.format(
            MEMBER[member.role],
            state="🟢" if member.available else "⏸",
            id=str(member.telegram_id),
            date=t.day(member.linked_at, zone),
        )
        if member.telegram_id == me:
            line += " " + t.gettext("(you)")
        lines.append(line)
        label = t.plain("✖ Remove {id}", id=str(member.telegram_id))
        rows.append([(label, pack(REMOVE, member.id))])
    return "\n".join(lines), rows


def question(t: Translator, listed_exhibitor: str, member: Member, me: int) -> tuple[str, Buttons]:
    """Asked before a removal; the confirmation carries the member's link id."""
    if member.telegram_id == me:
        text = t.format(
            "Leave the team of {exhibitor}? You stop receiving its buyers' conversations at "
            "once; those you had claimed go back to waiting for your colleagues.",
            exhibitor=listed_exhibitor,
        )
    else:
        text = t.format(
            "Remove staff member {id} from the team of {exhibitor}? They stop receiving its "
            "buyers' conversations at once; those they had claimed go back to waiting for "
            "their colleagues.",
            id=str(member.telegram_id),
            exhibitor=listed_exhibitor,
        )
    buttons = [(t.gettext("✖ Yes, remove"), pack(CONFIRM, member.id)), (t.gettext("Cancel"),
               pack(KEEP))]  # fmt: skip
    return text, [buttons]


def removed(t: Translator, exhibitor: str, member: Member, me: int) -> str:
    if member.telegram_id == me:
        return t.format("You left the team of {exhibitor}.", exhibitor=exhibitor)
    return t.format(
        "Removed: staff member {id} is no longer on the team of {exhibitor}. They have been told.",
        id=str(member.telegram_id),
        exhibitor=exhibitor,
    )
