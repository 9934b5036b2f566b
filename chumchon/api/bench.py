"""A second benchmark baseline: one row inserted through the API's own stack.

bench/bookings_load.py compares bookings with the cheapest write through plain Django
(core.views.bench_insert) and with this one, which pays what every API call pays —
Django REST framework, the Bearer key lookup, JSON in and out — and nothing else.
Routed only when BENCH_ENDPOINTS is on, never in production.
"""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response

from chumchon.api.views import ApiView
from chumchon.core.models import AuditEntry


class BenchInsert(ApiView):
    @extend_schema(exclude=True)
    def post(self, request):
        entry = AuditEntry.objects.create(action="bench.api_insert")
        return Response({"id": entry.pk}, status=status.HTTP_201_CREATED)
