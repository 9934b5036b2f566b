"""Marketing pages: share cards, the review form, and the community's phone pages for
its public page, promotion codes and reviews."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from chumchon.accounts.permissions import can_manage, community_access
from chumchon.catalog.services import published_offerings
from chumchon.communities.models import Community
from chumchon.core.audit import log_action
from chumchon.core.models import Photo
from chumchon.marketing import cards, services
from chumchon.marketing.errors import ReviewRefused
from chumchon.marketing.forms import (
    HideForm,
    HighlightFormSet,
    PageForm,
    PhotoForm,
    PhotoTextForm,
    PromoCodeForm,
    ReplyForm,
    ReviewForm,
)
from chumchon.marketing.models import PromoCode, Review

# --- Share cards ------------------------------------------------------------------------


def _png(request, card: cards.Card, subject: str) -> HttpResponse:
    language = get_language() or "en"
    etag = f'"{cards.fingerprint(card, language)}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        png, _key = cards.card_png(card, language, subject)
        response = HttpResponse(png, content_type="image/png")
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=3600"
    return response


def community_card(request, slug):
    community = get_object_or_404(
        Community.objects.select_related("country"), slug=slug, is_published=True
    )
    card = cards.community_card(community, services.community_rating(community))
    return _png(request, card, f"community-{community.pk}")


def offering_card(request, slug, offering_slug):
    offering = get_object_or_404(
        published_offerings().select_related("community__country"),
        community__slug=slug,
        slug=offering_slug,
    )
    card = cards.offering_card(offering, services.offering_rating(offering))
    return _png(request, card, f"offering-{offering.pk}")


def route_card(request, slug, route_slug):
    from chumchon.marketing.templatetags.marketing import route_parts
    from chumchon.routes.models import Route

    route = get_object_or_404(
        Route.objects.select_related("community__country"),
        community__slug=slug,
        community__is_published=True,
        slug=route_slug,
        is_published=True,
    )
    _stops, offers = route_parts(route)
    card = cards.route_card(route, offers, route.days.count())
    return _png(request, card, f"route-{route.pk}")


# --- The tourist's review ---------------------------------------------------------------


def review(request, token):
    """The form behind the signed link in the post-trip e-mail (no account needed)."""
    try:
        booking = services.booking_for_review_token(token)
        services.may_review(booking)
    except ReviewRefused as refusal:
        return render(request, "marketing/review_closed.html", {"refusal": refusal}, status=410)
    offerings = []
    for item in booking.items.select_related("offering").order_by("id"):
        if item.offering not in offerings:
            offerings.append(item.offering)
    form = ReviewForm(
        request.POST or None,
        offerings=offerings,
        initial={
            "language": get_language(),
            "reviewer_name": services.first_name(booking.contact_name),
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.write_review(
                booking,
                rating=data["rating"],
                text=data["text"],
                language=data["language"],
                reviewer_name=data["reviewer_name"],
                reviewer_country=data["reviewer_country"],
                offering_ratings=form.offering_ratings(),
            )
        except ReviewRefused as refusal:
            return render(request, "marketing/review_closed.html", {"refusal": refusal}, status=410)
        return render(request, "marketing/review_thanks.html", {"community": booking.community})
    return render(
        request,
        "marketing/review_form.html",
        {"form": form, "booking": booking, "community": booking.community},
    )


# --- The community's public page, edited from a phone -----------------------------------


def _require_manager(request, community) -> None:
    if request.method == "POST" and not can_manage(request.user, community):
        raise PermissionDenied  # programme officers look but do not change


@community_access("read")
def page_edit(request, community):
    """Story, summary and highlights in every language, photos, and a share preview."""
    _require_manager(request, community)
    post = request.POST if request.method == "POST" else None
    form = PageForm(post, instance=community)
    highlights = HighlightFormSet(post, instance=community, prefix="highlights")
    preview = None
    if post is not None and form.is_valid() and highlights.is_valid():
        if request.POST.get("action") == "preview":
            preview = {
                code: {
                    "tagline": form.cleaned_data.get(f"tagline_{code}", ""),
                    "story": form.cleaned_data.get(f"story_{code}", ""),
                }
                for code in ("th", "lo", "en")
            }
        else:
            services.save_page(form, highlights, by=request.user)
            messages.success(request, _("Saved. The public page shows it now."))
            return redirect("marketing:page_edit", community.slug)
    return render(
        request,
        "marketing/page_edit.html",
        {
            "community": community,
            "form": form,
            "highlights": highlights,
            "preview": preview,
            "can_edit": can_manage(request.user, community),
            **_photo_context(community, community),
        },
    )


def _photo_context(community, subject) -> dict:
    photos = services.photos_of(subject)
    return {
        "subject": subject,
        "photos": [
            (photo, PhotoTextForm(instance=photo, prefix=f"p{photo.pk}")) for photo in photos
        ],
        "photo_form": PhotoForm(),
    }


def _subject(community, offering_pk):
    if offering_pk is None:
        return community
    return get_object_or_404(community.offerings, pk=offering_pk)


@community_access("read")
def photos(request, community, offering_pk: int | None = None):
    """The photos of the community or one of its offerings: add, describe, order, cover."""
    _require_manager(request, community)
    subject = _subject(community, offering_pk)
    back = (
        redirect("marketing:page_edit", community.slug)
        if offering_pk is None
        else redirect("marketing:offering_photos", community.slug, offering_pk)
    )
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "add":
            form = PhotoForm(request.POST, request.FILES)
            if form.is_valid():
                try:
                    services.add_photo(subject, form, by=request.user, community=community)
                except ValidationError as exc:  # not a photo we can use
                    form.add_error("image", exc)
                else:
                    messages.success(request, _("Photo added."))
                    return back
            context = {**_photo_context(community, subject), "photo_form": form}
            return render(
                request,
                "marketing/photos.html",
                {"community": community, "can_edit": True, **context},
                status=400,
            )
        photo = get_object_or_404(
            Photo.objects.filter(
                content_type__model=subject._meta.model_name,
                content_type__app_label=subject._meta.app_label,
                object_id=subject.pk,
            ),
            pk=request.POST.get("photo"),
        )
        if action in ("up", "down"):
            step = -1 if action == "up" else 1
            services.move_photo(photo, by=request.user, community=community, step=step)
        elif action == "cover":
            services.make_cover(photo, by=request.user, community=community)
        elif action == "remove":
            services.remove_photo(photo, by=request.user, community=community)
            messages.success(request, _("Photo removed."))
        elif action == "texts":
            form = PhotoTextForm(request.POST, instance=photo, prefix=f"p{photo.pk}")
            if form.is_valid():
                form.save()
                log_action(request.user, "photo.described", photo, community=community)
                messages.success(request, _("Saved."))
        return back
    return render(
        request,
        "marketing/photos.html",
        {
            "community": community,
            "can_edit": can_manage(request.user, community),
            **_photo_context(community, subject),
        },
    )


# --- Promotion codes --------------------------------------------------------------------


@community_access("read")
def promos(request, community):
    now = timezone.now()
    codes = list(
        PromoCode.objects.filter(community=community)
        .select_related("community")
        .prefetch_related("offerings")
    )
    for code in codes:
        code.in_use = services.redemptions_in_use(code, now)
        code.current = (
            code.is_active
            and code.valid_from <= now
            and (code.valid_to is None or code.valid_to > now)
        )
    return render(
        request,
        "marketing/promos.html",
        {"community": community, "codes": codes, "can_edit": can_manage(request.user, community)},
    )


@community_access("manage")
def promo_edit(request, community, pk: int | None = None):
    # Dates and times are typed and shown in the community's own time zone.
    with timezone.override(community.time_zone):
        return _promo_edit(request, community, pk)


def _promo_edit(request, community, pk: int | None):
    promo = get_object_or_404(PromoCode, community=community, pk=pk) if pk else None
    form = PromoCodeForm(request.POST or None, instance=promo, community=community)
    if request.method == "POST" and form.is_valid():
        services.save_promo(form, by=request.user)
        messages.success(request, _("Saved."))
        return redirect("marketing:promos", community.slug)
    return render(
        request, "marketing/promo_form.html", {"community": community, "form": form, "promo": promo}
    )


# --- Reviews: moderation and replies ----------------------------------------------------


@community_access("read")
def reviews(request, community):
    items = Review.objects.filter(community=community).prefetch_related(
        "offering_ratings__offering"
    )
    return render(
        request,
        "marketing/reviews_manage.html",
        {
            "community": community,
            "reviews": [
                (r, ReplyForm(initial={"reply": r.reply}, prefix=f"r{r.pk}")) for r in items
            ],
            "rating": services.community_rating(community),
            "can_edit": can_manage(request.user, community),
        },
    )


@require_POST
@community_access("manage")
def review_action(request, community, pk):
    review = get_object_or_404(Review, community=community, pk=pk)
    action = request.POST.get("action")
    if action == "reply":
        form = ReplyForm(request.POST, prefix=f"r{review.pk}")
        if form.is_valid():
            services.reply_to_review(review, by=request.user, text=form.cleaned_data["reply"])
            messages.success(request, _("Your reply is public now."))
    elif action == "hide":
        form = HideForm(request.POST)
        if form.is_valid():
            services.hide_review(review, by=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, _("The review is hidden from the public pages."))
        else:
            messages.error(request, _("Say why the review is hidden."))
    elif action == "show":
        services.show_review(review, by=request.user)
        messages.success(request, _("The review is public again."))
    return redirect("marketing:reviews", community.slug)
