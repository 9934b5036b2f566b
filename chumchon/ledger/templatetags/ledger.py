"""`{% where_money_goes_for booking=... offering=... as goes %}` for the include template."""

from django import template

from chumchon.ledger.sharing import where_money_goes

register = template.Library()


@register.simple_tag
def where_money_goes_for(booking=None, offering=None):
    """The split shown to tourists: the booking's if there is one, else the offering's."""
    if booking:
        return where_money_goes(booking=booking)
    if offering:
        return where_money_goes(offering=offering)
    return None
