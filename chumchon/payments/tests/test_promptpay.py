from decimal import Decimal

import pytest

from chumchon.payments.promptpay import InvalidPromptPayID, crc16_ccitt_false, payload


def test_crc_matches_the_standard_check_value():
    assert crc16_ccitt_false(b"123456789") == 0x29B1


# Published test vectors (dtinth/promptpay-qr), see shared/research/cbt-domain.md.
@pytest.mark.parametrize(
    "target,amount,expected",
    [
        (
            "0801234567",
            None,
            "00020101021129370016A000000677010111011300668012345675802TH530376463046197",
        ),
        (
            "000-000-0000",
            Decimal("4.22"),
            "00020101021229370016A000000677010111011300660000000005802TH530376454044.226304E469",
        ),
        (
            "1111111111111",
            None,
            "00020101021129370016A000000677010111021311111111111115802TH530376463047B5A",
        ),
    ],
)
def test_it_reproduces_the_published_vectors(target, amount, expected):
    assert payload(target, amount) == expected


def test_an_amount_makes_the_code_dynamic_and_carries_the_reference():
    text = payload("0812345678", Decimal("1250.50"), reference="CC-7Q2X")
    assert text.startswith("000201010212")
    assert "54071250.50" in text
    assert "62110507CC-7Q2X" in text
    assert crc16_ccitt_false(text[:-4].encode()) == int(text[-4:], 16)


def test_bad_ids_and_amounts_are_refused():
    with pytest.raises(InvalidPromptPayID):
        payload("12345")
    with pytest.raises(ValueError):
        payload("0812345678", Decimal("-1"))
    with pytest.raises(ValueError):
        payload("0812345678", Decimal("1.005"))
