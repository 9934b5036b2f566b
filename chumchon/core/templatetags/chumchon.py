from django import template
from django.urls import translate_url
from django.utils.translation import get_language

from chumchon.money import Money

register = template.Library()


@register.simple_tag(takes_context=True)
def url_in_language(context, language: str) -> str:
    """The current page in another language (language-prefixed URLs)."""
    request = context["request"]
    return translate_url(request.get_full_path(), language)


@register.filter
def money(value: Money | None) -> str:
    """Format a Money in the reader's language."""
    if value is None:
        return ""
    return value.format(get_language() or "en")


@register.filter
def minutes(value: int | None) -> str:
    from django.utils.translation import gettext as _

    if not value:
        return ""
    hours, mins = divmod(int(value), 60)
    if hours and mins:
        return _("%(h)d h %(m)d min") % {"h": hours, "m": mins}
    if hours:
        return _("%(h)d h") % {"h": hours}
    return _("%(m)d min") % {"m": mins}
