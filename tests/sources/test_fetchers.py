"""The guarded fetcher: what it fetches, and every address it refuses (before and after redirects and DNS)."""

from __future__ import annotations

import socket

import pytest

from sources import fetchers
from sources.fetchers import FetchFailed, FetchRefused, FetchTransientError, fetch_url

ARTICLE = "<html><head><title>Dam</title></head><body><p>The lake covers 2,000 km².</p></body></html>"


def test_it_fetches_an_allowed_page_with_its_type_text_and_time(page_server):
    url = page_server.page("/a", ARTICLE)
    fetched = fetch_url(url)
    assert fetched.content_type == "html"
    assert "2,000 km²" in fetched.text
    assert fetched.fetched_at is not None and len(fetched.sha256) == 64


def test_it_reads_plain_text_as_text(page_server):
    fetched = fetch_url(page_server.page("/t", "just words", content_type="text/plain"))
    assert (fetched.content_type, fetched.text) == ("text", "just words")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://10.0.0.8/",
        "http://0.0.0.0/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "http://localhost/",
    ],
)
def test_it_refuses_private_loopback_link_local_and_multicast_addresses(url, settings):
    settings.FACTCHECK_FETCH_ALLOWED_HOSTS = []
    with pytest.raises(FetchRefused):
        fetch_url(url)


def test_it_refuses_a_public_looking_name_that_resolves_to_a_private_address(monkeypatch):
    """GIVEN news.example resolving to 192.168.1.10 WHEN fetched THEN refused before any connection."""

    def fake_getaddrinfo(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.1.10", port))]

    monkeypatch.setattr(fetchers.socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(FetchRefused, match="192.168.1.10"):
        fetch_url("http://news.example/story")


def test_it_refuses_a_name_when_any_of_its_addresses_is_private(monkeypatch):
    def fake_getaddrinfo(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::ffff:10.1.1.1", port, 0, 0)),
        ]

    monkeypatch.setattr(fetchers.socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(FetchRefused):
        fetch_url("http://mixed.example/")


def test_it_connects_to_the_address_it_checked_not_to_a_second_dns_answer(monkeypatch):
    """A rebinding resolver answers public first and private second: only one resolution happens per hop."""
    answers = iter(["93.184.216.34", "127.0.0.1"])
    calls = []

    def fake_getaddrinfo(host, port, *args, **kwargs):
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(fetchers.socket, "getaddrinfo", fake_getaddrinfo)
    hop = fetchers._checked_hop("http://rebind.example/x")
    assert hop.url == "http://93.184.216.34/x" and hop.host_header == "rebind.example"
    assert calls == ["rebind.example"]


@pytest.mark.parametrize(
    "target", ["http://127.0.0.1/", "http://169.254.169.254/", "http://[::1]/", "http://localhost:9/"]
)
def test_it_refuses_a_redirect_from_an_allowed_server_to_a_forbidden_address(page_server, target):
    url = page_server.redirect("/hop", target)
    with pytest.raises(FetchRefused):
        fetch_url(url)


def test_it_follows_a_bounded_number_of_redirects(page_server, settings):
    settings.FACTCHECK_FETCH_MAX_REDIRECTS = 2
    page_server.page("/end", ARTICLE)
    page_server.redirect("/r2", "/end")
    page_server.redirect("/r1", "/r2")
    assert "2,000" in fetch_url(page_server.url("/r1")).text
    page_server.redirect("/r0", "/r1")
    with pytest.raises(FetchRefused, match="redirects"):
        fetch_url(page_server.url("/r0"))


def test_it_refuses_other_schemes_and_content_types(page_server):
    with pytest.raises(FetchRefused):
        fetch_url("file:///etc/passwd")
    with pytest.raises(FetchRefused, match="content type"):
        fetch_url(page_server.page("/img", "GIF89a", content_type="image/gif"))


def test_it_stops_reading_a_body_over_the_size_cap(page_server, settings):
    settings.FACTCHECK_FETCH_MAX_BYTES = 2048
    with pytest.raises(FetchRefused, match="limit"):
        fetch_url(page_server.page("/big", "x" * 10_000, content_type="text/plain"))


def test_server_errors_are_transient_and_missing_pages_are_not(page_server):
    with pytest.raises(FetchTransientError):
        fetch_url(page_server.page("/busy", "later", content_type="text/plain", status=503))
    with pytest.raises(FetchFailed) as missing:
        fetch_url(page_server.url("/missing"))
    assert not isinstance(missing.value, FetchTransientError)
