# ruff: noqa: RUF001 - Cyrillic, Arabic and CJK words in the patterns are meant
"""Filters buyers state in words: price and MOQ ceilings, provinces; and the buckets
the index files products under so a filter is a few bitmap unions, not a scan.

"under 20 usd", "< 20", "max 20$", "до 20 долларов", "20美元以下" set a price ceiling
(in US dollars; "元"/"rmb"/"€" amounts are converted with rough fixed rates, good enough
to narrow a search). "moq<500", "moq 500", "min order 500", "起订量500" set an MOQ
ceiling: the buyer can order that many, so products asking for more are left out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bot.search.text import normalize

#: Rough US-dollar value of one unit, for comparing prices across currencies.
USD_RATES = {
    "USD": 1.0, "CNY": 0.14, "RMB": 0.14, "EUR": 1.08, "GBP": 1.27, "HKD": 0.128,
    "JPY": 0.0067, "RUB": 0.011, "AED": 0.27, "SAR": 0.27, "BRL": 0.18, "INR": 0.012,
    "AUD": 0.66, "CAD": 0.73, "KRW": 0.00075, "TWD": 0.031, "MXN": 0.055, "TRY": 0.03,
}  # fmt: skip

_PROVINCES = """
guangdong 广东 гуандун | zhejiang 浙江 чжэцзян | jiangsu 江苏 цзянсу | fujian 福建 фуцзянь
shandong 山东 шаньдун | shanghai 上海 шанхай | beijing 北京 пекин | tianjin 天津 тяньцзинь
chongqing 重庆 чунцин | hebei 河北 хэбэй | henan 河南 хэнань | hubei 湖北 хубэй
hunan 湖南 хунань | anhui 安徽 аньхой | jiangxi 江西 цзянси | sichuan 四川 сычуань
guangxi 广西 гуанси | yunnan 云南 юньнань | guizhou 贵州 гуйчжоу | shaanxi 陕西 шэньси
shanxi 山西 шаньси | liaoning 辽宁 ляонин | jilin 吉林 цзилинь | heilongjiang 黑龙江 хэйлунцзян
inner_mongolia 内蒙古 | ningxia 宁夏 нинся | gansu 甘肃 ганьсу | qinghai 青海 цинхай
xinjiang 新疆 синьцзян | tibet 西藏 xizang | hainan 海南 хайнань | hong_kong 香港 гонконг
macau 澳门 macao | taiwan 台湾 тайвань
"""


def _load_provinces() -> dict[str, str]:
    names: dict[str, str] = {}
    for group in _PROVINCES.replace("\n", "|").split("|"):
        words = group.split()
        if words:
            key = words[0].replace("_", " ")
            for name in words:
                names[normalize(name.replace("_", " "))] = key
    return names


#: Any spelling (English, Chinese, Russian) -> canonical lower-case English name.
PROVINCES = _load_provinces()
_CJK_PROVINCES = sorted((n for n in PROVINCES if not n.isascii() and n[0] > "\u3000"), key=len)


def canonical_province(name: str | None) -> str:
    """The key a product's province is filed under ("广东省" and "Guangdong" agree)."""
    if not name:
        return ""
    text = normalize(name).strip()
    for suffix in ("省", "市", " province", "自治区"):
        text = text.removesuffix(suffix)
    return PROVINCES.get(text, text)


def usd(amount: float | None, currency: str | None) -> float | None:
    """`amount` in rough US dollars (unknown currencies are taken as dollars)."""
    if amount is None or not math.isfinite(amount) or amount < 0:
        return None
    return amount * USD_RATES.get((currency or "USD").upper(), 1.0)


_PER_DECADE = 16
BUCKETS = 200


def price_bucket(price_usd: float | None) -> int:
    """0 for no price, else 1..BUCKETS on a log scale from one US cent."""
    if price_usd is None or math.isnan(price_usd):
        return 0
    if price_usd <= 0.01:
        return 1
    return 1 + min(BUCKETS - 1, int((math.log10(price_usd) + 2) * _PER_DECADE))


def moq_bucket(moq: int | None) -> int:
    """0 for no MOQ, else 1..BUCKETS on a log scale from 1."""
    if not moq or moq < 1:
        return 0
    return 1 + min(BUCKETS - 1, int(math.log10(moq) * _PER_DECADE))


@dataclass(frozen=True, slots=True)
class Filters:
    """Hard constraints on results; None means "not constrained"."""

    max_price_usd: float | None = None
    max_moq: int | None = None
    province: str | None = None  # canonical English name, see `canonical_province`
    category: str | None = None  # a top category key ("furniture") or a full id

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.max_price_usd, self.max_moq, self.province,
                                            self.category))  # fmt: skip


_NUM = r"(\d{1,9}(?:[.,]\d{1,4})?)"
_CUR = (
    r"us\$|usd|\$|dollars?|dolares|dollar|bucks|eur|euros?|€|rmb|cny|yuan|¥|元|人民币|美元|欧元"
    r"|долл\w*|\$|руб\w*|دولار|reais|real"
)
_CEIL = (
    r"under|below|less than|cheaper than|max(?:imum)?\.?|up to|upto|at most|<=?|≤|до|не дороже"
    r"|дешевле|меньше|менее|максимум|menos de|hasta|maximo|por debajo de|moins de|jusqu'?a"
    r"|au plus|abaixo de|ate|no maximo|أقل من|حتى|低于|不超过|小于|最多"
)
_AFTER = r"or less|max(?:imum)?|以下|以内|以下的|未満|或更低|or below|and under"
_MOQ = (
    r"moq|min(?:imum)?\.? ?order(?: quantity| qty)?|min\.? ?qty|минимальный заказ|мин\.? заказ"
    r"|pedido minimo|cantidad minima|commande minimum|quantite minimum|quantidade minima"
    r"|الحد الأدنى للطلب|最小起订量|最低起订量|起订量|起订|最小注文数?|最低ロット"
)
_MOQ_RE = re.compile(
    rf"(?:{_MOQ})\s*(?:(?:{_CEIL}|:|=|of|is)\s*)?{_NUM}\s*(?:pcs|pieces|units|шт|个|件)?"
    rf"\s*(?:{_AFTER})?"
)
_PRICE_RES = (
    re.compile(rf"(?:{_CEIL})\s*(?P<c1>{_CUR})?\s*{_NUM}\s*(?P<c2>{_CUR})?"),
    re.compile(rf"(?P<c1>{_CUR})?\s*{_NUM}\s*(?P<c2>{_CUR})?\s*(?:{_AFTER})"),
    re.compile(rf"(?P<c1>us\$|\$|€|¥)\s*{_NUM}|{_NUM}\s*(?P<c2>{_CUR})(?![a-z])"),
)
_CURRENCY_OF = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR",
                "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "¥": "CNY", "元": "CNY",
                "人民币": "CNY", "reais": "BRL", "real": "BRL"}  # fmt: skip


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _currency(token: str | None) -> str:
    if not token:
        return "USD"
    if token.startswith("руб"):
        return "RUB"
    return _CURRENCY_OF.get(token, "USD")


def extract_filters(text: str) -> tuple[Filters, str]:
    """(filters stated in normalised `text`, the text with those phrases blanked out)."""
    max_moq: int | None = None
    match = _MOQ_RE.search(text)
    if match:
        max_moq = max(1, int(_number(match.group(1))))
        text = text[: match.start()] + " " + text[match.end() :]
    max_price: float | None = None
    for pattern in _PRICE_RES:
        match = pattern.search(text)
        if match:
            number = next(g for g in match.groups() if g and g[0].isdigit())
            unit = _currency(match.groupdict().get("c1") or match.groupdict().get("c2"))
            max_price = usd(_number(number), unit)
            text = text[: match.start()] + " " + text[match.end() :]
            break
    province, text = _extract_province(text)
    return Filters(max_price, max_moq, province), text


def _extract_province(text: str) -> tuple[str | None, str]:
    for name in reversed(_CJK_PROVINCES):  # longest first
        at = text.find(name)
        if at >= 0:
            end = at + len(name)
            end += 1 if text[end : end + 1] in ("省", "市") else 0
            return PROVINCES[name], text[:at] + " " + text[end:]
    words = text.split()
    for i in range(len(words)):
        for width in (2, 1):
            name = " ".join(words[i : i + width]).strip(".,;:!?")
            key = PROVINCES.get(name.removesuffix(" province"))
            if key is not None and len(words[i : i + width]) == width:
                return key, " ".join(words[:i] + words[i + width :])
    return None, text
