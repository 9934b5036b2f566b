from chumchon.governance.models import Proposal


def test_the_public_page_shows_published_decisions_and_readiness(client, demo):
    tha_li, _ = demo
    html = client.get("/en/c/tha-li/").content.decode()
    published = Proposal.objects.filter(community=tha_li, is_public=True,
                                         status__in=["accepted", "rejected", "applied"])
    hidden = Proposal.objects.filter(community=tha_li, is_public=False)
    assert published.exists()
    for proposal in published:
        assert proposal.title in html
    for proposal in hidden:
        assert proposal.title not in html
    assert "Readiness for the ASEAN Community Based Tourism Standard" in html
    assert 'class="bar"' in html


def test_a_community_without_an_assessment_shows_no_readiness(client, demo):
    html = client.get("/en/c/bo-tan/").content.decode()
    assert "Readiness for the ASEAN" not in html
