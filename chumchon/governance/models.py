"""Community decisions: proposals, their discussion, household votes, and meetings.

Proposals, comments and minutes are kept in the language they were written in
(with that language recorded), not translated: they are the community's own words.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.governance.tally import Tally

WRITTEN_LANGUAGES = [("th", "ไทย"), ("lo", "ລາວ"), ("en", "English")]


class CommunityGovernanceSettings(models.Model):
    """How a community decides: the share of households that must vote."""

    class MajorityRule(models.TextChoices):
        SIMPLE = "simple", _("More yes than no (abstentions count only for the quorum)")

    community = models.OneToOneField(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="governance_settings",
        verbose_name=_("community"),
    )
    quorum_percent = models.PositiveSmallIntegerField(
        _("quorum (percent of active households)"),
        default=50,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("A vote counts only if at least this share of households votes."),
    )
    majority_rule = models.CharField(
        _("majority rule"), max_length=10, choices=MajorityRule.choices, default="simple"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(quorum_percent__gte=1, quorum_percent__lte=100),
                name="governance_quorum_is_a_percentage",
            )
        ]
        verbose_name = _("decision rules")
        verbose_name_plural = _("decision rules")

    def __str__(self) -> str:
        return f"{self.community}: {self.quorum_percent}%"


class ProposalKind(models.TextChoices):
    ROUTE = "route", _("New route")
    PRICE = "price", _("Price change")
    PRODUCT = "product", _("Product idea")
    FUND = "fund", _("Use of the community fund")
    VISITOR_RULE = "visitor_rule", _("Rule for visitors")
    OTHER = "other", _("Other")


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    DISCUSSION = "discussion", _("Under discussion")
    VOTING = "voting", _("Voting")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    APPLIED = "applied", _("Carried out")


class Proposal(models.Model):
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.PROTECT,
        related_name="proposals",
        verbose_name=_("community"),
    )
    author_member = models.ForeignKey(
        "communities.Member",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        verbose_name=_("raised by (member)"),
    )
    author_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("written down by"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=ProposalKind.choices)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("what is proposed"))
    language = models.CharField(
        _("written in"), max_length=5, choices=WRITTEN_LANGUAGES, default="th"
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ProposalStatus.choices,
        default=ProposalStatus.DISCUSSION,
        db_index=True,
    )
    # What the proposal would change, if it is a record on the platform: an offering
    # for a price change; later a route or a fund spending.
    target_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    # For a price change: {"adult": "400.00", "child": "250.00"} (tier kind -> new amount).
    change = models.JSONField(_("proposed change"), default=dict, blank=True)
    change_description = models.TextField(
        _("what would change"),
        blank=True,
        help_text=_("For a route or a use of the fund: where, how much, who does what."),
    )
    is_public = models.BooleanField(
        _("show on the public page"),
        default=False,
        help_text=_("Share this decision with visitors on the community's page."),
    )
    photos = GenericRelation("core.Photo")
    created = models.DateTimeField(_("raised"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    applied_at = models.DateTimeField(_("carried out"), null=True, blank=True)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("carried out by"),
    )

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["community", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(author_member__isnull=False) | Q(author_user__isnull=False),
                name="proposal_has_author",
                violation_error_message=_("Say who raises the proposal."),
            ),
            models.CheckConstraint(
                condition=Q(target_type__isnull=True, target_id__isnull=True)
                | Q(target_type__isnull=False, target_id__isnull=False),
                name="proposal_target_complete",
            ),
        ]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("governance:proposal", args=[self.community.slug, self.pk])

    @property
    def current_vote(self) -> "Vote | None":
        """The latest vote round, open or closed."""
        return self.votes.order_by("-opens_at", "-id").first()


class Comment(models.Model):
    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="comments", verbose_name=_("proposal")
    )
    member = models.ForeignKey(
        "communities.Member",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("said by (member)"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("written down by"),
    )
    text = models.TextField(_("comment"))
    language = models.CharField(
        _("written in"), max_length=5, choices=WRITTEN_LANGUAGES, default="th"
    )
    created = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["created", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(member__isnull=False) | Q(user__isnull=False),
                name="comment_has_author",
            )
        ]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return self.text[:60]


class Vote(models.Model):
    """One vote round on a proposal: one ballot per household until the deadline.

    Once closed, its counts and result are frozen: the services refuse any change and
    database triggers (migration 0002) refuse any write to them or to its ballots.
    """

    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, related_name="votes", verbose_name=_("proposal")
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("opened by"),
    )
    opens_at = models.DateTimeField(_("opens"), default=timezone.now)
    closes_at = models.DateTimeField(_("deadline"))
    # Copied from the community's rules when the vote opens, so that a later change of
    # the rules cannot change a past decision.
    quorum_percent = models.PositiveSmallIntegerField(_("quorum (%)"))
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("closed by"),
    )
    # The frozen result, written once by close_vote().
    yes_count = models.PositiveIntegerField(_("yes"), null=True, blank=True)
    no_count = models.PositiveIntegerField(_("no"), null=True, blank=True)
    abstain_count = models.PositiveIntegerField(_("abstain"), null=True, blank=True)
    eligible_households = models.PositiveIntegerField(_("households"), null=True, blank=True)
    quorum_reached = models.BooleanField(_("quorum reached"), null=True, blank=True)
    accepted = models.BooleanField(_("accepted"), null=True, blank=True)

    class Meta:
        ordering = ["-opens_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=models.F("opens_at")),
                name="vote_deadline_after_opening",
            ),
            models.CheckConstraint(
                condition=Q(quorum_percent__gte=1, quorum_percent__lte=100),
                name="vote_quorum_is_a_percentage",
            ),
            # A vote is either open with no result, or closed with its whole result.
            models.CheckConstraint(
                condition=Q(
                    closed_at__isnull=True,
                    yes_count__isnull=True,
                    no_count__isnull=True,
                    abstain_count__isnull=True,
                    eligible_households__isnull=True,
                    quorum_reached__isnull=True,
                    accepted__isnull=True,
                )
                | Q(
                    closed_at__isnull=False,
                    yes_count__isnull=False,
                    no_count__isnull=False,
                    abstain_count__isnull=False,
                    eligible_households__isnull=False,
                    quorum_reached__isnull=False,
                    accepted__isnull=False,
                ),
                name="vote_result_complete_when_closed",
            ),
            # Accepted needs the quorum (and, by the rule, more yes than no).
            models.CheckConstraint(
                condition=~Q(accepted=True)
                | Q(quorum_reached=True, yes_count__gt=models.F("no_count")),
                name="vote_accepted_needs_quorum_and_majority",
            ),
            # At most one open round per proposal.
            models.UniqueConstraint(
                fields=["proposal"],
                condition=Q(closed_at__isnull=True),
                name="one_open_vote_per_proposal",
            ),
        ]
        indexes = [models.Index(fields=["closed_at", "closes_at"])]
        verbose_name = _("vote")
        verbose_name_plural = _("votes")

    def __str__(self) -> str:
        return f"{self.proposal} ({self.opens_at:%Y-%m-%d})"

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    def accepts_ballots(self, now=None) -> bool:
        now = now or timezone.now()
        return not self.is_closed and self.opens_at <= now <= self.closes_at

    @property
    def result(self) -> Tally | None:
        """The frozen tally of a closed vote."""
        if not self.is_closed:
            return None
        return Tally(
            yes=self.yes_count,
            no=self.no_count,
            abstain=self.abstain_count,
            eligible=self.eligible_households,
            quorum_percent=self.quorum_percent,
        )


class Choice(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    ABSTAIN = "abstain", _("Abstain")


class Ballot(models.Model):
    """A household's one vote. Changing it before the deadline replaces this row."""

    vote = models.ForeignKey(
        Vote, on_delete=models.CASCADE, related_name="ballots", verbose_name=_("vote")
    )
    household = models.ForeignKey(
        "communities.Household",
        on_delete=models.PROTECT,
        related_name="ballots",
        verbose_name=_("household"),
    )
    choice = models.CharField(_("choice"), max_length=8, choices=Choice.choices)
    member = models.ForeignKey(
        "communities.Member",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("voted by (member)"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at_meeting = models.BooleanField(_("recorded at a meeting"), default=False)
    meeting = models.ForeignKey(
        "governance.Meeting",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ballots",
        verbose_name=_("meeting"),
    )
    cast_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["vote", "household__code"]
        constraints = [
            models.UniqueConstraint(fields=["vote", "household"], name="one_ballot_per_household"),
            models.CheckConstraint(
                condition=Q(recorded_at_meeting=True, meeting__isnull=False)
                | Q(recorded_at_meeting=False, meeting__isnull=True),
                name="ballot_meeting_flag_matches_meeting",
            ),
        ]
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")

    def __str__(self) -> str:
        return f"{self.household.code}: {self.get_choice_display()}"


class Meeting(models.Model):
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.PROTECT,
        related_name="meetings",
        verbose_name=_("community"),
    )
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("time"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    agenda = models.TextField(_("agenda"), blank=True)
    minutes = models.TextField(_("minutes"), blank=True)
    language = models.CharField(
        _("written in"), max_length=5, choices=WRITTEN_LANGUAGES, default="th"
    )
    guests = models.PositiveSmallIntegerField(
        _("other people present"),
        default=0,
        help_text=_("People who are not members, e.g. district officers or partners."),
    )
    decisions = models.ManyToManyField(
        Proposal,
        blank=True,
        related_name="meetings",
        verbose_name=_("decisions taken"),
    )
    attendees = models.ManyToManyField(
        "communities.Member",
        through="Attendance",
        blank=True,
        related_name="meetings",
        verbose_name=_("members present"),
    )
    photos = GenericRelation("core.Photo")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("written down by"),
    )

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.place}".strip()

    def get_absolute_url(self) -> str:
        return reverse("governance:meeting", args=[self.community.slug, self.pk])


class Attendance(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    member = models.ForeignKey(
        "communities.Member", on_delete=models.CASCADE, related_name="attendance"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "member"], name="attended_once")]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self) -> str:
        return f"{self.meeting}: {self.member}"
