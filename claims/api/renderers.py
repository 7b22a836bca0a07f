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


class JsonLdRenderer(OrjsonRenderer):
    media_type = "application/ld+json"
    format = "jsonld"
