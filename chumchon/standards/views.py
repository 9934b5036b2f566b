"""Phone pages for the self-assessment against a standard, and the officers' pages.

Who sees what: coordinators assess and plan; treasurers read everything; programme
officers read scores and progress of every community, but not notes, evidence or the
names of the members who own improvement actions.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import can_manage, can_see_personal_data, community_access
from chumchon.communities.models import Community
from chumchon.core.files import file_response
from chumchon.core.services import save_with_audit
from chumchon.standards.charts import Row, bar_chart_svg, line_chart_svg
from chumchon.standards.forms import ActionForm, AnswerForm, IndicatorForm, StartForm
from chumchon.standards.models import (
    Assessment,
    Framework,
    ImprovementAction,
    Level,
    Rating,
)
from chumchon.standards.records import localised
from chumchon.standards.services import (
    AssessmentError,
    add_indicator,
    assessment_scores,
    complete_assessment,
    indicators_of,
    last_completed,
    mark_action_done,
    progress,
    record_answer,
    start_assessment,
)

COORDINATOR_ONLY = (StaffRole.COORDINATOR,)


def _is_officer(user) -> bool:
    return user.is_authenticated and (user.is_programme_officer or user.is_superuser)


def _context(request, community, **extra) -> dict:
    return {
        "community": community,
        "can_edit": can_manage(request.user, community, COORDINATOR_ONLY),
        "can_see_names": can_see_personal_data(request.user, community),
        **extra,
    }


def _assessment(community, pk) -> Assessment:
    return get_object_or_404(
        Assessment.objects.select_related("framework"), pk=pk, community=community
    )


def criteria_chart(criteria, scores, *, series: list[str], title: str) -> str:
    """One row per criterion, one bar per scored assessment in `scores`."""
    rows = [
        Row(f"{c.number}. {c.title}", tuple(s.criterion(c.pk).percent for s in scores))
        for c in criteria
    ]
    return bar_chart_svg(rows, series, title=title, none_label=_("does not apply"))


# --- The community's assessments -----------------------------------------------------------


@community_access("read")
def index(request, community):
    assessments = community.assessments.select_related("framework")
    latest = []
    for framework in Framework.objects.filter(assessments__community=community).distinct():
        done = last_completed(community, framework)
        if done:
            latest.append((done, assessment_scores(done).overall.percent))
    return render(
        request,
        "standards/index.html",
        _context(
            request,
            community,
            assessments=assessments,
            latest=latest,
            start_form=StartForm(),
        ),
    )


@require_POST
@community_access("manage", roles=COORDINATOR_ONLY)
def start(request, community):
    form = StartForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a standard and a date."))
        return redirect("standards:index", community.slug)
    try:
        assessment = start_assessment(
            community,
            form.cleaned_data["framework"],
            request.user,
            date=form.cleaned_data["date"],
            participants=form.cleaned_data["participants"],
            copy_previous=form.cleaned_data["copy_previous"],
        )
    except AssessmentError as error:
        messages.error(request, str(error))
        return redirect("standards:index", community.slug)
    return redirect("standards:assessment", community.slug, assessment.pk)


@community_access("read")
def assessment_detail(request, community, pk):
    assessment = _assessment(community, pk)
    indicators = list(indicators_of(assessment))
    answers = {a.indicator_id: a for a in assessment.answers.all()}
    groups: dict = {}
    for indicator in indicators:
        groups.setdefault(indicator.criterion, []).append((indicator, answers.get(indicator.pk)))
    first_open = next((i for i in indicators if i.pk not in answers), None)
    return render(
        request,
        "standards/assessment.html",
        _context(
            request,
            community,
            tab="answers",
            assessment=assessment,
            groups=groups,
            answered=len(answers),
            total=len(indicators),
            first_open=first_open,
            first=indicators[0] if indicators else None,
        ),
    )


def _neighbours(indicators: list, current) -> tuple:
    ids = [i.pk for i in indicators]
    k = ids.index(current.pk)
    before = indicators[k - 1] if k > 0 else None
    after = indicators[k + 1] if k + 1 < len(indicators) else None
    return before, after, k + 1


def evidence_url(community, answer, kind: str) -> str:
    """Where the answer page links its photo or document: the evidence view, never /media/."""
    if answer is None or not getattr(answer, kind):
        return ""
    args = [community.slug, answer.assessment_id, answer.indicator_id, kind]
    return reverse("standards:evidence", args=args)


@community_access("personal")
def answer(request, community, pk, indicator_pk):
    assessment = _assessment(community, pk)
    indicators = list(indicators_of(assessment))
    indicator = next((i for i in indicators if i.pk == indicator_pk), None)
    if indicator is None:
        return redirect("standards:assessment", community.slug, assessment.pk)
    existing = assessment.answers.filter(indicator=indicator).first()
    before, after, position = _neighbours(indicators, indicator)
    form = AnswerForm(
        request.POST or None,
        request.FILES or None,
        community=community,
        current_path=existing.record_path if existing else "",
        initial={"note": existing.note if existing else ""},
    )
    if request.method == "POST":
        if not can_manage(request.user, community, COORDINATOR_ONLY):
            raise PermissionDenied
        rating = request.POST.get("rating", "")
        if rating not in Rating.values:
            form.add_error(None, _("Tap fully, partly, not yet or does not apply."))
        elif form.is_valid():
            try:
                record_answer(
                    assessment,
                    indicator,
                    request.user,
                    rating=rating,
                    note=form.cleaned_data["note"],
                    photo=form.cleaned_data["photo"],
                    document=form.cleaned_data["document"],
                    record_path=form.record_path,
                )
            except AssessmentError as error:
                messages.error(request, str(error))
                return redirect("standards:assessment", community.slug, assessment.pk)
            if after is not None:
                return redirect("standards:answer", community.slug, assessment.pk, after.pk)
            messages.success(request, _("That was the last indicator."))
            return redirect("standards:assessment", community.slug, assessment.pk)
    return render(
        request,
        "standards/answer.html",
        _context(
            request,
            community,
            tab="answers",
            assessment=assessment,
            indicator=indicator,
            existing=existing,
            record_url=localised(existing.record_path) if existing else "",
            photo_url=evidence_url(community, existing, "photo"),
            document_url=evidence_url(community, existing, "document"),
            form=form,
            ratings=Rating.choices,
            before=before,
            after=after,
            position=position,
            total=len(indicators),
        ),
    )


EVIDENCE_KINDS = ("photo", "document")


@community_access("personal")
def evidence(request, community, pk, indicator_pk, kind):
    """An answer's photo or document, to those who may read the answer page (not officers:
    evidence can show households). Never a plain /media/ address."""
    if kind not in EVIDENCE_KINDS:
        raise Http404
    assessment = _assessment(community, pk)
    answer = get_object_or_404(assessment.answers, indicator_id=indicator_pk)
    return file_response(getattr(answer, kind), cache_control="private, no-store")


@require_POST
@community_access("manage", roles=COORDINATOR_ONLY)
def complete(request, community, pk):
    assessment = _assessment(community, pk)
    try:
        complete_assessment(assessment, request.user)
    except AssessmentError as error:
        messages.error(request, str(error))
        return redirect("standards:assessment", community.slug, assessment.pk)
    messages.success(request, _("Assessment completed."))
    return redirect("standards:results", community.slug, assessment.pk)


@community_access("read")
def results(request, community, pk):
    assessment = _assessment(community, pk)
    scores = assessment_scores(assessment)
    criteria = list(assessment.framework.criteria.order_by("order", "id"))
    table = [
        (c, scores.criterion(c.pk), [scores.cell(c.pk, level) for level in Level.values])
        for c in criteria
    ]
    return render(
        request,
        "standards/results.html",
        _context(
            request,
            community,
            tab="results",
            assessment=assessment,
            scores=scores,
            table=table,
            levels=Level.choices,
            level_totals=[(label, scores.by_level[value]) for value, label in Level.choices],
            chart=criteria_chart(
                criteria,
                [scores],
                series=[date_format(assessment.date, "j M Y")],
                title=_("Score by criterion"),
            ),
        ),
    )


@community_access("read")
def progress_view(request, community, code):
    framework = get_object_or_404(Framework, code=code)
    report = progress(community, framework)
    dates = [date_format(a.date, "j M Y") for a in report.assessments]
    return render(
        request,
        "standards/progress.html",
        _context(
            request,
            community,
            framework=framework,
            report=report,
            rows=report.per_criterion(),
            overall=list(zip(report.assessments, report.overall(), strict=True)),
            change=report.change(),
            chart=criteria_chart(
                report.criteria,
                report.scores,
                series=dates,
                title=_("Score by criterion, assessment by assessment"),
            )
            if report.assessments
            else "",
            line=line_chart_svg(
                list(zip(dates, report.overall(), strict=True)), title=_("Overall score")
            )
            if len(report.assessments) > 1
            else "",
        ),
    )


# --- The improvement plan ---------------------------------------------------------------------


@community_access("read")
def plan(request, community, pk):
    assessment = _assessment(community, pk)
    actions = assessment.actions.select_related("indicator", "owner_member")
    can_edit = can_manage(request.user, community, COORDINATOR_ONLY)
    form = ActionForm(request.POST or None, assessment=assessment)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        if form.is_valid():
            save_with_audit(request.user, "standards.action_added", form, community=community)
            messages.success(request, _("Saved."))
            return redirect("standards:plan", community.slug, assessment.pk)
    # Indicators not yet fully met are where the plan starts.
    ratings = dict(assessment.answers.values_list("indicator_id", "rating"))
    gaps = [
        i
        for i in indicators_of(assessment)
        if ratings.get(i.pk) in (Rating.PARTLY, Rating.NOT)
        and not any(a.indicator_id == i.pk for a in actions)
    ]
    return render(
        request,
        "standards/plan.html",
        _context(
            request,
            community,
            tab="plan",
            assessment=assessment,
            actions=actions,
            form=form,
            gaps=gaps,
            today=timezone.localdate(),
        ),
    )


@community_access("manage", roles=COORDINATOR_ONLY)
def action_edit(request, community, pk, action_pk):
    assessment = _assessment(community, pk)
    action = get_object_or_404(ImprovementAction, pk=action_pk, assessment=assessment)
    form = ActionForm(request.POST or None, instance=action, assessment=assessment)
    if request.method == "POST" and form.is_valid():
        save_with_audit(request.user, "standards.action_changed", form, community=community)
        messages.success(request, _("Saved."))
        return redirect("standards:plan", community.slug, assessment.pk)
    return render(
        request,
        "standards/action_form.html",
        _context(request, community, tab="plan", assessment=assessment, action=action, form=form),
    )


@require_POST
@community_access("manage", roles=COORDINATOR_ONLY)
def action_done(request, community, pk, action_pk):
    assessment = _assessment(community, pk)
    action = get_object_or_404(ImprovementAction, pk=action_pk, assessment=assessment)
    mark_action_done(action, request.user, done=request.POST.get("done") != "0")
    return redirect("standards:plan", community.slug, assessment.pk)


# --- Programme officers -------------------------------------------------------------------------


@login_required
def readiness(request):
    """Every community's latest completed score per standard and criterion (no personal data)."""
    if not _is_officer(request.user):
        raise PermissionDenied
    frameworks = []
    for framework in Framework.objects.filter(is_active=True):
        criteria = list(framework.criteria.order_by("order", "id"))
        rows = []
        for community in Community.objects.all():
            report = progress(community, framework, limit=2)
            if not report.assessments:
                continue
            latest = report.scores[-1]
            rows.append(
                {
                    "community": community,
                    "assessment": report.assessments[-1],
                    "overall": latest.overall.percent,
                    "change": report.change(),
                    "criteria": [latest.criterion(c.pk).percent for c in criteria],
                    "levels": [latest.by_level[v].percent for v in Level.values],
                }
            )
        frameworks.append((framework, criteria, rows))
    return render(
        request, "standards/readiness.html", {"frameworks": frameworks, "levels": Level.choices}
    )


@login_required
def framework_detail(request, code):
    """The criteria and indicators of a standard; officers add indicators here."""
    if not _is_officer(request.user):
        raise PermissionDenied
    framework = get_object_or_404(Framework, code=code)
    form = IndicatorForm(request.POST or None, framework=framework)
    if request.method == "POST" and form.is_valid():
        try:
            add_indicator(
                form.cleaned_data["criterion"],
                request.user,
                number=form.cleaned_data["number"],
                level=form.cleaned_data["level"],
                text=form.texts,
            )
        except AssessmentError as error:
            form.add_error("number", str(error))
        else:
            messages.success(request, _("Indicator added."))
            return redirect("standards:framework", framework.code)
    criteria = framework.criteria.prefetch_related("indicators").order_by("order", "id")
    return render(
        request,
        "standards/framework.html",
        {"framework": framework, "criteria": criteria, "form": form},
    )
