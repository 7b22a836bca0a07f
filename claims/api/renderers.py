"""A JSON renderer backed by orjson: the consumer lists are large and read often."""

from typing import Any

import orjson
from rest_framework.renderers import JSONRenderer


class OrjsonRenderer(JSONRenderer):
    def render(
        self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None
    ) -> bytes:
        if data is None:
            return b""
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


class OrjsonUtcRenderer(OrjsonRenderer):
    """Also renders datetime objects, in UTC with a `Z` (as DRF's DateTimeField writes them), in C."""

    def render(
        self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None
    ) -> bytes:
        if data is None:
            return b""
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_UTC_Z)


class JsonLdRenderer(OrjsonRenderer):
    media_type = "application/ld+json"
    format = "jsonld"
