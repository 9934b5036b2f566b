from decimal import Decimal


def titles(client, query):
    response = client.get("/en/offerings/", query)
    assert response.status_code == 200
    return response, {o.title for o in response.context["results"]}


def test_filter_by_kind(client, demo):
    _, found = titles(client, {"kind": "homestay"})
    tha_li, bo_tan = demo
    expected = {o.title for o in tha_li.offerings.filter(kind="homestay", is_published=True)}
    expected |= {o.title for o in bo_tan.offerings.filter(kind="homestay", is_published=True)}
    assert found == expected and found


def test_filter_by_language_spoken(client, demo):
    from chumchon.catalog.models import Offering

    _, found = titles(client, {"language": "en"})
    expected = {o.title for o in Offering.objects.filter(languages__code="en", is_published=True)}
    assert found == expected
    assert found != {o.title for o in Offering.objects.filter(is_published=True)}


def test_filter_by_highest_price_compares_across_currencies(client, demo):
    from chumchon.catalog.services import starting_price
    from chumchon.communities.services import convert
    from chumchon.money import Money

    response, found = titles(client, {"max_price": "300", "currency": "THB"})
    limit = Money(Decimal("300"), "THB")
    for offering in response.context["results"]:
        assert convert(starting_price(offering), "THB") <= limit
    # Kip prices are compared in baht: Bo Tan's cheaper offerings pass the filter.
    assert any(o.community.slug == "bo-tan" for o in response.context["results"])
    _, everything = titles(client, {})
    assert found < everything


def test_a_bad_price_is_explained_and_ignored(client, demo):
    response, found = titles(client, {"max_price": "cheap"})
    assert "Enter the highest price as a number" in response.content.decode()
    _, everything = titles(client, {})
    assert found == everything
