"""Standards a community assesses itself against, and its self-assessments.

The ASEAN Community Based Tourism Standard (2016) is seeded; officers add further
frameworks (the Thai CBT standard, the ASEAN Homestay Standard) and indicators in the
admin. Each indicator has a level (minimum, advanced, best practice) and is answered
fully / partly / not / not applicable, as on the standard's own checklist.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    MINIMUM = "minimum", _("Minimum")
    ADVANCED = "advanced", _("Advanced")
    BEST_PRACTICE = "best_practice", _("Best practice")


class Rating(models.TextChoices):
    FULLY = "fully", _("Fully")
    PARTLY = "partly", _("Partly")
    NOT = "not", _("Not yet")
    NOT_APPLICABLE = "not_applicable", _("Does not apply")


class Framework(models.Model):
    code = models.SlugField(_("code"), unique=True, help_text=_("e.g. asean-cbt-2016"))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("standard")
        verbose_name_plural = _("standards")

    def __str__(self) -> str:
        return self.name


class Criterion(models.Model):
    framework = models.ForeignKey(
        Framework, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("standard")
    )
    number = models.CharField(_("number"), max_length=10)
    title = models.CharField(_("title"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["framework", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="unique_criterion_number")
        ]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"


class Indicator(models.Model):
    criterion = models.ForeignKey(
        Criterion, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("criterion")
    )
    number = models.CharField(_("number"), max_length=16)
    text = models.TextField(_("indicator"))
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("Retired indicators stay in past assessments but are not asked again."),
    )

    class Meta:
        ordering = ["criterion__order", "criterion_id", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["criterion", "number"], name="unique_indicator_number")
        ]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return f"{self.number} {self.text[:60]}"


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("In progress")
    COMPLETED = "completed", _("Completed")


class Assessment(models.Model):
    """One self-assessment of a community against a framework, on a date."""

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="assessments",
        verbose_name=_("community"),
    )
    framework = models.ForeignKey(
        Framework, on_delete=models.PROTECT, related_name="assessments", verbose_name=_("standard")
    )
    date = models.DateField(_("date"))
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=AssessmentStatus.choices,
        default=AssessmentStatus.DRAFT,
    )
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("assessed by"),
    )
    participants = models.CharField(
        _("who took part"),
        max_length=300,
        blank=True,
        help_text=_("e.g. committee members, homestay hosts, guides"),
    )
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            # One assessment in progress per community and standard: answers are
            # recorded in one place, and progress compares completed ones.
            models.UniqueConstraint(
                fields=["community", "framework"],
                condition=models.Q(status="draft"),
                name="one_draft_assessment_per_framework",
            )
        ]
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")

    def __str__(self) -> str:
        return f"{self.community} · {self.framework.code} · {self.date}"

    @property
    def is_completed(self) -> bool:
        return self.status == AssessmentStatus.COMPLETED


def evidence_path(answer, filename: str) -> str:
    return f"evidence/{answer.assessment.community_id}/{answer.assessment_id}/{filename}"


DOCUMENT_EXTENSIONS = ["pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx", "odt", "ods"]
MAX_EVIDENCE_BYTES = 10 * 1024 * 1024


def validate_evidence_size(file) -> None:
    if file and file.size > MAX_EVIDENCE_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."))


class Answer(models.Model):
    """The community's answer to one indicator, with what shows it."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="answers", verbose_name=_("assessment")
    )
    indicator = models.ForeignKey(
        Indicator, on_delete=models.PROTECT, related_name="answers", verbose_name=_("indicator")
    )
    rating = models.CharField(_("answer"), max_length=16, choices=Rating.choices)
    note = models.TextField(_("note"), blank=True)
    photo = models.ImageField(
        _("photo"),
        upload_to=evidence_path,
        blank=True,
        validators=[validate_evidence_size],
    )
    document = models.FileField(
        _("document"),
        upload_to=evidence_path,
        blank=True,
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS), validate_evidence_size],
    )
    # A page of the platform that shows the evidence (meeting minutes, the training
    # record, an offering's revenue-sharing rules), kept without the language prefix
    # so that it opens in the reader's language.
    record_path = models.CharField(_("record on the platform"), max_length=300, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("answered by"),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["indicator__criterion__order", "indicator__order", "indicator_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "indicator"], name="one_answer_per_indicator"
            )
        ]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return f"{self.indicator.number}: {self.get_rating_display()}"

    @property
    def has_evidence(self) -> bool:
        return bool(self.photo or self.document or self.record_path)


class ImprovementAction(models.Model):
    """What the community will do to meet an indicator, who does it, and by when."""

    assessment = models.ForeignKey(
        Assessment,
        on_delete=models.CASCADE,
        related_name="actions",
        verbose_name=_("assessment"),
    )
    indicator = models.ForeignKey(
        Indicator,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
        verbose_name=_("indicator"),
    )
    action = models.TextField(_("what will be done"))
    owner_member = models.ForeignKey(
        "communities.Member",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="improvement_actions",
        verbose_name=_("who (member)"),
    )
    owner_name = models.CharField(
        _("who (other)"),
        max_length=120,
        blank=True,
        help_text=_("A group or someone outside the member list, e.g. the homestay group."),
    )
    due_date = models.DateField(_("by when"), null=True, blank=True)
    done = models.BooleanField(_("done"), default=False)
    done_at = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        ordering = ["done", "due_date", "id"]
        verbose_name = _("improvement action")
        verbose_name_plural = _("improvement plan")

    def __str__(self) -> str:
        return self.action[:80]

    @property
    def owner(self) -> str:
        return str(self.owner_member) if self.owner_member_id else self.owner_name
