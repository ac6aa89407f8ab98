"""The fair's product categories offered as buyer interests.

Until the catalog provides its own tree, the default list is the Canton Fair's
16 product categories. Keys are stable identifiers stored with the buyer;
labels are msgids translated where they are shown.
"""

from __future__ import annotations

from bot.i18n import N_

DEFAULT_CATEGORIES: dict[str, str] = {
    "electronics": N_("Electronics & Household Appliances"),
    "lighting": N_("Lighting & Electrical"),
    "vehicles": N_("Vehicles & Spare Parts"),
    "machinery": N_("Machinery & Industrial Equipment"),
    "hardware": N_("Hardware & Tools"),
    "building": N_("Building & Decorative Materials"),
    "energy": N_("New Energy & Chemicals"),
    "household": N_("Household Items & Kitchenware"),
    "gifts": N_("Gifts & Decorations"),
    "furniture": N_("Furniture"),
    "toys": N_("Toys, Baby & Maternity"),
    "textiles": N_("Textiles & Garments"),
    "shoes_bags": N_("Shoes, Bags & Fashion Accessories"),
    "food": N_("Food & Agricultural Products"),
    "health": N_("Medicines, Health & Personal Care"),
    "office_sports": N_("Office, Sports & Leisure"),
}


def category_keys() -> list[str]:
    return list(DEFAULT_CATEGORIES)


def category_label(key: str) -> str:
    """The msgid of a category's label (translate it for the reader)."""
    return DEFAULT_CATEGORIES[key]
