"""Corroboration runs: evidence with passage, stance and reasons, snapshots, tiers, independence, idempotency."""

from __future__ import annotations

import pytest
from django.utils import timezone

from claims.models import Speaker
from sources.corroboration import corroboration_run, jobs_reclaim_stuck, jobs_requeue, url_submit
from sources.models import CorroborationJob, Document, Evidence, JobStatus, Outlet
from sources.services import document_index, sha256_text
from sources.stance import suggest_stance
from tests.sources.conftest import make_claim

pytestmark = pytest.mark.django_db
CLAIM = "Minister Jane Doe said the lake covers 2,000 km² in 2023."


def make_document(text: str, *, url: str = "", outlet: Outlet | None = None) -> Document:
    document = Document.objects.create(
        url=url, text=text, language="en", status=Document.Status.EXTRACTED, sha256=sha256_text(text),
        outlet=outlet, fetched_at=timezone.now(),
    )  # fmt: skip
    document_index(document=document)
    return document


def local_job(claim) -> CorroborationJob:
    return CorroborationJob.objects.create(claim=claim, provider="local_corpus")


def test_stance_names_the_same_figure_as_support():
    suggestion = suggest_stance(CLAIM, "Official survey: the lake covers 2 000 km² (2023), said Jane Doe.")
    assert suggestion.stance == "supports"
    assert any(r["kind"] == "same_figure" for r in suggestion.reasons)
    assert any(r["kind"] == "matching_names" and "Jane Doe" in r["names"] for r in suggestion.reasons)


def test_stance_names_a_conflicting_figure_with_its_dates_as_refutation():
    suggestion = suggest_stance(CLAIM, "Satellite data show the lake covers 3,000 km² in 2021.")
    assert suggestion.stance == "refutes"
    conflict = next(r for r in suggestion.reasons if r["kind"] == "conflicting_figure")
    assert conflict["claim"].startswith("2,000") and conflict["source"].startswith("3,000")
    assert conflict["claim_dates"] == ["2023"] and conflict["source_dates"] == ["2021"]


def test_stance_sees_a_negation():
    suggestion = suggest_stance(CLAIM, "It is false that the lake covers 2,000 km² in 2023.")
    assert suggestion.stance == "refutes" and any(r["kind"] == "negation" for r in suggestion.reasons)


def test_a_run_stores_passages_with_offsets_snapshot_and_suggestion():
    claim = make_claim(CLAIM)
    text = "Intro sentence about water. Satellite data show the lake covers 3,000 km² in 2021. Other news."
    document = make_document(text, url="https://news.example/lake")
    outcome = corroboration_run(job_id=local_job(claim).id)
    evidence = Evidence.objects.get(claim=claim)
    assert outcome.created == 1
    assert text[evidence.passage_start : evidence.passage_end] == evidence.passage
    assert "3,000" in evidence.passage and evidence.suggested_stance == "refutes"
    assert evidence.snapshot.sha256 == document.sha256 and evidence.snapshot.text == text
    assert evidence.decision == "pending" and evidence.tier == "secondary"
    assert CorroborationJob.objects.get(claim=claim).status == JobStatus.DONE


def test_a_second_delivery_of_a_done_job_changes_nothing():
    claim = make_claim(CLAIM)
    make_document("The lake covers 2,000 km² says the survey of 2023.")
    job = local_job(claim)
    corroboration_run(job_id=job.id)
    before = list(Evidence.objects.values_list("id", "passage_start"))
    assert corroboration_run(job_id=job.id).skipped
    assert list(Evidence.objects.values_list("id", "passage_start")) == before
    assert CorroborationJob.objects.get(pk=job.pk).attempts == 1


def test_a_gone_job_is_a_quiet_no_op():
    assert corroboration_run(job_id=987654).skipped


def test_syndicated_copies_count_once():
    claim = make_claim(CLAIM)
    wire = " ".join(
        f"Paragraph {i} of the wire story on the lake and its water levels this year." for i in range(40)
    )
    make_document("The lake covers 2,000 km² (2023). " + wire, url="https://a.example/1")
    make_document(
        "Reprinted from the wire. The lake covers 2,000 km² (2023). " + wire, url="https://b.example/2"
    )
    make_document(
        "A different report: the lake covers 2,000 km², officials said in 2023.", url="https://c.example/3"
    )
    corroboration_run(job_id=local_job(claim).id)
    keys = list(Evidence.objects.filter(claim=claim).values_list("cluster_key", flat=True))
    assert len(keys) == 3 and len(set(keys)) == 2


def test_the_speakers_own_channel_is_a_primary_source():
    speaker = Speaker.objects.create(name="Jane Doe", key="jane doe")
    claim = make_claim(CLAIM, speaker=speaker)
    own = Outlet.objects.create(name="Doe's site", domain="janedoe.example", speaker=speaker)
    make_document("Jane Doe: the lake covers 2,000 km² in 2023.", outlet=own)
    corroboration_run(job_id=local_job(claim).id)
    assert Evidence.objects.get(claim=claim).tier == "primary"


def test_a_submitted_url_is_fetched_extracted_and_attached(page_server):
    claim = make_claim(CLAIM)
    html = "<html><body><article><p>The ministry reports the lake covers 2,000 km² in 2023.</p></article></body></html>"
    url = page_server.page("/report", html)
    job, created = url_submit(claim=claim, url=url)
    assert created and url_submit(claim=claim, url=url)[1] is False
    corroboration_run(job_id=job.id)
    evidence = Evidence.objects.get(claim=claim)
    assert evidence.provider == "url_fetch" and "2,000" in evidence.passage
    assert evidence.snapshot.url == url and evidence.document.url == url


def test_stuck_running_jobs_are_reclaimed_and_failed_ones_requeued(
    settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_STUCK_AFTER_SECONDS = 60
    claim = make_claim(CLAIM)
    stuck = CorroborationJob.objects.create(
        claim=claim, provider="local_corpus", status=JobStatus.RUNNING,
        started_at=timezone.now() - timezone.timedelta(minutes=5),
    )  # fmt: skip
    failed = CorroborationJob.objects.create(
        claim=claim, provider="external_reviews", status=JobStatus.FAILED
    )
    with django_capture_on_commit_callbacks() as callbacks:
        assert jobs_reclaim_stuck() == 1
    assert len(callbacks) == 1
    stuck.refresh_from_db()
    assert stuck.status == JobStatus.QUEUED
    with django_capture_on_commit_callbacks():
        assert [j.pk for j in jobs_requeue(failed=True)] == [failed.pk]


def test_an_edited_document_is_searched_in_its_new_words():
    """GIVEN a document already scored for one claim (its sentences are cached by the worker)
    WHEN its text changes and another claim is corroborated
    THEN the passage comes from the new text, not from the cached sentences."""
    document = make_document("The lake covers 3,000 km² in 2021. Other news.", url="https://news.example/a")
    corroboration_run(job_id=local_job(make_claim(CLAIM)).id)
    text = "Correction: the lake covers 2,000 km² in 2023, Jane Doe said. Other news."
    Document.objects.filter(pk=document.pk).update(text=text, sha256=sha256_text(text))
    document_index(document=Document.objects.get(pk=document.pk))
    claim = make_claim(CLAIM)
    corroboration_run(job_id=local_job(claim).id)
    evidence = Evidence.objects.get(claim=claim)
    assert evidence.passage == text[evidence.passage_start : evidence.passage_end]
    assert "2,000" in evidence.passage and evidence.suggested_stance == "supports"


def test_a_run_costs_the_same_few_queries_however_many_sources_match(django_assert_max_num_queries):
    claim = make_claim(CLAIM)
    for i in range(5):
        make_document(f"Report {i}: the lake covers 2,000 km² in 2023.", url=f"https://n{i}.example/lake")
    with django_assert_max_num_queries(16):
        assert corroboration_run(job_id=local_job(claim).id).created == 5
