"""Property-based run over the OpenAPI schema: no server error, no response outside the schema."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from tests.world import published_verdict

EXAMPLES_PER_OPERATION = 12


@pytest.fixture
def wsgi_app():
    """The real WSGI handler, minus the per-request connection closing (the test's transaction must live)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.slow
def test_the_read_endpoints_never_fail_and_always_match_their_schema(world, wsgi_app):
    """GIVEN published verdicts WHEN schemathesis sends generated GETs THEN no 5xx, and bodies fit the schema."""
    for _ in range(3):
        published_verdict(world)
    app = wsgi_app
    # The claims app's endpoints; the sources app's own run covers documents and jobs.
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", app).include(
        method="GET",
        path_regex=r"^/api/v1/(claims|speakers|verdicts|rating-scales|tokens|webhooks|feeds|exports)",
    )
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
            suppress_health_check=list(HealthCheck),
        )  # fmt: skip
        def check(case):
            response = case.call(headers={"Authorization": f"Token {world.consumer_key}"})
            case.validate_response(
                response, checks=[not_a_server_error, response_schema_conformance, content_type_conformance]
            )

        check()
