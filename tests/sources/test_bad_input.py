"""Bad input gets a clear error and leaves nothing half-written."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from sources.models import Document, IngestJob

pytestmark = pytest.mark.django_db


def fact_checker(username: str = "fc"):
    user = get_user_model().objects.create_user(username, password="x" * 16)
    user.groups.add(Group.objects.get_or_create(name="fact-checkers")[0])
    return user


@pytest.fixture
def client():
    api = APIClient()
    api.force_authenticate(fact_checker())
    return api


def nothing_written() -> bool:
    return not Document.objects.exists() and not IngestJob.objects.exists()


def test_an_unreadable_file_is_refused(tmp_path, capsys, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Le ministre a déclaré que tout allait bien.")
    path.chmod(0o000)
    if os.geteuid() == 0:  # root reads anything; make the read fail the way a permission error does

        def refuse(self):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(CommandError):
        call_command("ingest", str(path))
    assert "cannot be read (Permission denied)" in capsys.readouterr().err
    assert nothing_written()


def test_a_missing_file_is_refused_with_its_name(tmp_path, capsys):
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path / "nope.txt"))
    assert "nope.txt: no such file" in capsys.readouterr().err
    assert nothing_written()


def test_an_empty_file_is_refused(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    with pytest.raises(CommandError):
        call_command("ingest", str(path))
    assert "is empty" in capsys.readouterr().err
    assert nothing_written()


def test_a_non_utf8_file_is_refused_with_the_offending_byte(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le président a déclaré : « Bonjour ».".encode("latin-1"))
    with pytest.raises(CommandError):
        call_command("ingest", str(path))
    err = capsys.readouterr().err
    assert "not valid UTF-8" in err and "iconv" in err
    assert nothing_written()


def test_one_bad_file_does_not_stop_the_good_ones(tmp_path, capsys, django_capture_on_commit_callbacks):
    good = tmp_path / "good.txt"
    good.write_text("Le maire a déclaré que la piscine rouvrira en juin.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    with django_capture_on_commit_callbacks(execute=False) as callbacks, pytest.raises(CommandError):
        call_command("ingest", str(good), str(bad))
    assert Document.objects.count() == 1
    assert len(callbacks) == 1  # the good file's pipeline is enqueued on commit


@pytest.mark.parametrize(
    "body",
    ['["a", "list"]', '"just a string"', "42", "null"],
)
def test_a_json_body_that_is_not_an_object_is_refused(client, body):
    response = client.post("/api/v1/documents/", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] in {"invalid_input", "malformed_request"}
    assert nothing_written()


def test_malformed_json_is_refused_with_a_stable_error_body(client):
    response = client.post("/api/v1/documents/", '{"content": "x', content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_request"
    assert nothing_written()


def test_both_content_and_url_or_neither_is_refused(client):
    assert client.post("/api/v1/documents/", {}, format="json").status_code == 400
    both = client.post("/api/v1/documents/", {"content": "a", "url": "https://example.org/a"}, format="json")
    assert both.status_code == 400
    assert nothing_written()


def test_a_non_http_url_is_refused(client):
    response = client.post("/api/v1/documents/", {"url": "file:///etc/passwd"}, format="json")
    assert response.status_code == 400
    assert nothing_written()


def test_a_huge_body_is_refused_before_parsing(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = client.post("/api/v1/documents/", {"content": "x" * 50_000}, format="json")
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert nothing_written()


def test_a_body_that_is_not_utf8_is_refused_with_the_json_error_body(client):
    response = client.post("/api/v1/documents/", b'{"content": "caf\xe9"}', content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_request"
    assert nothing_written()


def test_hostile_html_is_stored_as_data_and_never_executed(client, django_capture_on_commit_callbacks):
    hostile = "<html><body><script>alert(1)</script><p onclick='x()'>Le maire a déclaré que tout va bien.</p></body></html>"
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post("/api/v1/documents/", {"content": hostile}, format="json")
    assert response.status_code == 202
    assert response.json()["document"]["content_type"] == "html"


def test_hostile_html_leaves_no_script_or_handler_in_the_extracted_text():
    from claims.extraction import extract_html

    hostile = (
        "<html><body><script>alert('pwned')</script><style>p{}</style><article>"
        '<p onclick="steal()">Le maire a déclaré que la piscine rouvrira en juin, selon la mairie.</p>'
        '<iframe src="http://169.254.169.254/"></iframe></article></body></html>'
    )
    result = extract_html(hostile)
    assert "pwned" not in result.text and "steal" not in result.text and "169.254" not in result.text
    assert [c.text for c in result.claims] == ["la piscine rouvrira en juin"]


def test_an_unknown_id_is_a_404_with_the_error_body(client):
    for path in ["documents", "claims", "speakers", "jobs"]:
        response = client.get(f"/api/v1/{path}/{uuid.uuid4()}/")
        assert response.status_code == 404, path
        assert response.json()["error"]["code"] == "not_found"


def test_an_id_that_is_not_a_uuid_is_a_404_not_a_server_error(client):
    assert client.get("/api/v1/documents/not-a-uuid/").status_code == 404


def test_posting_a_document_answers_202_with_document_and_job_ids(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(
            "/api/v1/documents/",
            {"content": "La ministre a affirmé que le budget augmentera de 3 %."},
            format="json",
        )
    assert response.status_code == 202
    body = response.json()
    assert uuid.UUID(body["document"]["id"]) and uuid.UUID(body["job"]["id"])
    assert body["job"]["status"] == "queued"
    assert len(callbacks) == 1


def test_anonymous_users_cannot_submit_documents():
    response = APIClient().post("/api/v1/documents/", {"content": "x"}, format="json")
    assert response.status_code == 401
    assert nothing_written()


def test_a_published_after_offset_beyond_postgresqls_range_filters_in_utc(client):
    """GIVEN a document published at 10:00 UTC
    WHEN the list is filtered with an offset PostgreSQL would refuse (+20:00, i.e. the day before in UTC)
    THEN the filter still applies, as the same instant in UTC, instead of a 500."""
    published = datetime(2024, 5, 2, 10, 0, tzinfo=UTC)
    Document.objects.create(title="lake report", status="extracted", published_at=published)
    after = client.get("/api/v1/documents/", {"published_after": "2024-05-03T05:00:00+20:00"})  # 09:00 UTC
    later = client.get("/api/v1/documents/", {"published_after": "2024-05-03T07:00:00+20:00"})  # 11:00 UTC
    assert after.status_code == 200 and [d["title"] for d in after.json()["results"]] == ["lake report"]
    assert later.status_code == 200 and later.json()["results"] == []


@pytest.mark.parametrize("value", ["yesterday", "2024-13-45T00:00:00", "9999-12-31T23:59:59-23:00"])
def test_a_nonsense_published_after_is_a_400(client, value):
    response = client.get("/api/v1/documents/", {"published_after": value})
    assert response.status_code == 400


@pytest.mark.parametrize("path", ["documents", "jobs"])
def test_readers_and_api_consumers_do_not_see_the_newsroom_s_documents_and_jobs(path):
    consumer = APIClient()
    consumer.force_authenticate(get_user_model().objects.create_user("consumer", password="x" * 16))
    assert APIClient().get(f"/api/v1/{path}/").status_code == 401
    assert consumer.get(f"/api/v1/{path}/").status_code == 403


def test_an_api_consumer_cannot_submit_documents():
    consumer = APIClient()
    consumer.force_authenticate(get_user_model().objects.create_user("consumer", password="x" * 16))
    assert consumer.post("/api/v1/documents/", {"content": "x"}, format="json").status_code == 403
    assert nothing_written()
