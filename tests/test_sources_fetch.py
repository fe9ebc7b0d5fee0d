"""URL and feed-URL fetching against a local http.server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import TEST_DATA
from onrecord import __version__
from onrecord.errors import InputError
from onrecord.models import RawInput
from onrecord.sources import Fetcher, iter_inputs

ARTICLE = (TEST_DATA / "sources" / "article.html").read_bytes()
ROBOTS = b"User-agent: *\nDisallow: /private/\n"

Route = Callable[["Server"], tuple[int, dict[str, str], bytes]]


class Server:
    """A tiny site: ``routes`` maps a path to a function giving (status, headers, body)."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self.routes: dict[str, Route] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.hits[self.path] += 1
                server.user_agents.append(self.headers.get("User-Agent", ""))
                route = server.routes.get(self.path)
                status, headers, body = route(server) if route else (404, {}, b"not here")
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    def url(self, path: str) -> str:
        return self.base + path


def html(body: bytes = ARTICLE, **headers: str) -> Route:
    return lambda _s: (200, {"Content-Type": "text/html; charset=utf-8", **headers}, body)


@pytest.fixture
def site() -> Iterator[Server]:
    server = Server()
    server.routes["/robots.txt"] = lambda _s: (200, {"Content-Type": "text/plain"}, ROBOTS)
    server.routes["/article"] = html()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def fetcher(sleeps: list[float]) -> Fetcher:
    return Fetcher(timeout=2.0, retries=2, backoff=0.01, min_interval=0.0, sleep=sleeps.append)


def fetch_all(specs: list[str], fetcher: Fetcher, **kw) -> list[RawInput | InputError]:
    return list(iter_inputs(specs, fetcher=fetcher, **kw))


def test_fetches_html_with_a_real_user_agent(site, fetcher):
    (raw,) = fetch_all([site.url("/article")], fetcher)
    assert isinstance(raw, RawInput)
    assert raw.input == raw.url == site.url("/article")
    assert raw.kind == "html"
    assert raw.data == ARTICLE
    assert raw.content_type == "text/html; charset=utf-8"
    assert raw.fetched_at and raw.fetched_at.endswith("Z")
    assert site.user_agents and all(ua.startswith(f"onrecord/{__version__} (+https://") for ua in site.user_agents)


def test_robots_disallow_is_honoured_and_cached_per_host(site, fetcher):
    site.routes["/private/memo"] = html()
    out = fetch_all([site.url("/private/memo"), site.url("/article"), site.url("/private/memo")], fetcher)
    assert [type(r) for r in out] == [InputError, RawInput, InputError]
    assert "robots.txt" in out[0].reason and "disallows" in out[0].reason
    assert out[0].line().startswith(site.url("/private/memo") + ": ")
    assert site.hits["/private/memo"] == 0
    assert site.hits["/robots.txt"] == 1


def test_missing_robots_allows_everything(site, fetcher):
    del site.routes["/robots.txt"]  # the server answers 404
    (raw,) = fetch_all([site.url("/article")], fetcher)
    assert isinstance(raw, RawInput)


def test_500_then_200_is_retried_with_backoff(site, fetcher, sleeps):
    def flaky(s: Server):
        if s.hits["/flaky"] == 1:
            return 500, {}, b"oops"
        return 200, {"Content-Type": "text/html"}, ARTICLE

    site.routes["/flaky"] = flaky
    (raw,) = fetch_all([site.url("/flaky")], fetcher)
    assert isinstance(raw, RawInput) and raw.data == ARTICLE
    assert site.hits["/flaky"] == 2
    assert sleeps == [0.01]


def test_persistent_5xx_gives_up_after_the_retries(site, fetcher, sleeps):
    site.routes["/down"] = lambda _s: (503, {}, b"busy")
    (err,) = fetch_all([site.url("/down")], fetcher)
    assert isinstance(err, InputError)
    assert err.reason == "HTTP 503 Service Unavailable (gave up after 3 attempts)"
    assert site.hits["/down"] == 3
    assert sleeps == [0.01, 0.02]  # exponential backoff


def test_404_is_not_retried(site, fetcher, sleeps):
    (err,) = fetch_all([site.url("/nothing")], fetcher)
    assert isinstance(err, InputError)
    assert err.line() == f"{site.url('/nothing')}: HTTP 404 Not Found"
    assert site.hits["/nothing"] == 1 and sleeps == []


def test_oversized_body_is_refused(site, fetcher):
    big = b"<html><body>" + b"<p>words words</p>" * 200_000 + b"</body></html>"  # 3.6 MB
    site.routes["/big"] = html(big)
    site.routes["/big-unsized"] = lambda _s: (200, {"Content-Type": "text/html", "Content-Length": ""}, big)
    out = fetch_all([site.url("/big"), site.url("/big-unsized"), site.url("/article")], fetcher,
                    max_bytes=1_000_000)
    assert [type(r) for r in out] == [InputError, InputError, RawInput]
    assert out[0].reason == "page is 3.6 MB, over the 1 MB limit (--max-bytes)"  # from Content-Length
    assert out[1].reason == "page is over the 1 MB limit (--max-bytes)"  # stopped reading at the cap


def test_unreachable_port(fetcher):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    (err,) = fetch_all([url], fetcher)
    assert isinstance(err, InputError)
    assert err.line() == f"{url}: cannot connect to 127.0.0.1:{port}: connection refused"


def test_timeout_is_retried_then_reported(site, sleeps):
    def slow(_s: Server):
        time.sleep(0.6)
        return 200, {"Content-Type": "text/html"}, ARTICLE

    site.routes["/slow"] = slow
    quick = Fetcher(timeout=0.2, retries=1, backoff=0.01, min_interval=0.0, sleep=sleeps.append)
    quick._robots[site.base] = True  # robots already known: time only the page
    (err,) = fetch_all([site.url("/slow")], quick)
    assert isinstance(err, InputError)
    assert err.reason.startswith("timed out talking to 127.0.0.1:")
    assert "gave up after 2 attempts" in err.reason


def test_redirect_is_followed(site, fetcher):
    site.routes["/old"] = lambda s: (301, {"Location": s.url("/article")}, b"")
    (raw,) = fetch_all([site.url("/old")], fetcher)
    assert isinstance(raw, RawInput)
    assert raw.input == site.url("/old")
    assert raw.url == site.url("/article")


def refresh_stub(target: str, delay: str = "0") -> Route:
    body = (f'<html><head><meta http-equiv="Refresh" content="{delay}; URL=\'{target}\'">'
            f'</head><body>Moved.</body></html>').encode()
    return html(body)


def test_meta_refresh_stub_is_followed_as_a_redirect(site, fetcher):
    site.routes["/stub"] = refresh_stub("/article")  # relative target, resolved against the stub's URL
    site.routes["/private/hidden"] = html()
    site.routes["/to-private"] = refresh_stub("/private/hidden")
    (raw, err) = fetch_all([site.url("/stub"), site.url("/to-private")], fetcher)
    assert isinstance(raw, RawInput) and raw.url == site.url("/article") and raw.data == ARTICLE
    assert isinstance(err, InputError) and err.reason.startswith(f"redirected to {site.url('/private/hidden')}: ")
    assert "robots.txt" in err.reason and site.hits.get("/private/hidden", 0) == 0


def test_slow_refresh_on_an_article_page_is_not_followed(site, fetcher):
    page = ARTICLE.replace(b"<head>", b'<head><meta http-equiv="refresh" content="300">', 1)
    assert page != ARTICLE
    site.routes["/live"] = html(page)
    site.routes["/slow-stub"] = refresh_stub("/article", delay="30")
    (live, slow) = fetch_all([site.url("/live"), site.url("/slow-stub")], fetcher)
    assert live.url == site.url("/live") and live.data == page
    assert slow.url == site.url("/slow-stub")
    assert site.hits.get("/article", 0) == 0


def test_meta_refresh_loop_stops(site, fetcher):
    site.routes["/a"] = refresh_stub("/b")
    site.routes["/b"] = refresh_stub("/a")
    (err,) = fetch_all([site.url("/a")], fetcher)
    assert isinstance(err, InputError) and err.reason.startswith("too many redirects (more than 5")


def test_gzip_content_encoding_is_decoded(site, fetcher):
    site.routes["/gz"] = html(gzip.compress(ARTICLE), **{"Content-Encoding": "gzip"})
    (raw,) = fetch_all([site.url("/gz")], fetcher)
    assert raw.data == ARTICLE


def test_non_page_content_type_is_refused(site, fetcher):
    site.routes["/logo.png"] = lambda _s: (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n")
    (err,) = fetch_all([site.url("/logo.png")], fetcher)
    assert isinstance(err, InputError) and err.reason == "not a page: the server sent image/png"


def test_no_fetch_refuses_urls_without_touching_the_network(site):
    (err,) = list(iter_inputs([site.url("/article")], fetch=False))
    assert isinstance(err, InputError) and "--no-fetch" in err.reason
    assert sum(site.hits.values()) == 0


def test_unsupported_scheme():
    (err,) = list(iter_inputs(["http://"], fetch=True, fetcher=Fetcher(retries=0)))
    assert isinstance(err, InputError) and "no host" in err.reason


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Local Site</title><link>{base}/</link><description>d</description>
<item><title>Ferry plan approved</title><link>{base}/article</link>
<pubDate>Thu, 14 Mar 2024 09:30:00 GMT</pubDate><author>x@y.z (Dana Whitfield)</author></item>
<item><title>Gone story</title><link>{base}/gone</link>
<pubDate>Fri, 15 Mar 2024 09:30:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The council said the budget would be ready in June.</p>]]></content:encoded></item>
<item><title>Gone, no content</title><link>{base}/gone-too</link></item>
</channel></rss>"""


def test_feed_url_entries_are_fetched_with_hints(site, fetcher):
    site.routes["/feed.xml"] = lambda s: (200, {"Content-Type": "application/rss+xml"},
                                          FEED.format(base=s.base).encode())
    feed = site.url("/feed.xml")
    out = fetch_all([feed], fetcher)
    assert [r.input for r in out] == [f"{feed}#1", f"{feed}#2", f"{feed}#3"]
    page, fallback, err = out
    assert page.kind == "html" and page.data == ARTICLE and page.source == feed
    assert page.url == site.url("/article")
    assert page.hints == {"title": "Ferry plan approved", "published": "2024-03-14",
                          "authors": ["Dana Whitfield"], "url": site.url("/article"), "site": "Local Site"}
    # the linked page is gone: the entry's own content is used, and the failure is noted
    assert fallback.kind == "text"
    assert fallback.data == b"The council said the budget would be ready in June."
    assert fallback.hints["fetch_error"] == "HTTP 404 Not Found"
    assert isinstance(err, InputError)
    assert err.reason == "entry page not fetched (HTTP 404 Not Found) and the entry has no content"


def test_feed_file_with_fetch_uses_local_pages(site, fetcher, tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(FEED.format(base=site.base))
    out = fetch_all([str(path)], fetcher)
    assert out[0].kind == "html" and out[0].data == ARTICLE
    assert site.hits["/article"] == 1


def test_unreachable_host_is_tried_once_per_feed(fetcher, tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    path = tmp_path / "feed.rss"
    path.write_text(FEED.format(base=f"http://127.0.0.1:{port}"))
    out = fetch_all([str(path)], fetcher)
    assert [type(r) for r in out] == [InputError, RawInput, InputError]
    assert "connection refused" in out[0].reason
    assert "host unreachable" in out[1].hints["fetch_error"]
