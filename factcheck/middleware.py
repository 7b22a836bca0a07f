"""Request guards that must run before any view parses a body."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

from factcheck.errors import error_body


class BodySizeLimitMiddleware:
    """Refuse a body larger than DATA_UPLOAD_MAX_MEMORY_SIZE with 413 and the API's JSON error body.

    Django enforces the limit only when `request.body` is read; DRF's parsers read the stream
    instead, and Django's own refusal is an HTML 400. Checking Content-Length here covers both.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        raw = request.META.get("CONTENT_LENGTH") or "0"
        try:
            length = int(raw)
        except ValueError:
            return JsonResponse(
                error_body("malformed_request", "Content-Length is not a number."), status=400
            )
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and length > limit:
            message = f"The request body is {length} bytes; the limit is {limit} (FACTCHECK_MAX_BODY_BYTES)."
            return JsonResponse(error_body("payload_too_large", message), status=413)
        return self.get_response(request)
