"""A small world for the verification workflow: users in every role, factories, and a publishing helper."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import factory
import pytest
from django.contrib.auth.models import Group, User
from rest_framework.test import APIClient

from claims.models import Appearance, Claim, Speaker
from claims.roles import EDITORS, FACT_CHECKERS
from claims.scales import rating_resolve
from claims.tokens import api_token_create
from claims.verdict_models import Verdict
from claims.verdicts import verdict_approve, verdict_publish, verdict_save
from claims.workflow import claim_transition
from sources.models import Document, Evidence, Outlet


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker {n}")
    key = factory.LazyAttribute(lambda s: s.name.lower())
    type = Speaker.Type.PERSON


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet

    name = factory.Sequence(lambda n: f"Outlet {n}")
    domain = factory.Sequence(lambda n: f"outlet{n}.example")


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Article {n}")
    url = factory.Sequence(lambda n: f"https://outlet.example/article-{n}")
    outlet = factory.SubFactory(OutletFactory)
    text = "Some article text that quotes a claim."
    language = "en"
    status = Document.Status.EXTRACTED


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    text = factory.Sequence(lambda n: f"Unemployment fell by {n} percent last year.")
    kind = Claim.Kind.DIRECT
    language = "en"
    speaker = factory.SubFactory(SpeakerFactory)
    fingerprint = factory.LazyAttribute(lambda c: hashlib.sha256(c.text.encode()).hexdigest())


class AppearanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Appearance

    claim = factory.SubFactory(ClaimFactory)
    document = factory.SubFactory(DocumentFactory)
    start = factory.Sequence(lambda n: n * 10)
    end = factory.LazyAttribute(lambda a: a.start + 5)
    quote = factory.LazyAttribute(lambda a: a.claim.text)


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    document = factory.SubFactory(DocumentFactory)
    passage_start = factory.Sequence(lambda n: n)
    passage_end = factory.LazyAttribute(lambda e: e.passage_start + 10)
    passage = "The statistics office reports otherwise."
    decision = Evidence.Decision.ACCEPTED


@dataclass
class World:
    """Alice reads anonymously; Carol consumes with a token; Fiona checks facts; Ed and Eve edit; Ada admins."""

    consumer: User
    consumer_key: str
    fact_checker: User
    editor: User
    editor2: User
    admin: User

    def user(self, role: str) -> User | None:
        return None if role == "anonymous" else getattr(self, role)

    def client(self, role: str) -> APIClient:
        client = APIClient()
        if role == "consumer":
            client.credentials(HTTP_AUTHORIZATION=f"Token {self.consumer_key}")
        elif role != "anonymous":
            client.force_login(getattr(self, role))
        return client


ROLES = ["anonymous", "consumer", "fact_checker", "editor", "editor2", "admin"]


def _ensure_default_scale() -> None:
    """Transactional tests flush the data migration's rows; put the default scale back when it is gone."""
    from importlib import import_module

    from claims.scales import rating_scale_create
    from claims.verdict_models import RatingScale

    if not RatingScale.objects.filter(is_default=True).exists():
        rows = import_module("claims.migrations.0004_roles_scale_append_only").DEFAULT_SCALE
        ratings = [{"slug": s, "label": lb, "definition": d, "value": v} for s, lb, d, v in rows]
        rating_scale_create(slug="default", name="Default", best_rating=5, worst_rating=1, ratings=ratings,
                            is_default=True)  # fmt: skip


@pytest.fixture
def world(db) -> World:
    _ensure_default_scale()
    checkers, _ = Group.objects.get_or_create(name=FACT_CHECKERS)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    consumer = UserFactory(username="carol")
    fact_checker = UserFactory(username="fiona")
    fact_checker.groups.add(checkers)
    editor = UserFactory(username="ed")
    editor.groups.add(editors)
    editor2 = UserFactory(username="eve")
    editor2.groups.add(editors)
    admin = UserFactory(username="ada", is_staff=True, is_superuser=True)
    key = api_token_create(user=consumer, name="cms").key
    return World(consumer, key, fact_checker, editor, editor2, admin)


def claim_in_review(
    world: World, *, claim: Claim | None = None, rating: str = "false", **kwargs: Any
) -> Verdict:
    """A claim taken by the fact-checker through triage and research to review, with an accepted source."""
    claim = claim or ClaimFactory(**kwargs)
    AppearanceFactory(claim=claim)
    evidence = EvidenceFactory(claim=claim)
    claim_transition(claim=claim, to=Claim.Status.TRIAGED, actor=world.fact_checker)
    claim_transition(claim=claim, to=Claim.Status.IN_RESEARCH, actor=world.fact_checker)
    verdict = verdict_save(
        claim=claim, actor=world.fact_checker, rating=rating_resolve(rating_slug=rating),
        summary="The figure is wrong.", rationale="The statistics office says otherwise.", evidence=[evidence],
    )  # fmt: skip
    claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=world.fact_checker)
    verdict.refresh_from_db()
    return verdict


def published_verdict(world: World, **kwargs: Any) -> Verdict:
    verdict = claim_in_review(world, **kwargs)
    verdict = verdict_approve(verdict=verdict, actor=world.editor)
    return verdict_publish(verdict=verdict, actor=world.editor2)
