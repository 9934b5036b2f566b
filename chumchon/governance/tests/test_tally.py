"""The counting rule on its own: quorum of households, then more yes than no."""

from chumchon.governance.tally import tally


def test_half_of_eight_households_is_exactly_the_quorum():
    result = tally(["yes", "yes", "no", "abstain"], eligible=8, quorum_percent=50)
    assert result.needed_for_quorum == 4
    assert result.quorum_reached
    assert result.accepted


def test_a_quorum_of_half_of_seven_households_needs_four():
    assert tally(["yes"] * 3, eligible=7, quorum_percent=50).needed_for_quorum == 4
    assert not tally(["yes"] * 3, eligible=7, quorum_percent=50).quorum_reached


def test_abstentions_count_for_the_quorum_but_not_for_the_majority():
    result = tally(["yes", "abstain", "abstain", "abstain"], eligible=8, quorum_percent=50)
    assert result.quorum_reached
    assert result.accepted
    assert (result.yes, result.no, result.abstain, result.cast) == (1, 0, 3, 4)


def test_a_tie_is_not_a_majority():
    assert not tally(["yes", "yes", "no", "no"], eligible=4, quorum_percent=50).accepted


def test_no_ballots_never_reach_a_quorum_even_with_no_households():
    result = tally([], eligible=0, quorum_percent=50)
    assert not result.quorum_reached
    assert result.turnout_percent == 0.0


def test_turnout_is_the_share_of_households_that_voted():
    assert tally(["no", "yes", "yes"], eligible=8, quorum_percent=50).turnout_percent == 37.5
