"""PromptPay QR payloads (EMVCo merchant-presented mode, Bank of Thailand profile).

Hand-written because the PyPI packages for this are unmaintained or format amounts
through floats; the format is small and frozen, and the tests pin the published
test vectors. No Django imports.
"""

from __future__ import annotations

import binascii
import re
from decimal import Decimal

PROMPTPAY_AID = "A000000677010111"
THB_NUMERIC = "764"


def crc16_ccitt_false(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR.

    The standard library's crc_hqx is exactly this CRC (in C) when started at 0xFFFF;
    the tests check it against the catalogue's check value and real payloads.
    """
    return binascii.crc_hqx(data, 0xFFFF)


def tlv(tag: str, value: str) -> str:
    if len(value) > 99:
        raise ValueError(f"value of tag {tag} is too long")
    return f"{tag}{len(value):02d}{value}"


class InvalidPromptPayID(ValueError):
    pass


def _target(promptpay_id: str) -> str:
    """The sub-tag of tag 29 for a phone number, national/tax ID or e-wallet ID."""
    digits = re.sub(r"[^0-9]", "", promptpay_id)
    if len(digits) >= 15:
        return tlv("03", digits)  # e-wallet
    if len(digits) == 13:
        return tlv("02", digits)  # national ID or tax ID
    if len(digits) in (9, 10):
        # Phones go as 0066 + the number without its leading 0, padded to 13 digits.
        local = digits[1:] if digits.startswith("0") else digits
        return tlv("01", ("0066" + local).rjust(13, "0"))
    raise InvalidPromptPayID(f"not a PromptPay phone, ID or e-wallet: {promptpay_id!r}")


def payload(promptpay_id: str, amount: Decimal | None = None, reference: str = "") -> str:
    """The QR text: static (tag 01 = 11) without an amount, dynamic (12) with one.

    `reference` goes in tag 62/05 (reference label) so the treasurer can match the slip;
    banks show it in most apps but it is not guaranteed to reach the statement.
    """
    parts = [tlv("00", "01"), tlv("01", "12" if amount is not None else "11")]
    parts.append(tlv("29", tlv("00", PROMPTPAY_AID) + _target(promptpay_id)))
    parts.append(tlv("58", "TH"))
    parts.append(tlv("53", THB_NUMERIC))
    if amount is not None:
        amount = Decimal(amount)
        if amount <= 0 or amount != amount.quantize(Decimal("0.01")):
            raise ValueError("the amount must be positive with at most 2 decimals")
        parts.append(tlv("54", f"{amount:.2f}"))
    if reference:
        clean = re.sub(r"[^A-Za-z0-9-]", "", reference)[:25]
        parts.append(tlv("62", tlv("05", clean)))
    body = "".join(parts) + "6304"
    return body + f"{crc16_ccitt_false(body.encode('ascii')):04X}"
