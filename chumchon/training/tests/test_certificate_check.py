"""The public check page: valid or revoked, and nothing personal beyond the first name."""

import pytest

from chumchon.training.services import TrainingError, revoke_certificate


def test_anyone_can_check_a_valid_certificate(client, certificate):
    response = client.get(f"/en/certificates/{certificate.code}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Valid certificate" in page
    assert "Lamai" in page
    assert "Guiding and interpretation" in page
    assert "Tha Li" in page


def test_the_check_page_shows_no_personal_details_beyond_the_first_name(client, certificate):
    page = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert "Jaidee" not in page  # family name
    assert "Test family" not in page  # household
    assert "TL-99" not in page
    assert "0800000000" not in page  # household phone
    assert "18-24" not in page and "18–24" not in page  # age group


def test_the_check_page_prefers_the_nickname(client, certificate):
    member = certificate.member
    member.nickname = "Mai"
    member.save()
    page = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert "Mai" in page
    assert "Lamai" not in page


def test_a_revoked_certificate_shows_as_revoked(client, certificate, thali_coordinator):
    revoke_certificate(certificate, thali_coordinator, "Issued to the wrong person")
    page = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert "This certificate has been revoked" in page
    assert "Valid certificate" not in page
    # The reason is for the community's records, not for the public.
    assert "wrong person" not in page


def test_revoking_needs_a_reason(certificate, thali_coordinator):
    with pytest.raises(TrainingError):
        revoke_certificate(certificate, thali_coordinator, "  ")
    certificate.refresh_from_db()
    assert certificate.is_valid


def test_an_unknown_code_is_not_found(client, certificate):
    response = client.get("/en/certificates/ZZZZZZZZZZ/")
    assert response.status_code == 404
    assert "No certificate has this code" in response.content.decode()


def test_a_code_typed_in_lower_case_with_dashes_finds_the_certificate(client, certificate):
    typed = certificate.display_code.lower()
    response = client.get("/en/certificates/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/en/certificates/{certificate.code}/"


def test_codes_are_ten_unguessable_characters(certificate):
    assert len(certificate.code) == 10
    assert set(certificate.code) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def test_issuing_twice_returns_the_valid_certificate(certificate, thali_coordinator):
    from chumchon.training.services import issue_certificate

    again = issue_certificate(certificate.member, certificate.module, thali_coordinator)
    assert again == certificate


def test_no_certificate_for_a_module_the_member_did_not_complete(
    somsri, guiding_module, thali_coordinator
):
    from chumchon.training.services import issue_certificate

    with pytest.raises(TrainingError):
        issue_certificate(somsri, guiding_module, thali_coordinator)
