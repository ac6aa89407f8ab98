"""A staff message about a new or changed account is recognised in the languages staff write."""

from __future__ import annotations

import pytest

from bot.services.payment_warning import mentions_payment_change


@pytest.mark.parametrize(
    "text",
    [
        "Please note our bank account has changed.",
        "Our new bank details: IBAN DE89 3704 0044 0532 0130 00",
        "Kindly remit the deposit to our new account.",
        "Nuestra cuenta bancaria ha cambiado, le envío los nuevos datos.",
        "Notre RIB a changé : merci de payer sur le compte ci-dessous.",
        "Nossa conta bancária mudou.",
        "Наши банковские реквизиты изменились.",
        "تم تغيير حسابنا البنكي",
        "振込先口座が変更になりました。",
        "我们的收款账户已变更，请汇款到新账户。",  # noqa: RUF001
        "请付款到我们的新账户",
    ],
)
def test_a_change_of_account_is_recognised(text: str) -> None:
    assert mentions_payment_change(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hello Ana, USD 1.10 each.",
        "Three weeks.",
        "We have a new model of this knife.",
        "Payment terms: 30% deposit, 70% before shipment.",
        "我们的新产品价格是1.1美元",
        "Nuestro nuevo modelo sale en mayo.",
        "Новая модель будет в мае.",
    ],
)
def test_ordinary_trade_talk_is_not_flagged(text: str) -> None:
    assert not mentions_payment_change(text)
