"""Staff messages that speak of new or changed bank or payment details.

The Canton Fair's own anti-fraud warning: after a fair, scammers write as a
supplier and ask buyers to pay into a "new" account. A relayed staff message that
mentions a change of account or payment details reaches the buyer with a warning
in the buyer's language. The staff member may be honest; the warning costs them
nothing and the buyer a phone call.

A change word near an account word, in either order, in the languages staff
write in (they write in their own, whatever the buyer reads).
"""

from __future__ import annotations

import re

_NEAR = 40  # characters between the two words; one clause, not the whole message

# (change words, account words) per language; each pair is tried in both orders.
_PAIRS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:new|changed?|changing|updated?|different|another|replaced?)\b",
        r"\b(?:bank|account|beneficiary|iban|swift|payment (?:details|info\w*)|remittance|"
        r"wire details)\b",
    ),
    (r"\b(?:nuev[ao]s?|cambi\w*|actualiz\w*|otra)\b", r"\b(?:cuenta|banc\w*|datos de pago)\b"),
    (
        r"\b(?:nouve(?:au|lle|l)|chang\w*|modifi\w*|autre)\b",
        r"\b(?:compte|banc\w*|rib|coordonn[ée]es bancaires)\b",
    ),
    (r"\b(?:nov[ao]s?|mud\w*|alter\w*|outra)\b", r"\b(?:conta|banc\w*|dados de pagamento)\b"),
    (r"(?:нов\w*|измен\w*|смен\w*|друг\w*)", r"(?:сч[её]т\w*|банк\w*|реквизит\w*)"),
    (r"(?:جديد\w*|تغيير|تغير|تحديث|آخر|أخرى)", r"(?:حساب|بنك|مصرف|بيانات الدفع)"),
    (r"(?:変更|新しい|新規|別の)", r"(?:口座|振込先|銀行)"),
    (
        r"(?:变更|更改|更换|换了|新(?=的|账|帐|银行|收款)|另一个)",
        r"(?:银行|账户|帐户|账号|帐号|收款)",
    ),
)
_PATTERN = re.compile(
    "|".join(
        f"(?:{change}.{{0,{_NEAR}}}{account})|(?:{account}.{{0,{_NEAR}}}{change})"
        for change, account in _PAIRS
    ),
    re.IGNORECASE | re.DOTALL,
)


def mentions_payment_change(text: str) -> bool:
    """Whether `text` speaks of a new or changed account or payment details."""
    return _PATTERN.search(text) is not None
