from modeltranslation.translator import TranslationOptions, register

from chumchon.routes.models import Route, RouteDay, RouteStop


@register(Route)
class RouteTranslation(TranslationOptions):
    fields = ("title", "summary", "story")


@register(RouteDay)
class RouteDayTranslation(TranslationOptions):
    fields = ("title",)


@register(RouteStop)
class RouteStopTranslation(TranslationOptions):
    fields = ("note",)
