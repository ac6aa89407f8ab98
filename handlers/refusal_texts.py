"""The texts of refusals that depend on where they happen: each flow's hints for an answer
it cannot take, why registering comes first, why an invitation links no one.

Data, kept apart from `handlers.refusals` (which decides what each error says and how
it reaches the reader) so that a new flow's hints are one table here.
"""

from __future__ import annotations

from enum import StrEnum

from bot.i18n import N_, NP_, Plural


class Place(StrEnum):
    """Where an error happened, for the errors whose answer depends on it."""

    BADGE = "badge"
    BROADCAST = "broadcast"
    CHECKIN = "checkin"
    LEADS = "leads"  # staff's /leads: its buttons, and a score adjustment typed
    MEETINGS = "meetings"
    PRODUCT = "product"  # a product card's button (save)
    PROFILE = "profile"
    REGISTRATION = "registration"
    REMINDERS = "reminders"
    TEAM = "team"  # a manager's list of their exhibitor's staff
    REPLY = "reply"  # staff or buyer text relayed into a talk
    SLOTS = "slots"  # staff managing meeting slots
    REQUESTS = "requests"  # staff answering a meeting request
    TALK = "talk"  # opening a talk from a product card


HINTS: dict[Place, dict[str, str | Plural]] = {
    Place.REGISTRATION: {
        "empty": N_("The answer is empty. Please type it again."),
        "too_long": NP_(
            "That is too long: {limit} character at most, please.",
            "That is too long: {limit} characters at most, please.",
        ),
        "no_letters": N_("Please use letters, not only digits or symbols."),
        # Translators: the examples are a country's name in English and in another
        # language: write a country's English name and its name in your language.
        "unknown_country": N_(
            "I could not find that country. Try its name in English or in your language, "
            "for example “Spain” or “España”."
        ),
        "bad_timezone": N_(
            "Please pick a time zone from the buttons, or type an offset like UTC+3."
        ),
        "bad_email": N_("That does not look like an e-mail address. Example: name@company.com"),
        "bad_phone": N_("That phone number does not look valid."),
        "use_contact_button": N_("Please use the “Share my phone number” button, or tap Skip."),
        "use_buttons": N_("Please answer with the buttons under the question."),
        "pick_one": N_("Pick at least one category."),
        "not_own_contact": N_("Please share your own number with the button below."),
        "unexpected_contact": N_("I did not ask for a phone number here."),
        "text_only": N_("Please answer with text."),
    },
    Place.BROADCAST: {
        "empty": N_("The announcement is empty. Please send its text."),
        "too_long": NP_(
            "This text does not fit in one Telegram message: at most {limit} character, "
            "counting the header the bot adds.",
            "This text does not fit in one Telegram message: at most {limit} characters, "
            "counting the header the bot adds.",
        ),
        "bad_html": N_(
            "Telegram cannot read the formatting of that text: close every tag you open and use "
            "only the tags shown above.\nTo show the sign &lt; itself, write &amp;lt;.\n({error})"
        ),
        "text_only": N_(
            "Please send the announcement as text: photos, files and stickers cannot be broadcast."
        ),
        "use_buttons": N_("Please answer with the buttons under the question."),
        "english_required": N_(
            "English is required: buyers whose language has no text receive the English one."
        ),
    },
    Place.SLOTS: {
        "use_command": N_(
            "Send /addslots followed by the date, the hours and the minutes a meeting lasts, "
            "for example: /addslots 2026-10-16 09:00-12:00 30"
        ),
        "bad_date": N_("Write the date as year-month-day, for example 2026-10-16."),
        "bad_hours": N_(
            "Write the hours as from-to on the fair's clock, for example 09:00-12:00."
        ),
        "not_fair_day": N_("That date is not a fair day."),
        "slot_length": NP_(
            "A meeting lasts from 10 to {limit} minute.",
            "A meeting lasts from 10 to {limit} minutes.",
        ),
        "too_many_slots": NP_(
            "At most {limit} slot a day: make them longer or the hours shorter.",
            "At most {limit} slots a day: make them longer or the hours shorter.",
        ),
        "slot_past": N_("Those times have passed. Add slots that are still to come."),
        "slot_overlap": N_(
            "Those times overlap slots you have already. See /slots, and add other hours."
        ),
        "slot_booked": N_("A buyer has booked this slot: it cannot be removed."),
        "use_buttons": N_("Please use the buttons under the list."),
    },
    Place.LEADS: {
        "bad_delta": N_(
            "Start with + or - and a number up to {limit}, then the note, for example: "
            "+3 Met at the booth"
        ),
        "empty": N_("Please add a note after the number: why does the score change?"),
        "too_long": NP_(
            "That note is too long: {limit} character at most, please.",
            "That note is too long: {limit} characters at most, please.",
        ),
        "use_buttons": N_("Please answer with the buttons under the question."),
    },
}

REGISTER_FIRST = {
    Place.BADGE: N_("You have no e-badge yet. Send /register to get one."),
    Place.CHECKIN: N_(
        "Check-in is for registered buyers. Register first: it takes two minutes, "
        "and you get your e-badge."
    ),
    Place.MEETINGS: N_(
        "To book a meeting with an exhibitor, please register first: it takes two minutes "
        "and gives you your e-badge."
    ),
    Place.PROFILE: N_("You are not registered yet. Send /register to start."),
    Place.REMINDERS: N_("Reminders are for registered buyers. Send /register to start."),
    Place.TALK: N_("To talk to exhibitors, please register first: it takes a minute."),
}

INVITE_REFUSALS = {
    "unknown": N_(
        "I do not know this invitation code. Check it, or ask the fair's organizers for a new one."
    ),
    "used": N_("This invitation has been used already. Ask the fair's organizers for a new one."),
    "expired": N_("This invitation has expired. Ask the fair's organizers for a new one."),
}
