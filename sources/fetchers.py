"""The guarded fetcher: every outbound HTTP request of the app goes through `fetch_url`/`fetch_bytes`.

Guards against server-side request forgery: only http(s); every hop's host is resolved once with
getaddrinfo, every resolved address must be public (IPv4, IPv6 and IPv4-mapped IPv6), and the
connection goes to the checked address itself, so a DNS answer that changes between the check and
the connect (rebinding) cannot reach a private network. Redirects are followed by hand, re-checking
each hop. Bodies are streamed and cut at a size cap; the content type must be one we can read.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from django.conf import settings
from django.utils import timezone

from factcheck.errors import ApplicationError, InvalidInput

HTML_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
FEED_TYPES = {
    "application/rss+xml": "xml",
    "application/atom+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/rdf+xml": "xml",
}
JSON_TYPES = {"application/json": "json", "application/ld+json": "json"}
REDIRECT_CODES = {301, 302, 303, 307, 308}
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}


class FetchRefused(InvalidInput):
    """The URL may not be fetched (scheme, forbidden address, type, size); retrying will not help."""

    code = "fetch_refused"


class FetchFailed(ApplicationError):
    """The server answered with an error that will not go away by itself (404, 410, ...)."""

    code = "fetch_failed"
    status_code = 502


class FetchTransientError(FetchFailed):
    """A timeout, a dropped connection or a 5xx/429: worth retrying later with backoff."""

    code = "fetch_unavailable"
    status_code = 503


@dataclass(frozen=True)
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status_code: int
    content_type: str  # 'html' | 'text' | 'xml' | 'json'
    media_type: str  # as the server sent it, e.g. 'text/html'
    content: bytes
    text: str
    sha256: str  # of the raw bytes
    fetched_at: datetime


def is_public_address(address: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved, unspecified (and their IPv4-mapped forms)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded_v4 = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded_v4 is not None:
            return is_public_address(str(embedded_v4))
    # is_global excludes private, loopback, link-local, reserved, unspecified and shared (100.64/10)
    # ranges; multicast needs its own test.
    return ip.is_global and not ip.is_multicast and not ip.is_loopback and not ip.is_link_local


def _allowed(host: str, port: int) -> bool:
    allowed = {entry.lower() for entry in settings.FACTCHECK_FETCH_ALLOWED_HOSTS}
    return f"{host}:{port}".lower() in allowed or host.lower() in allowed


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        # A name that does not resolve now may resolve later; most often it never will.
        raise FetchFailed(f"{host}: the name does not resolve ({exc}).") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class _Hop:
    url: str  # what we connect to: the checked IP in place of the host name
    host_header: str
    sni_hostname: str | None


def _checked_hop(url: str) -> _Hop:
    """Validate one URL and pin its connection to a checked address; FetchRefused when forbidden."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchRefused(f"{url!r}: only http and https URLs are fetched.")
    if parts.username or parts.password:
        raise FetchRefused(f"{url!r}: URLs with credentials are not fetched.")
    host = parts.hostname
    if not host:
        raise FetchRefused(f"{url!r} has no host.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchRefused(f"{url!r} has an invalid port.") from None
    addresses = [host] if _is_ip_literal(host) else _resolve(host, port)
    if not _allowed(host, port):
        forbidden = [a for a in addresses if not is_public_address(a)]
        if forbidden or not addresses:
            raise FetchRefused(
                f"{url!r} resolves to a non-public address ({', '.join(forbidden) or 'none'}); it is not fetched.",
                details={"url": url, "addresses": forbidden},
            )
    address = addresses[0]
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    host_header = parts.netloc.rsplit("@", 1)[-1]
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    sni = host if parts.scheme == "https" and not _is_ip_literal(host) else None
    return _Hop(url=pinned, host_header=host_header, sni_hostname=sni)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _decode(content: bytes, charset: str | None) -> str:
    for encoding in [charset, "utf-8"]:
        if not encoding:
            continue
        try:
            return content.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return content.decode("cp1252", errors="replace")


def fetch_bytes(url: str, *, accept: dict[str, str] | None = None) -> Fetched:
    """GET a URL through the guards; FetchRefused, FetchFailed or FetchTransientError when it cannot."""
    accept = accept or HTML_TYPES
    timeout = httpx.Timeout(
        connect=settings.FACTCHECK_FETCH_CONNECT_TIMEOUT,
        read=settings.FACTCHECK_FETCH_READ_TIMEOUT,
        write=settings.FACTCHECK_FETCH_READ_TIMEOUT,
        pool=settings.FACTCHECK_FETCH_CONNECT_TIMEOUT,
    )
    headers = {"User-Agent": settings.FACTCHECK_FETCH_USER_AGENT, "Accept": ", ".join(accept)}
    current = url.strip()
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(settings.FACTCHECK_FETCH_MAX_REDIRECTS + 1):
            hop = _checked_hop(current)
            request = client.build_request(
                "GET",
                hop.url,
                headers={**headers, "Host": hop.host_header},
                extensions={"sni_hostname": hop.sni_hostname} if hop.sni_hostname else {},
            )
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException as exc:
                raise FetchTransientError(f"{current}: timed out ({type(exc).__name__}).") from None
            except httpx.TransportError as exc:
                raise FetchTransientError(f"{current}: connection failed ({exc}).") from None
            try:
                if response.status_code in REDIRECT_CODES:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchFailed(f"{current}: redirect without a Location header.")
                    current = urljoin(current, location)
                    continue
                return _read(response, url=url, final_url=current, accept=accept)
            finally:
                response.close()
    raise FetchRefused(f"{url}: more than {settings.FACTCHECK_FETCH_MAX_REDIRECTS} redirects.")


def _read(response: httpx.Response, *, url: str, final_url: str, accept: dict[str, str]) -> Fetched:
    status = response.status_code
    if status in TRANSIENT_STATUS:
        raise FetchTransientError(f"{final_url}: the server answered {status}.", details={"status": status})
    if status >= 400:
        raise FetchFailed(f"{final_url}: the server answered {status}.", details={"status": status})
    media_type, _, params = response.headers.get("content-type", "").partition(";")
    media_type = media_type.strip().lower()
    if media_type not in accept:
        raise FetchRefused(
            f"{final_url}: content type {media_type or 'unknown'!r} is not one of {', '.join(sorted(accept))}."
        )
    declared = response.headers.get("content-length", "")
    cap = settings.FACTCHECK_FETCH_MAX_BYTES
    if declared.isdigit() and int(declared) > cap:
        raise FetchRefused(f"{final_url}: {declared} bytes is over the {cap}-byte limit.")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchRefused(f"{final_url}: the body is over the {cap}-byte limit; it was cut off.")
            chunks.append(chunk)
    except httpx.TimeoutException:
        raise FetchTransientError(f"{final_url}: timed out while reading.") from None
    except httpx.TransportError as exc:
        raise FetchTransientError(f"{final_url}: the connection broke while reading ({exc}).") from None
    content = b"".join(chunks)
    charset = next(
        (
            p.split("=", 1)[1].strip().strip('"')
            for p in params.split(";")
            if p.strip().lower().startswith("charset=")
        ),
        None,
    )
    return Fetched(
        url=url,
        final_url=final_url,
        status_code=status,
        content_type=accept[media_type],
        media_type=media_type,
        content=content,
        text=_decode(content, charset),
        sha256=hashlib.sha256(content).hexdigest(),
        fetched_at=timezone.now(),
    )


def fetch_url(url: str) -> Fetched:
    """A page (HTML, XHTML or plain text) through the guards; `.text`, `.content_type` is 'html' or 'text'."""
    return fetch_bytes(url, accept=HTML_TYPES)
