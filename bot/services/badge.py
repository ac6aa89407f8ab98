"""E-badges: a buyer code signed with BADGE_SECRET, shown as a QR code.

The token is `FCB1:<buyer code>:<signature>`, all in QR's alphanumeric alphabet
(upper-case letters, digits, colon), which keeps the code small enough to scan
from a phone screen at a gate. The signature is an HMAC-SHA256 of the prefix
and code, truncated to 80 bits: forging one needs the secret, while checking
one needs no database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import secrets
from dataclasses import dataclass

import segno

PREFIX = "FCB1"
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


@dataclass(frozen=True)
class BadgeCheck:
    """What a token says: whether its signature holds, and whose code it carries."""

    valid: bool
    buyer_code: str | None


def new_buyer_code() -> str:
    """A random, unguessable buyer ID like CF7K3M9Q2X (40 bits)."""
    return "CF" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))


def sign(buyer_code: str, secret: bytes) -> str:
    return f"{PREFIX}:{buyer_code}:{_signature(buyer_code, secret)}"


def verify(token: str, secret: bytes) -> BadgeCheck:
    """Check a scanned or typed token; case and surrounding spaces do not matter."""
    parts = token.strip().upper().split(":")
    if len(parts) != 3 or parts[0] != PREFIX or not parts[1]:
        return BadgeCheck(valid=False, buyer_code=None)
    code, signature = parts[1], parts[2]
    valid = hmac.compare_digest(signature.encode(), _signature(code, secret).encode())
    return BadgeCheck(valid=valid, buyer_code=code if valid else None)


def qr_png(token: str) -> bytes:
    """The badge as a PNG QR code, large enough to scan from a screen."""
    buffer = io.BytesIO()
    segno.make(token, error="m").save(buffer, kind="png", scale=10, border=4)
    return buffer.getvalue()


def _signature(code: str, secret: bytes) -> str:
    digest = hmac.new(secret, f"{PREFIX}:{code}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode()
