"""The workbench front page and the API documentation are served without any CDN."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_the_front_page_links_to_the_workbench_and_the_api(client):
    page = client.get("/").content.decode()
    assert 'href="/admin/"' in page and 'href="/api/v1/"' in page and 'href="/api/docs/"' in page
    assert "documents</div>" not in page  # counts are for signed-in staff only


def test_staff_see_how_much_is_in_the_workbench(client):
    client.force_login(get_user_model().objects.create_superuser("root", password="x" * 16))
    assert "published verdicts" in client.get("/").content.decode()


def test_the_api_docs_load_their_assets_locally(client):
    page = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in page
    assert "cdn.jsdelivr.net" not in page
