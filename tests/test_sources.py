"""Reading inputs: HTML files and folders, stdin, and URLs from a local test server."""

from __future__ import annotations

import contextlib
import io
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError
from kg.sources import fetch_url, read_input, read_inputs, url_name

HTML_DIR = Path(__file__).parent / "data" / "html"
ALBUM_URL = "https://soundcheck.example.com/news/marisol-vega-paper-lanterns"

PAGE = b"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Night Shift Renewed for a Second Season</title>
<meta name="author" content="Imani Clarke">
<meta property="article:published_time" content="2024-02-19">
</head><body><nav>Home | TV | Film</nav><article>
<h1>Night Shift Renewed for a Second Season</h1>
<p>The hospital drama \xe2\x80\x9cNight Shift\xe2\x80\x9d has been renewed for a second season by
the streaming service Brightwave, which said on Monday that the show had been its most watched
new series of the winter.</p>
<p>The series was created by Omar Haddad and stars Lena Voss as a surgeon who returns to the
city where she trained. Production on eight new episodes begins in May in Toronto.</p>
</article><footer>Privacy | Terms</footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    """Routes for every case the fetcher must handle."""

    agents: list[str] = []

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str | None, length: int | None = None):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.agents.append(self.headers.get("User-Agent", ""))
        # the client may give up on purpose (too large, too slow)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route()

    def _route(self) -> None:
        path = self.path
        if path == "/tv/night-shift-renewed.html":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif path == "/short-link":
            self.send_response(302)
            self.send_header("Location", "/tv/night-shift-renewed.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/notes.txt":
            self._send(200, b"Gallery Notes\n\nThe museum reopens on Friday.\n", "text/plain")
        elif path == "/huge-declared":
            self._send(200, b"<html>", "text/html", length=50 * 1024 * 1024)
        elif path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no length: the body ends when the connection closes
            for _ in range(64):
                self.wfile.write(b"<p>" + b"x" * 16_000 + b"</p>")
        elif path == "/cover.png":
            self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "image/png")
        elif path == "/untyped":
            self._send(200, bytes(range(256)) * 4, None)
        elif path == "/slow":
            time.sleep(3)
            self._send(200, PAGE, "text/html")
        elif path == "/broken":
            self._send(500, b"oops", "text/plain")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("KG_FETCH_TIMEOUT", raising=False)
    monkeypatch.delenv("KG_FETCH_MAX_BYTES", raising=False)


# -- HTML files ------------------------------------------------------------------

def test_html_file_gives_text_and_metadata():
    source = read_input(str(HTML_DIR / "album_release.html"))
    assert source.name == "album_release"
    assert source.url == ALBUM_URL  # the page's canonical URL names the article
    meta = source.metadata
    assert meta["headline"] == "Marisol Vega Announces Third Album 'Paper Lanterns'"
    assert meta["authors"] == ["Daniel Osei", "Ruth Lindqvist"]
    assert meta["date"] == "2022-10-04"
    lines = source.text.splitlines()
    assert lines[:3] == [meta["headline"], "By Daniel Osei and Ruth Lindqvist",
                         "Published 2022-10-04"]
    assert source.text.count("Announces Third Album") == 1  # the <h1> is not repeated
    assert "Northbound Records" in source.text
    assert "Newsletter" not in source.text and "Reviews" not in source.text  # boilerplate


def test_html_metadata_reaches_the_document():
    from kg.document import parse_document

    source = read_input(str(HTML_DIR / "album_release.html"))
    doc = parse_document(source.text, url=source.url, metadata=source.metadata)
    assert doc.headline == source.metadata["headline"]
    assert doc.date_published is not None and doc.date_published.isoformat() == "2022-10-04"
    assert [s.text for s in doc.of_kind("byline")] == ["By Daniel Osei and Ruth Lindqvist"]


def test_folder_reads_html_and_text_files(tmp_path):
    for page in HTML_DIR.iterdir():
        (tmp_path / page.name).write_bytes(page.read_bytes())
    (tmp_path / "brief.txt").write_text("Short Note\n\nA band played.\n", encoding="utf-8")
    (tmp_path / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    sources = read_inputs([str(tmp_path)])
    assert [s.name for s in sources] == ["album_release", "brief", "festival_notes"]
    festival = sources[2]
    assert festival.text.startswith("Lakeside Film Festival Names Its Opening Night Film\n")
    assert "Café Lumière" in festival.text  # the page's Windows-1252 bytes are decoded
    assert festival.url is None and sources[1].metadata == {}


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
     "no article text"),
    (b"<html><body><script>render()</script></body></html>", "no article text"),
])
def test_bad_html_files_are_refused(tmp_path, data, message):
    path = tmp_path / "page.html"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as err:
        read_inputs([str(path)])
    assert "\n" not in str(err.value)


def test_html_on_stdin_is_recognised(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE)))
    source = read_input("-")
    assert source.metadata["authors"] == ["Imani Clarke"]
    assert source.text.startswith("Night Shift Renewed for a Second Season\nBy Imani Clarke\n")


def test_url_name():
    assert url_name("https://x.example/tv/night-shift.html?ref=1") == "night-shift"
    assert url_name("https://x.example/") == "x.example"
    assert url_name("https://x.example/a%20b/") == "a-20b"


# -- URLs ------------------------------------------------------------------------

def test_fetch_good_page(server):
    source = fetch_url(server + "/tv/night-shift-renewed.html")
    assert source.name == "night-shift-renewed"
    assert source.url == server + "/tv/night-shift-renewed.html"
    assert source.metadata["headline"] == "Night Shift Renewed for a Second Season"
    assert source.metadata["date"] == "2024-02-19"
    assert "\u201cNight Shift\u201d" in source.text  # charset from the Content-Type header
    assert Handler.agents[-1].startswith("kg/")


def test_redirect_is_followed_and_the_final_url_kept(server):
    source = fetch_url(server + "/short-link")
    assert source.url == server + "/tv/night-shift-renewed.html"
    assert "Brightwave" in source.text


def test_plain_text_url(server):
    source = fetch_url(server + "/notes.txt")
    assert source.text.startswith("Gallery Notes") and source.url == server + "/notes.txt"


@pytest.mark.parametrize("path, message", [
    ("/missing-page", "answered 404 Not Found"),
    ("/broken", "answered 500"),
    ("/huge-declared", "larger than 5.24288 MB"),
    ("/cover.png", "not a web page but image/png"),
    ("/untyped", "binary"),
])
def test_fetch_errors(server, path, message):
    with pytest.raises(InputError, match=message) as err:
        fetch_url(server + path)
    assert "\n" not in str(err.value) and str(err.value).startswith(server + path)


def test_streamed_body_over_the_cap(server, monkeypatch):
    monkeypatch.setenv("KG_FETCH_MAX_BYTES", "200000")
    with pytest.raises(InputError, match="larger than 0.2 MB"):
        fetch_url(server + "/huge-streamed")


def test_slow_server_times_out(server, monkeypatch):
    monkeypatch.setenv("KG_FETCH_TIMEOUT", "0.5")
    started = time.monotonic()
    with pytest.raises(InputError, match="no complete answer within 0.5 s"):
        fetch_url(server + "/slow")
    assert time.monotonic() - started < 2.5


def test_bad_settings_and_unreachable_host(monkeypatch):
    monkeypatch.setenv("KG_FETCH_TIMEOUT", "soon")
    with pytest.raises(InputError, match="KG_FETCH_TIMEOUT='soon'"):
        fetch_url("http://127.0.0.1:9/")
    monkeypatch.setenv("KG_FETCH_TIMEOUT", "2")
    with pytest.raises(InputError, match="cannot fetch the page"):
        fetch_url("http://127.0.0.1:9/")  # the discard port: nothing listens


def _store_snapshot(path: str) -> tuple[int, list]:
    from kg.store import open_store

    with open_store(path) as store:
        return len(store), store.graph_names()


def _seed_store(path: str) -> None:
    from kg.model import Article, Entity, Extraction
    from kg.rdf.graph import to_rdf
    from kg.store import open_store

    ex = Extraction(Article(text="A Title\n\nBody.", headline="A Title"))
    ex.add_entity(Entity("p", "Person", "Ada Brook"))
    with open_store(path) as store:
        store.replace_article(to_rdf(ex))


@pytest.mark.parametrize("path", ["/missing-page", "/huge-declared", "/cover.png", "/slow"])
def test_kg_build_fails_cleanly_and_leaves_the_store(server, tmp_path, monkeypatch, path):
    monkeypatch.setenv("KG_FETCH_TIMEOUT", "0.5")
    store = str(tmp_path / "store")
    _seed_store(store)
    before = _store_snapshot(store)
    good = HTML_DIR / "album_release.html"
    res = CliRunner().invoke(cli, ["build", str(good), server + path, "--store", store])
    assert res.exit_code == 1
    assert "Traceback" not in res.output and res.exception is None or isinstance(
        res.exception, SystemExit)
    errors = [line for line in res.output.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 1 and server + path in errors[0]
    assert _store_snapshot(store) == before


@pytest.mark.slow
def test_kg_build_from_url_and_html_file(server, tmp_path):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF

    from kg.rdf.iris import article_iri
    from kg.rdf.ontology import KG, SCHEMA

    out = tmp_path / "out"
    url = server + "/short-link"
    res = CliRunner().invoke(cli, ["build", url, str(HTML_DIR / "album_release.html"),
                                   "--out-dir", str(out)])
    assert res.exit_code == 0, res.output
    tv = Graph().parse(out / "night-shift-renewed.ttl")
    article = article_iri(url=server + "/tv/night-shift-renewed.html")
    assert (article, RDF.type, KG.NewsArticle) in tv
    assert (article, SCHEMA.headline, Literal("Night Shift Renewed for a Second Season")) in tv
    album = Graph().parse(out / "album_release.ttl")
    article = article_iri(url=ALBUM_URL)
    assert (article, SCHEMA.headline,
            Literal("Marisol Vega Announces Third Album 'Paper Lanterns'")) in album
    authors = {str(label) for a in album.objects(article, KG.author)
               for label in album.objects(a, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert authors == {"Daniel Osei", "Ruth Lindqvist"}
    dates = {str(d) for d in album.objects(article, KG.publicationDate)}
    assert dates == {"2022-10-04"}
