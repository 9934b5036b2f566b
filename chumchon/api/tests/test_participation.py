"""GET /api/v1/communities/{slug}/proposals and /assessments (issue 8, item 6)."""

import pytest

from chumchon.api.keys import create_key


def get(client, path, key=None, user=None):
    if user is not None:
        client.force_login(user)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}
    return client.get(path, **headers)


@pytest.fixture
def tha_li_demo(demo):
    return demo[0]


def test_a_coordinator_reads_the_proposals_with_votes_and_results(client, tha_li_demo):
    _, key = create_key(name="c", role="coordinator", community=tha_li_demo)
    response = get(client, "/api/v1/communities/tha-li/proposals", key)
    assert response.status_code == 200
    proposals = response.json()
    decided = [p for p in proposals if p["result"] is not None]
    open_votes = [p for p in proposals if p["status"] == "voting"]
    assert decided and open_votes
    for p in decided:
        votes = p["votes"]
        assert set(votes) == {"yes", "no", "abstain"}
        assert p["households"] >= votes["yes"] + votes["no"] + votes["abstain"]
        assert p["quorum_percent"] > 0
        assert p["result"] in {"accepted", "rejected"}
        if p["result"] == "accepted":
            assert votes["yes"] > votes["no"]


def test_an_officer_reads_the_assessments_with_scores(client, tha_li_demo, officer):
    _, key = create_key(name="o", role="officer")
    response = get(client, "/api/v1/communities/tha-li/assessments", key)
    assert response.status_code == 200
    assessments = [a for a in response.json() if a["completed"]]
    assert len(assessments) >= 2
    first, last = assessments[0], assessments[-1]
    assert first["date"] < last["date"]
    assert float(first["overall_percent"]) < float(last["overall_percent"])
    assert len(last["by_criterion"]) == 8
    assert set(last["by_level"]) == {"minimum", "advanced", "best_practice"}
    # The same figures as a signed-in officer.
    assert get(client, "/api/v1/communities/tha-li/assessments", user=officer).json() == (
        response.json()
    )


@pytest.mark.parametrize("path", ["proposals", "assessments"])
def test_other_communities_partners_and_strangers_are_refused(client, tha_li_demo, path):
    bo_tan = tha_li_demo.__class__.objects.get(slug="bo-tan")
    _, other = create_key(name="b", role="coordinator", community=bo_tan)
    _, partner = create_key(name="p", role="partner")
    url = f"/api/v1/communities/tha-li/{path}"
    for key in (other, partner):
        response = get(client, url, key)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"
    assert get(client, url).status_code == 401
