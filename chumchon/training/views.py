"""Phone pages for training, and the one public page: checking a certificate.

Who sees what: coordinators manage their community's training; treasurers read it;
programme officers read aggregate figures only (no member's name); visitors see
nothing but the certificate check page.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import can_manage, can_see_personal_data, community_access
from chumchon.catalog.models import Offering
from chumchon.communities.models import Community, Member
from chumchon.core.services import save_with_audit
from chumchon.training.certificates import certificate_pdf, first_name
from chumchon.training.forms import (
    OfferingSkillsForm,
    RevokeForm,
    SessionForm,
    module_form_class,
    modules_for,
    programme_form_class,
)
from chumchon.training.models import (
    Certificate,
    Module,
    Programme,
    Session,
    normalise_certificate_code,
)
from chumchon.training.reports import (
    community_certificates,
    offering_warnings,
    training_summary,
)
from chumchon.training.services import (
    TrainingError,
    community_members,
    complete_session,
    completed_modules,
    issue_certificate,
    issue_session_certificates,
    record_attendance,
    revoke_certificate,
    set_offering_skills,
)

COORDINATOR_ONLY = (StaffRole.COORDINATOR,)


def _programmes(community):
    return (
        Programme.objects.filter(Q(community=community) | Q(community__isnull=True))
        .prefetch_related("modules__skills")
        .order_by("-is_active", "name")
    )


def _context(request, community, **extra) -> dict:
    return {
        "community": community,
        "can_edit": can_manage(request.user, community, COORDINATOR_ONLY),
        "can_see_names": can_see_personal_data(request.user, community),
        **extra,
    }


@community_access("read")
def overview(request, community):
    context = _context(
        request,
        community,
        tab="overview",
        summary=training_summary(community),
        programmes=_programmes(community).filter(is_active=True),
        recent_sessions=community.training_sessions.select_related("module")[:5],
    )
    if context["can_see_names"]:
        context["warnings"] = offering_warnings(community)
    return render(request, "training/overview.html", context)


@login_required
def programme_overview(request):
    """Every community's training in figures, for programme officers."""
    if not (request.user.is_programme_officer or request.user.is_superuser):
        raise PermissionDenied
    rows = [(c, training_summary(c)) for c in Community.objects.all()]
    return render(request, "training/programme_overview.html", {"rows": rows})


# --- Programmes and modules ---------------------------------------------------------


@community_access("read")
def programme_detail(request, community, pk):
    programme = get_object_or_404(_programmes(community), pk=pk)
    return render(
        request,
        "training/programme.html",
        _context(request, community, programme=programme, own=programme.community_id is not None),
    )


@community_access("manage", roles=COORDINATOR_ONLY)
def programme_edit(request, community, pk=None):
    # Shared programmes belong to every community: only site admins edit them.
    programme = get_object_or_404(Programme, pk=pk, community=community) if pk else Programme()
    form = programme_form_class(community)(
        request.POST or None, instance=programme, community=community
    )
    if request.method == "POST" and form.is_valid():
        action = "training.programme_changed" if pk else "training.programme_created"
        programme = save_with_audit(request.user, action, form, community=community)
        messages.success(request, _("Saved."))
        return redirect("training:programme", community.slug, programme.pk)
    return render(
        request,
        "training/programme_form.html",
        _context(request, community, form=form, programme=programme),
    )


@community_access("manage", roles=COORDINATOR_ONLY)
def module_edit(request, community, pk=None, programme_pk=None):
    if pk:
        module = get_object_or_404(Module, pk=pk, programme__community=community)
        programme = module.programme
    else:
        programme = get_object_or_404(Programme, pk=programme_pk, community=community)
        module = Module(programme=programme, position=programme.modules.count() + 1)
    form = module_form_class(community)(request.POST or None, instance=module, community=community)
    if request.method == "POST" and form.is_valid():
        action = "training.module_changed" if pk else "training.module_created"
        save_with_audit(request.user, action, form, community=community)
        messages.success(request, _("Saved."))
        return redirect("training:programme", community.slug, programme.pk)
    return render(
        request,
        "training/module_form.html",
        _context(request, community, form=form, module=module, programme=programme),
    )


# --- Sessions -------------------------------------------------------------------------


@community_access("read")
def sessions(request, community):
    items = community.training_sessions.select_related("module__programme").annotate(
        present=Count("attendances"),
        completers=Count("attendances", filter=Q(attendances__completed=True)),
    )
    return render(
        request,
        "training/sessions.html",
        _context(request, community, sessions=items, tab="sessions"),
    )


@community_access("manage", roles=COORDINATOR_ONLY)
def session_edit(request, community, pk=None):
    session = get_object_or_404(Session, pk=pk, community=community) if pk else Session()
    if session.is_completed:
        messages.error(request, _("This session is completed; it can no longer change."))
        return redirect("training:session", community.slug, session.pk)
    form = SessionForm(request.POST or None, instance=session, community=community)
    if request.method == "POST" and form.is_valid():
        action = "training.session_changed" if pk else "training.session_created"
        session = save_with_audit(request.user, action, form, community=community)
        messages.success(request, _("Saved."))
        return redirect("training:session", community.slug, session.pk)
    return render(
        request,
        "training/session_form.html",
        _context(request, community, form=form, session=session),
    )


@community_access("personal")
def session_detail(request, community, pk):
    session = get_object_or_404(
        Session.objects.select_related("module__programme"), pk=pk, community=community
    )
    attendance = {a.member_id: a for a in session.attendances.all()}
    members = [
        (member, attendance.get(member.pk))
        for member in community_members(community).order_by("household__code", "name")
    ]
    # Members who came but have since left the list still show on a completed session.
    listed = {m.pk for m, _a in members}
    for a in session.attendances.select_related("member__household"):
        if a.member_id not in listed:
            members.append((a.member, a))
    certified = set(
        Certificate.objects.filter(
            module=session.module, revoked_at=None, member_id__in=attendance
        ).values_list("member_id", flat=True)
    )
    return render(
        request,
        "training/session.html",
        _context(
            request,
            community,
            tab="sessions",
            session=session,
            members=members,
            present=len(attendance),
            completers=sum(1 for a in attendance.values() if a.completed),
            certified=certified,
            to_certify=sum(
                1 for a in attendance.values() if a.completed and a.member_id not in certified
            ),
            skills=list(session.module.skills.all()),
        ),
    )


@require_POST
@community_access("manage", roles=COORDINATOR_ONLY)
def attendance(request, community, pk):
    session = get_object_or_404(Session, pk=pk, community=community)
    ids = {int(v) for v in request.POST.getlist("present") if v.isdigit()}
    left_early = {int(v) for v in request.POST.getlist("left_early") if v.isdigit()}
    members = list(community_members(community).filter(pk__in=ids))
    try:
        record_attendance(
            session,
            members,
            request.user,
            completed=[m for m in members if m.pk not in left_early],
        )
    except TrainingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Attendance saved: %(n)d present.") % {"n": len(members)})
    return redirect("training:session", community.slug, session.pk)


@require_POST
@community_access("manage", roles=COORDINATOR_ONLY)
def complete(request, community, pk):
    session = get_object_or_404(Session, pk=pk, community=community)
    try:
        granted = complete_session(session, request.user)
    except TrainingError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Session completed. %(n)d skills gained.") % {"n": len(granted)},
        )
    return redirect("training:session", community.slug, session.pk)


@require_POST
@community_access("manage", roles=COORDINATOR_ONLY)
def session_certificates(request, community, pk):
    session = get_object_or_404(Session, pk=pk, community=community)
    try:
        issued = issue_session_certificates(session, request.user)
    except TrainingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(n)d certificates ready.") % {"n": len(issued)})
    return redirect("training:session", community.slug, session.pk)


# --- Members' training records -----------------------------------------------------------


@community_access("personal")
def members(request, community):
    items = (
        community_members(community)
        .order_by("household__code", "name")
        .prefetch_related("skills__skill")
        .annotate(
            certificate_count=Count(
                "certificates", filter=Q(certificates__revoked_at=None), distinct=True
            )
        )
    )
    return render(
        request, "training/members.html", _context(request, community, members=items, tab="members")
    )


@community_access("personal")
def member_record(request, community, pk):
    member = get_object_or_404(
        Member.objects.select_related("household").prefetch_related(
            "skills__skill",
            "skills__session__module",
            Prefetch(
                "certificates",
                queryset=Certificate.objects.select_related("module", "programme"),
            ),
        ),
        pk=pk,
        household__community=community,
    )
    done = completed_modules(member)
    attended = member.training_attendances.select_related("session__module__programme").order_by(
        "-session__date"
    )
    certified_modules = {c.module_id for c in member.certificates.all() if c.is_valid}
    certified_programmes = {c.programme_id for c in member.certificates.all() if c.is_valid}
    can_certify_modules = Module.objects.filter(pk__in=done).exclude(pk__in=certified_modules)
    can_certify_programmes = [
        p
        for p in _programmes(community)
        if p.pk not in certified_programmes
        and p.modules.all()
        and {m.pk for m in p.modules.all()} <= done
    ]
    return render(
        request,
        "training/member.html",
        _context(
            request,
            community,
            tab="members",
            member=member,
            attended=attended,
            can_certify_modules=can_certify_modules,
            can_certify_programmes=can_certify_programmes,
            revoke_form=RevokeForm(),
        ),
    )


@require_POST
@community_access("manage", roles=COORDINATOR_ONLY)
def issue(request, community, pk):
    member = get_object_or_404(Member, pk=pk, household__community=community)
    kind, _sep, subject_id = request.POST.get("subject", "").partition(":")
    if kind == "module" and subject_id.isdigit():
        subject = get_object_or_404(modules_for(community), pk=subject_id)
    elif kind == "programme" and subject_id.isdigit():
        subject = get_object_or_404(_programmes(community), pk=subject_id)
    else:
        raise Http404
    language = request.POST.get("language") or None
    if language not in (None, "th", "lo", "en"):
        language = None
    try:
        issue_certificate(member, subject, request.user, language=language)
    except TrainingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Certificate issued."))
    return redirect("training:member", community.slug, member.pk)


def _community_certificate(community, code):
    return get_object_or_404(
        community_certificates(community).select_related(
            "member__household__community", "module", "programme"
        ),
        code=code,
    )


@community_access("personal")
def certificate_download(request, community, code):
    certificate = _community_certificate(community, code)
    language = request.GET.get("lang")
    if language not in ("th", "lo", "en"):
        language = certificate.language
    response = HttpResponse(certificate_pdf(certificate, language), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.pdf"'
    return response


@require_POST
@community_access("manage", roles=COORDINATOR_ONLY)
def revoke(request, community, code):
    certificate = _community_certificate(community, code)
    form = RevokeForm(request.POST)
    if form.is_valid():
        try:
            revoke_certificate(certificate, request.user, form.cleaned_data["reason"])
        except TrainingError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Certificate revoked."))
    else:
        messages.error(request, _("Say why the certificate is revoked."))
    return redirect("training:member", community.slug, certificate.member_id)


# --- Which offerings need which skill ------------------------------------------------------


@community_access("personal")
def warnings(request, community):
    offerings = community.offerings.prefetch_related("skill_requirements__skill").order_by(
        "kind", "position", "id"
    )
    return render(
        request,
        "training/warnings.html",
        _context(
            request,
            community,
            tab="offerings",
            warnings=offering_warnings(community),
            offerings=offerings,
        ),
    )


@community_access("manage", roles=COORDINATOR_ONLY)
def offering_skills(request, community, pk):
    offering = get_object_or_404(Offering, pk=pk, community=community)
    initial = {"skills": [r.skill_id for r in offering.skill_requirements.all()]}
    form = OfferingSkillsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        set_offering_skills(offering, form.cleaned_data["skills"], request.user)
        messages.success(request, _("Saved."))
        return redirect("training:warnings", community.slug)
    return render(
        request,
        "training/offering_skills.html",
        _context(request, community, offering=offering, form=form, tab="offerings"),
    )


# --- The public check page -------------------------------------------------------------------


def check(request, code):
    """Anyone with the code (or the QR) sees whether the certificate is valid.

    Only what a certificate shows on its face: first name, what was completed, when,
    where. No household, phone or full name (PDPA).
    """
    normalised = normalise_certificate_code(code)
    certificate = (
        Certificate.objects.select_related("member__household__community", "module", "programme")
        .filter(code=normalised)
        .first()
    )
    if certificate is None:
        response = render(request, "training/check.html", {"code": code}, status=404)
        response["X-Robots-Tag"] = "noindex"
        return response
    if normalised != code:
        return redirect("training:check", normalised)
    response = render(
        request,
        "training/check.html",
        {
            "code": code,
            "certificate": certificate,
            "first_name": first_name(certificate.member),
            "community": certificate.community,
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def check_form(request):
    """Type a code printed on a certificate."""
    code = normalise_certificate_code(request.GET.get("code", ""))
    if code:
        return redirect("training:check", code)
    return render(request, "training/check.html", {"ask": True})
