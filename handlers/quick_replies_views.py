"""Canned trade replies: what staff answer all day, sent with one tap in the buyer's language.

Each reply is a shipped, translated text, so a Chinese-speaking agent answers a
Spanish buyer in Spanish. Where the catalog knows the fact (the product's price,
minimum order, certificates), the reply states it; where it does not, the reply
asks what the exhibitor needs to answer.
"""

from __future__ import annotations

from bot.i18n import N_, Translator
from bot.services.product_cards import Card
from handlers.callbacks import pack
from handlers.units import unit

TOPICS = {
    "price": N_("💲 Price"),
    "moq": N_("📦 MOQ"),
    "samples": N_("🧪 Samples"),
    # Translators: A buyer's quick question: how long production and delivery take (not a
    # sales lead).
    "lead": N_("⏱ Lead time"),
    "payment": N_("💳 Payment terms"),
    "certs": N_("📜 Certifications"),
}
FIXED = {
    "samples": N_(
        "Yes, we can send samples. The sample cost is refunded with your first order; the "
        "courier is paid by the buyer. Please send us your delivery address."
    ),
    "lead": N_(
        "Our usual lead time is 15 to 30 days after the deposit, depending on the quantity "
        "and on any customisation (OEM/ODM). We confirm the exact date with your order."
    ),
    "payment": N_(
        "Our usual payment terms: a 30% T/T deposit, and the 70% balance before shipment. "
        "An L/C at sight is possible for larger orders."
    ),
}


def keyboard(t: Translator, thread_id: int) -> list[list[tuple[str, str]]]:
    """The six topics, two a row; each button sends its reply into the thread."""
    buttons = [
        (t.gettext(label), pack("h.canned", f"{thread_id}:{key}")) for key, label in TOPICS.items()
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


def text(t: Translator, topic: str, card: Card | None, product: str) -> str:
    """The reply on `topic` about `product`, with the catalog's facts where it has them."""
    if topic in FIXED:
        return t.gettext(FIXED[topic])
    if topic == "price":
        if card is not None and card.price_min is not None and card.currency:
            return t.format(
                "The price of {product} starts at {price} per unit, depending on the quantity. "
                "Tell us the quantity and your destination port, and we will send you an exact "
                "quotation.",
                product=product,
                price=t.money(card.price_min, card.currency),
            )
        return t.format(
            "The price of {product} depends on the quantity and the destination. Tell us the "
            "quantity and your destination port, and we will send you an exact quotation.",
            product=product,
        )
    if topic == "moq":
        if card is not None and card.moq:
            return t.format(
                "The minimum order quantity (MOQ) for {product} is {quantity} {unit}. For a "
                "first order we can discuss a smaller trial quantity.",
                product=product,
                quantity=t.number(card.moq),
                unit=unit(t, card.moq_unit, card.moq),
            )
        return t.format(
            "For {product} we can discuss the quantity you need: how many units would you "
            "like to order?",
            product=product,
        )
    if card is not None and card.certifications:
        return t.format(
            "{product} has these certificates: {certificates}. We can send you copies.",
            product=product,
            certificates=", ".join(card.certifications),
        )
    return t.format(
        "Tell us the market you sell in, and we will send you the certificates {product} has "
        "for it.",
        product=product,
    )
