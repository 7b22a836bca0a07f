"""Conditional GET for API views: ETag and Last-Modified on every 200, 304 when the client is current."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag


class ConditionalGetMixin:
    """Views set `self.last_modified` (and optionally an ETag header); the body hash is the default ETag."""

    last_modified: datetime | None = None

    def finalize_response(self, request: Any, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
            return response
        if hasattr(response, "render"):
            response.render()
        if not response.has_header("ETag"):
            response["ETag"] = quote_etag(hashlib.blake2b(response.content, digest_size=16).hexdigest())
        timestamp = None
        if self.last_modified is not None:
            timestamp = int(self.last_modified.timestamp())
            response["Last-Modified"] = http_date(timestamp)
        # Vary: a consumer and an editor get different bodies from the same URL.
        response["Vary"] = "Accept, Authorization, Cookie"
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=timestamp, response=response
        )
