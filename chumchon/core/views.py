from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from chumchon.core.models import AuditEntry


@csrf_exempt
@require_POST
def bench_insert(request):
    """The benchmark's baseline: the cheapest useful write, one row, through the same stack.

    Routed only when BENCH_ENDPOINTS is on (bench/ scripts), never in production.
    """
    entry = AuditEntry.objects.create(action="bench.insert")
    return JsonResponse({"id": entry.pk}, status=201)
