"""Counting a vote: one ballot per household, a quorum, and a simple majority.

Plain Python with no Django, so the rule can be read and tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tally:
    yes: int
    no: int
    abstain: int
    eligible: int  # households entitled to vote
    quorum_percent: int

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.abstain

    @property
    def turnout_percent(self) -> float:
        return 100.0 * self.cast / self.eligible if self.eligible else 0.0

    @property
    def needed_for_quorum(self) -> int:
        """The fewest ballots that reach the quorum (at least one)."""
        return max(1, -(-self.quorum_percent * self.eligible // 100))

    @property
    def quorum_reached(self) -> bool:
        # Abstentions count towards the quorum: the household took part and chose not
        # to take a side. Integer arithmetic, so 4 of 8 is exactly half.
        return self.cast >= self.needed_for_quorum

    @property
    def accepted(self) -> bool:
        """Quorum reached and more yes than no; a tie is not a majority."""
        return self.quorum_reached and self.yes > self.no


def tally(choices: list[str], eligible: int, quorum_percent: int) -> Tally:
    """Count ballots given as "yes" / "no" / "abstain" strings."""
    return Tally(
        yes=choices.count("yes"),
        no=choices.count("no"),
        abstain=choices.count("abstain"),
        eligible=eligible,
        quorum_percent=quorum_percent,
    )
