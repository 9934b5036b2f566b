from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from chumchon.bookings.models import Booking, BookingStatus
from chumchon.payments.providers import GatewayError, InvalidSignature, gateway
from chumchon.payments.webhooks import handle_gateway_event


def _error(code: str, message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": message}}, status=status)


@csrf_exempt
@require_POST
def gateway_webhook(request):
    provider = gateway()
    if provider is None:
        return _error("not_configured", "No payment gateway is configured.", 404)
    try:
        event = provider.verify(request.body, request.META.get(provider.signature_header, ""))
    except InvalidSignature as exc:
        return _error("invalid_signature", str(exc), 400)
    outcome = handle_gateway_event(provider.identifier, event)
    return JsonResponse({"status": outcome})


@require_POST
def start_checkout(request, reference, token):
    """Send the tourist to the gateway's payment page for a held booking."""
    booking = get_object_or_404(Booking, reference=reference, token=token)
    provider = gateway()
    if provider is None or booking.status != BookingStatus.PENDING_PAYMENT or not booking.is_held:
        return redirect(booking.get_absolute_url())
    try:
        checkout = provider.start_checkout(
            booking, return_url=request.build_absolute_uri(booking.get_absolute_url())
        )
    except GatewayError:
        return _error("gateway_unavailable", "The payment service is not answering.", 502)
    return redirect(checkout.url)
