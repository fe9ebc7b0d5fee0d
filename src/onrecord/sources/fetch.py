"""Polite HTTP fetching with the standard library.

``Fetcher.get(url)`` sends a real User-Agent (``onrecord/<version> (+<project URL>)``), honours
robots.txt (fetched once per host and cached; RFC 9309: a 4xx robots.txt allows everything, a 5xx
disallows everything), waits between requests to one host (``min_interval`` or the robots.txt
``Crawl-delay``, whichever is longer), follows redirects itself (at most ``max_redirects`` hops, each
hop's URL checked against its own host's robots.txt and waiting its host's turn, so a redirect to
another host is as polite as a link to it; robots.txt files are themselves followed through
redirects, as RFC 9309 asks), stops reading at a size cap, and retries
5xx answers, timeouts and dropped connections with exponential backoff (``backoff * 2**attempt``
seconds). A 4xx answer, a refused connection or an unknown host is not retried; a host that could
not be reached is remembered, so a feed of fifty links to a dead host fails fast after the first.
Every failure is a ``FetchError`` whose ``reason`` is one line fit for the user.

An HTML page that is only a ``<meta http-equiv="refresh">`` redirect (a delay of at most
``META_REFRESH_MAX_DELAY`` seconds, a target URL, and a small page) counts as one more redirect hop,
with the same checks; a long-delay refresh on a full article page (an auto-reload) is not followed.

Limits: there is no cookie jar, no JavaScript and no proxy configuration beyond urllib's
environment variables.
"""

from __future__ import annotations

import email.utils
import html
import http.client
import io
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass

from onrecord import __version__
from onrecord.errors import InputError
from onrecord.sources.common import DEFAULT_MAX_BYTES, gunzip_capped, size_reason, utc_now

PROJECT_URL = "https://github.com/onrecord/onrecord"
USER_AGENT = f"onrecord/{__version__} (+{PROJECT_URL})"
ROBOTS_AGENT = "onrecord"  # the token matched against robots.txt User-agent lines
DEFAULT_TIMEOUT = 20.0  # seconds, per connection attempt and per read
DEFAULT_RETRIES = 3  # extra attempts after the first, for 5xx / timeouts / dropped connections
DEFAULT_BACKOFF = 1.0  # seconds before the first retry; doubles each time
DEFAULT_MIN_INTERVAL = 1.0  # seconds between two requests to one host
MAX_RETRY_AFTER = 60.0  # never wait longer than this for a Retry-After header
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5"
SCHEMES = ("http", "https")
DEFAULT_MAX_REDIRECTS = 5  # hops followed before giving up (RFC 9309 asks for at least five)
REDIRECT_CODES: frozenset[int] = frozenset({301, 302, 303, 307, 308})
READ_CHUNK = 1 << 16
META_REFRESH_MAX_DELAY = 5.0  # seconds; longer refreshes are page reloads, not redirects
META_REFRESH_MAX_PAGE = 16_384  # bytes; a redirect stub is small, an article page is not
_META_REFRESH = re.compile(
    rb"""<meta\s[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>""", re.IGNORECASE)
_META_CONTENT = re.compile(rb"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_REFRESH_VALUE = re.compile(r"""^\s*(\d+(?:\.\d+)?)\s*[;,]?\s*(?:url\s*=\s*)?["']?([^"']*)["']?\s*$""",
                            re.IGNORECASE)


class FetchError(Exception):
    """A URL could not be fetched. ``network`` is True when the host itself could not be reached."""

    def __init__(self, reason: str, *, network: bool = False, retry: bool = False,
                 status: int | None = None, retry_after: float | None = None,
                 location: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.network = network  # the host could not be reached at all
        self.retry = retry  # worth another attempt (5xx, timeout, dropped connection)
        self.status = status  # the HTTP status, when there was an answer
        self.retry_after = retry_after  # seconds the server asked us to wait
        self.location = location  # the absolute redirect target, for a 3xx answer with a Location


@dataclass
class Response:
    """A fetched page: ``url`` is the final URL after redirects."""

    url: str
    status: int
    content_type: str | None
    data: bytes
    fetched_at: str


class Fetcher:
    """Fetches URLs politely; one instance per run so robots.txt and host state are shared."""

    def __init__(
        self,
        *,
        user_agent: str = USER_AGENT,
        timeout: float = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        min_interval: float = DEFAULT_MIN_INTERVAL,
        max_bytes: int = DEFAULT_MAX_BYTES,
        respect_robots: bool = True,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.user_agent = user_agent
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.min_interval = min_interval
        self.max_bytes = max_bytes
        self.respect_robots = respect_robots
        self.max_redirects = max_redirects
        self.sleep = sleep
        self._robots: dict[str, urllib.robotparser.RobotFileParser | bool] = {}
        self._last_request: dict[str, float] = {}
        self._unreachable: dict[str, str] = {}
        self._lock = threading.Lock()
        self._opener = urllib.request.build_opener(_NoRedirect())

    def get(self, url: str, max_bytes: int | None = None) -> Response:
        """Fetch ``url`` (robots.txt permitting, for it and for every redirect hop); raises
        ``FetchError`` with a one-line reason. ``Response.url`` is the URL finally fetched."""
        cap = self.max_bytes if max_bytes is None else max_bytes
        return self._follow(url, cap, check_robots=self.respect_robots)

    def _follow(self, url: str, cap: int, *, check_robots: bool) -> Response:
        """Fetch ``url`` following redirects by hand: every hop goes through the host checks."""
        current = url
        for hop in range(self.max_redirects + 1):
            try:
                response = self._get_one(current, cap, check_robots=check_robots)
            except FetchError as e:
                if e.location is None:
                    if hop:  # name the hop that failed: the input alone would mislead
                        e.reason = f"redirected to {current}: {e.reason}"
                    raise
                current = e.location
            else:
                target = meta_refresh_target(response)
                if target is None or target == response.url:
                    return response
                current = target
            if problem := check_url(current):
                raise FetchError(f"redirected to {current}: {problem}")
        raise FetchError(f"too many redirects (more than {self.max_redirects}; the last to {current})")

    def _get_one(self, url: str, cap: int, *, check_robots: bool) -> Response:
        """One request (with retries) after the unreachable-host and robots.txt checks."""
        host = _host_key(url)
        if host in self._unreachable:
            raise FetchError(f"host unreachable ({self._unreachable[host]})", network=True)
        try:
            if check_robots and not self._allowed(url, host):
                raise FetchError(f"robots.txt of {host} disallows fetching this URL for {ROBOTS_AGENT}")
            return self._with_retries(url, host, cap)
        except FetchError as e:
            if e.network:
                self._unreachable[host] = e.reason
            raise

    # -- robots.txt -------------------------------------------------------------------------

    def _allowed(self, url: str, host: str) -> bool:
        rules = self._robots.get(host)
        if rules is None:
            rules = self._load_robots(host)
            self._robots[host] = rules
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, host: str) -> urllib.robotparser.RobotFileParser | bool:
        try:
            resp = self._follow(f"{host}/robots.txt", 512 * 1024, check_robots=False)
        except FetchError as e:
            if e.network:
                raise
            # RFC 9309 2.3.1: a server error means "disallow all"; a 4xx (or an oversized or
            # timed-out robots.txt) leaves no usable rules, so everything is allowed.
            return not (e.status is not None and e.status >= 500)
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(resp.data.decode("utf-8", errors="replace").splitlines())
        return parser

    def _crawl_delay(self, host: str) -> float:
        rules = self._robots.get(host)
        delay = None
        if isinstance(rules, urllib.robotparser.RobotFileParser):
            delay = rules.crawl_delay(ROBOTS_AGENT)
        return max(self.min_interval, float(delay or 0))

    # -- requests ---------------------------------------------------------------------------

    def _with_retries(self, url: str, host: str, cap: int) -> Response:
        attempt = 0
        while True:
            self._wait_turn(host)
            try:
                return self._request(url, cap)
            except FetchError as e:
                if not e.retry or attempt >= self.retries:
                    if e.retry and attempt:
                        e.reason = f"{e.reason} (gave up after {attempt + 1} attempts)"
                    raise
                self.sleep(e.retry_after or self.backoff * 2**attempt)
                attempt += 1

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            last = self._last_request.get(host)
            now = time.monotonic()
            if last is not None:
                wait = last + self._crawl_delay(host) - now
                if wait > 0:
                    self.sleep(wait)
            self._last_request[host] = time.monotonic()

    def _request(self, url: str, cap: int) -> Response:
        request = urllib.request.Request(url, headers={
            "User-Agent": self.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip"})
        try:
            with self._opener.open(request, timeout=self.timeout) as resp:
                return self._read(resp, cap)
        except urllib.error.HTTPError as e:
            location = e.headers.get("Location") if e.headers and e.code in REDIRECT_CODES else None
            if location:
                e.close()
                raise FetchError(f"HTTP {e.code} redirect", status=e.code,
                                 location=urllib.parse.urljoin(url, location.strip())) from None
            retry_after = _retry_after(e.headers.get("Retry-After") if e.headers else None)
            raise FetchError(f"HTTP {e.code} {e.reason}".strip(), retry=e.code >= 500, status=e.code,
                             retry_after=retry_after) from None
        except urllib.error.URLError as e:
            raise _network_error(e.reason, url) from None
        except (http.client.HTTPException, OSError) as e:
            raise _network_error(e, url) from None

    def _read(self, resp: http.client.HTTPResponse, cap: int) -> Response:
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > cap:
            raise FetchError(size_reason(int(length), cap))
        parts: list[bytes] = []
        total = 0
        while chunk := resp.read(READ_CHUNK):
            total += len(chunk)
            if total > cap:
                raise FetchError(size_reason(None, cap))  # not downloading the rest to measure it
            parts.append(chunk)
        data = b"".join(parts)
        if (resp.headers.get("Content-Encoding") or "").lower() in ("gzip", "x-gzip"):
            try:
                data = gunzip_capped(io.BufferedReader(io.BytesIO(data)), resp.url, cap)
            except InputError as e:
                raise FetchError(e.reason) from None
        return Response(url=resp.url, status=resp.status, content_type=resp.headers.get("Content-Type"),
                        data=data, fetched_at=utc_now())


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hands 3xx answers back as errors so ``Fetcher`` follows them itself, hop by hop."""

    def redirect_request(self, req: urllib.request.Request, fp: object, code: int, msg: str,
                         headers: object, newurl: str) -> None:
        return None


def meta_refresh_target(response: Response) -> str | None:
    """The absolute URL a small HTML page redirects to with ``<meta http-equiv="refresh">``, if any.

    Only a prompt refresh (at most ``META_REFRESH_MAX_DELAY`` seconds) on a page of at most
    ``META_REFRESH_MAX_PAGE`` bytes counts: news pages that reload themselves every few minutes
    carry the same tag and must be kept as they are."""
    if len(response.data) > META_REFRESH_MAX_PAGE:
        return None
    if "html" not in (response.content_type or "text/html").lower():
        return None
    tag = _META_REFRESH.search(response.data)
    content = _META_CONTENT.search(tag.group(0)) if tag else None
    if content is None:
        return None
    raw = (content.group(1) or content.group(2) or b"").decode("latin-1")
    value = _REFRESH_VALUE.match(html.unescape(raw))
    if value is None or not value.group(2).strip() or float(value.group(1)) > META_REFRESH_MAX_DELAY:
        return None
    return urllib.parse.urljoin(response.url, value.group(2).strip())


def _host_key(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def check_url(url: str) -> str | None:
    """Why ``url`` cannot be fetched (bad scheme, no host), or None when it looks fetchable."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        return f"unsupported URL scheme {parts.scheme!r} (only http and https are fetched)"
    if not parts.hostname:
        return "URL has no host name"
    return None


def _network_error(cause: object, url: str) -> FetchError:
    """A FetchError for a network-level failure: retried for timeouts and dropped connections."""
    parts = urllib.parse.urlsplit(url)
    where = parts.netloc or url
    if isinstance(cause, TimeoutError):
        return FetchError(f"timed out talking to {where}", retry=True)
    if isinstance(cause, socket.gaierror):
        return FetchError(f"cannot resolve host {parts.hostname!r} ({cause.strerror or cause})", network=True)
    if isinstance(cause, ConnectionRefusedError):
        return FetchError(f"cannot connect to {where}: connection refused", network=True)
    if isinstance(cause, ConnectionError | http.client.HTTPException):
        return FetchError(f"connection to {where} dropped ({type(cause).__name__})", retry=True)
    if isinstance(cause, OSError):
        return FetchError(f"cannot reach {where}: {cause.strerror or cause}", network=True)
    return FetchError(f"cannot fetch from {where}: {cause}", network=True)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date), capped; None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when.timestamp() - time.time(), MAX_RETRY_AFTER))


