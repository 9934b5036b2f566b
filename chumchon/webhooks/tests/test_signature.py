import hashlib
import hmac

from chumchon.webhooks import signing

SECRET = "whsec_test"
BODY = b'{"id":"evt","type":"booking.confirmed"}'


def test_the_signature_is_an_hmac_sha256_of_the_time_and_the_body():
    header = signing.sign(SECRET, BODY, timestamp=1_700_000_000)
    expected = hmac.new(SECRET.encode(), b"1700000000." + BODY, hashlib.sha256).hexdigest()
    assert header == f"t=1700000000,v1={expected}"


def test_a_fresh_signature_verifies():
    header = signing.sign(SECRET, BODY, timestamp=1_700_000_000)
    assert signing.verify(SECRET, header, BODY, now=1_700_000_010)


def test_a_changed_body_does_not_verify():
    header = signing.sign(SECRET, BODY, timestamp=1_700_000_000)
    assert not signing.verify(SECRET, header, BODY + b" ", now=1_700_000_000)


def test_another_secret_does_not_verify():
    header = signing.sign(SECRET, BODY, timestamp=1_700_000_000)
    assert not signing.verify("whsec_other", header, BODY, now=1_700_000_000)


def test_an_old_signature_is_refused_as_a_replay():
    header = signing.sign(SECRET, BODY, timestamp=1_700_000_000)
    assert not signing.verify(SECRET, header, BODY, now=1_700_000_000 + 301)
    assert signing.verify(SECRET, header, BODY, now=1_700_000_000 + 299)


def test_a_malformed_header_does_not_verify():
    for header in ("", "v1=abc", "t=soon,v1=abc", "t=1700000000"):
        assert not signing.verify(SECRET, header, BODY, now=1_700_000_000)


def test_any_of_several_signatures_may_match_during_a_secret_rollover():
    good = signing.sign(SECRET, BODY, timestamp=1_700_000_000).split(",")[1]
    header = f"t=1700000000,v1={'0' * 64},{good}"
    assert signing.verify(SECRET, header, BODY, now=1_700_000_000)


def test_the_readmes_verification_snippet_accepts_our_signatures_and_only_them():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text()
    section = readme[readme.index("## Webhooks") :]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    namespace: dict = {}
    exec(code, namespace)  # noqa: S102 - our own README
    verify = namespace["verify"]
    header = signing.sign(["whsec_new", "whsec_old"], BODY)
    assert verify("whsec_new", header, BODY) and verify("whsec_old", header, BODY)
    assert not verify("whsec_other", header, BODY)
    assert not verify("whsec_new", header, BODY + b" ")
