"""Training: programmes, modules and sessions; who attended, which skills they gained, and
the certificates that prove it.

A member's skills are the record the rest of the platform checks against: an offering
can require a skill (a guided walk needs a trained guide), and `missing_skills()` tells
the coordinator which provider households lack one.
"""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Crockford's base-32 letters: no I, L, O or U, so a code read aloud or typed from
# paper is not mistaken. Ten of them are 50 bits: not guessable by trying codes.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10


def new_certificate_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_certificate_code(text: str) -> str:
    """What a person typed (lower case, spaces, dashes, O for 0) as a stored code."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


class Skill(models.Model):
    """Something a member can do for visitors once trained (guiding, food hygiene…)."""

    code = models.SlugField(_("code"), unique=True)
    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self) -> str:
        return self.name


class Programme(models.Model):
    """A course made of modules, run in one community or shared by all (community empty)."""

    community = models.ForeignKey(
        "communities.Community",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="training_programmes",
        verbose_name=_("community"),
        help_text=_("Leave empty for a programme that every community can use."),
    )
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("training programme")
        verbose_name_plural = _("training programmes")

    def __str__(self) -> str:
        return self.name

    @property
    def is_shared(self) -> bool:
        return self.community_id is None

    @property
    def total_hours(self) -> Decimal:
        return sum((m.hours for m in self.modules.all()), Decimal("0"))


class Module(models.Model):
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="modules", verbose_name=_("programme")
    )
    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    skills = models.ManyToManyField(
        Skill,
        blank=True,
        related_name="modules",
        verbose_name=_("skills gained"),
        help_text=_("Members who complete a session of this module gain these skills."),
    )
    hours = models.DecimalField(
        _("hours"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("3"),
        validators=[MinValueValidator(Decimal("0.5"))],
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["programme", "position", "id"]
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def __str__(self) -> str:
        return self.title


class Session(models.Model):
    """One workshop of a module, held on one day in one community."""

    module = models.ForeignKey(
        Module, on_delete=models.PROTECT, related_name="sessions", verbose_name=_("module")
    )
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="training_sessions",
        verbose_name=_("community"),
    )
    trainer = models.CharField(_("trainer"), max_length=160)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=160, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("completed by"),
    )

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")

    def __str__(self) -> str:
        return f"{self.module} · {self.date:%Y-%m-%d}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class Attendance(models.Model):
    """A member came to a session; `completed` when they took part to the end."""

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="attendances", verbose_name=_("session")
    )
    member = models.ForeignKey(
        "communities.Member",
        on_delete=models.CASCADE,
        related_name="training_attendances",
        verbose_name=_("member"),
    )
    completed = models.BooleanField(_("completed"), default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "member"], name="one_attendance_per_member")
        ]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self) -> str:
        return f"{self.member} @ {self.session}"


class MemberSkill(models.Model):
    """A skill a member holds, from the first session that granted it."""

    member = models.ForeignKey(
        "communities.Member",
        on_delete=models.CASCADE,
        related_name="skills",
        verbose_name=_("member"),
    )
    skill = models.ForeignKey(
        Skill, on_delete=models.PROTECT, related_name="holders", verbose_name=_("skill")
    )
    gained_at = models.DateField(_("gained on"))
    session = models.ForeignKey(
        Session,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="skills_granted",
        verbose_name=_("session"),
    )

    class Meta:
        ordering = ["skill__position", "skill__code"]
        constraints = [
            models.UniqueConstraint(fields=["member", "skill"], name="one_row_per_member_skill")
        ]
        verbose_name = _("member's skill")
        verbose_name_plural = _("members' skills")

    def __str__(self) -> str:
        return f"{self.member}: {self.skill}"


class Certificate(models.Model):
    """Proof that a member completed a module or a whole programme.

    Its code is printed with a QR code; anyone can check it on the public page,
    which shows only the first name, what was completed, when and where.
    """

    member = models.ForeignKey(
        "communities.Member",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("member"),
    )
    module = models.ForeignKey(
        Module,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("module"),
    )
    programme = models.ForeignKey(
        Programme,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("programme"),
    )
    code = models.CharField(
        _("verification code"), max_length=16, unique=True, default=new_certificate_code
    )
    language = models.CharField(
        _("language of the certificate"), max_length=5, choices=settings.LANGUAGES, default="th"
    )
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("issued by"),
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revoked_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)

    class Meta:
        ordering = ["-issued_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(module__isnull=False, programme__isnull=True)
                    | models.Q(module__isnull=True, programme__isnull=False)
                ),
                name="certificate_for_module_or_programme",
            )
        ]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return f"{self.code} · {self.member} · {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("training:check", args=[self.code])

    @property
    def subject(self) -> Module | Programme:
        return self.module or self.programme

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None

    @property
    def community(self):
        return self.member.household.community

    @property
    def display_code(self) -> str:
        """The code in groups that are easy to read out: 4-3-3."""
        return f"{self.code[:4]}-{self.code[4:7]}-{self.code[7:]}"


class OfferingSkillRequirement(models.Model):
    """An offering needs at least one member of each provider household with this skill."""

    offering = models.ForeignKey(
        "catalog.Offering",
        on_delete=models.CASCADE,
        related_name="skill_requirements",
        verbose_name=_("offering"),
    )
    skill = models.ForeignKey(
        Skill, on_delete=models.PROTECT, related_name="required_by", verbose_name=_("skill")
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["offering", "skill"], name="one_requirement_per_skill")
        ]
        verbose_name = _("skill an offering needs")
        verbose_name_plural = _("skills offerings need")

    def __str__(self) -> str:
        return f"{self.offering}: {self.skill}"
