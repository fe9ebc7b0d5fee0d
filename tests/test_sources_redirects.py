"""Redirects go through the same politeness path as the URL asked for: robots.txt and the per-host
delay of every hop's host. Local http.server instances on 127.0.0.1 only (never the internet)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from onrecord.errors import InputError
from onrecord.models import RawInput
from onrecord.sources import Fetcher, iter_inputs
from test_sources_fetch import ARTICLE, ROBOTS, Server, html


def _start(robots: bytes | None) -> Server:
    server = Server()
    if robots is not None:
        server.routes["/robots.txt"] = lambda _s: (200, {"Content-Type": "text/plain"}, robots)
    server.routes["/article"] = html()
    server.routes["/private/memo"] = html()
    server.thread.start()
    return server


@pytest.fixture
def site() -> Iterator[Server]:
    server = _start(ROBOTS)
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def other() -> Iterator[Server]:
    """A second host (another port is another robots.txt and another delay queue)."""
    server = _start(b"User-agent: *\nDisallow: /private/\nCrawl-delay: 30\n")
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def fetcher(sleeps: list[float]) -> Fetcher:
    return Fetcher(timeout=2.0, retries=1, backoff=0.01, min_interval=0.0, sleep=sleeps.append)


def moved(target: str, code: int = 301):
    return lambda _s: (code, {"Location": target}, b"")


def fetch(url: str, fetcher: Fetcher) -> RawInput | InputError:
    (out,) = list(iter_inputs([url], fetcher=fetcher))
    return out


def test_redirect_to_a_disallowed_path_on_the_same_host_is_refused(site, fetcher):
    site.routes["/short"] = moved("/private/memo", 302)  # a relative Location
    err = fetch(site.url("/short"), fetcher)
    assert isinstance(err, InputError)
    assert err.line() == (f"{site.url('/short')}: redirected to {site.url('/private/memo')}: "
                          f"robots.txt of {site.base} disallows fetching this URL for onrecord")
    assert "\n" not in err.line()
    assert site.hits["/short"] == 1 and site.hits["/private/memo"] == 0


def test_redirect_to_another_host_checks_that_hosts_robots(site, other, fetcher):
    site.routes["/out"] = moved(other.url("/private/memo"))
    err = fetch(site.url("/out"), fetcher)
    assert isinstance(err, InputError)
    assert f"robots.txt of {other.base} disallows" in err.reason
    assert other.hits["/robots.txt"] == 1 and other.hits["/private/memo"] == 0


def test_allowed_cross_host_redirect_waits_for_the_target_hosts_crawl_delay(site, other, fetcher, sleeps):
    site.routes["/out"] = moved(other.url("/article"), 308)
    raw = fetch(site.url("/out"), fetcher)
    assert isinstance(raw, RawInput) and raw.data == ARTICLE
    assert raw.input == site.url("/out") and raw.url == other.url("/article")
    assert other.hits["/robots.txt"] == 1 and other.hits["/article"] == 1
    # robots.txt then the page on the same host: the page waited for the 30 s Crawl-delay
    assert len(sleeps) == 1 and 29 < sleeps[0] <= 30


def test_redirect_chain_is_followed_within_the_bound(site, fetcher):
    for i in range(1, 5):
        site.routes[f"/hop{i}"] = moved(f"/hop{i + 1}")
    site.routes["/hop5"] = moved("/article")
    raw = fetch(site.url("/hop1"), fetcher)  # five redirects: the limit, still followed
    assert isinstance(raw, RawInput) and raw.url == site.url("/article")


def test_redirect_loop_stops_after_the_bound(site, fetcher):
    site.routes["/a"] = moved("/b")
    site.routes["/b"] = moved("/a")
    err = fetch(site.url("/a"), fetcher)
    assert isinstance(err, InputError)
    assert err.reason.startswith("too many redirects (more than 5;")
    assert site.hits["/a"] + site.hits["/b"] == 6  # the first request and five redirects


def test_redirect_to_an_unsupported_scheme_is_refused(site, fetcher):
    site.routes["/ftp"] = moved("ftp://files.example/article.html")
    err = fetch(site.url("/ftp"), fetcher)
    assert isinstance(err, InputError)
    assert err.reason.startswith("redirected to ftp://files.example/article.html: unsupported URL scheme")


def test_failure_after_a_redirect_names_the_hop(site, fetcher):
    site.routes["/old"] = moved("/gone")
    err = fetch(site.url("/old"), fetcher)
    assert isinstance(err, InputError)
    assert err.reason == f"redirected to {site.url('/gone')}: HTTP 404 Not Found"


def test_robots_txt_is_itself_followed_through_a_redirect(site, fetcher):
    site.routes["/robots.txt"] = moved("/real-robots.txt")
    site.routes["/real-robots.txt"] = lambda _s: (200, {"Content-Type": "text/plain"}, ROBOTS)
    err = fetch(site.url("/private/memo"), fetcher)
    assert isinstance(err, InputError) and "disallows" in err.reason
    assert site.hits["/real-robots.txt"] == 1 and site.hits["/private/memo"] == 0


def test_robots_can_be_switched_off_for_redirects_too(site, sleeps):
    site.routes["/short"] = moved("/private/memo")
    rude = Fetcher(timeout=2.0, retries=0, min_interval=0.0, respect_robots=False, sleep=sleeps.append)
    raw = fetch(site.url("/short"), rude)
    assert isinstance(raw, RawInput) and raw.url == site.url("/private/memo")
    assert site.hits["/robots.txt"] == 0
