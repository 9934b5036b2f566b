from django import template

from chumchon.network.offers import handoff_offers as _handoff_offers

register = template.Library()


@register.simple_tag
def handoff_offers(booking, medium: str):
    """`{% handoff_offers booking "voucher" as blocks %}`: the partner communities' offers."""
    if booking is None:
        return []
    return _handoff_offers(booking, medium)
