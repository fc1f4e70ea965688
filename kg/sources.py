"""Read articles from text and HTML files, folders, URLs and standard input.

Everything is read before anything is written, and everything that cannot be
read is refused with a one-line :class:`~kg.errors.InputError`: a missing or
binary file, an empty page, a server error, a page too large or too slow.
HTML goes through trafilatura, which finds the article's text and its
metadata (headline, authors, date, canonical URL).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kg.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

DEFAULT_FETCH_TIMEOUT = 20.0  # seconds, KG_FETCH_TIMEOUT
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # KG_FETCH_MAX_BYTES
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown"}
_URL = re.compile(r"^https?://", re.I)
#: Fewer words than this is a page without an article (a script-rendered page,
#: a consent wall), not a very short article.
MIN_HTML_WORDS = 5


@dataclass
class Source:
    """One article's raw text and where it came from.

    ``metadata`` holds what an HTML page declares about itself: ``headline``,
    ``authors`` (a list), ``date`` (ISO), ``url`` (canonical), ``site_name``,
    ``description``; empty for plain text.
    """

    name: str  # stem used for per-article output files
    text: str
    origin: str  # path, URL or "<stdin>"
    url: str | None = None
    warning: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def decode(data: bytes, origin: str) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 with a warning.

    Binary data (NUL bytes, or mostly control characters) is refused.
    """
    _check_bytes(data, origin)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                f"{origin}: not UTF-8 text (invalid byte at offset {err.start}); "
                "convert it to UTF-8 first"
            ) from None
        return text, f"{origin}: not valid UTF-8, decoded as Windows-1252"


def _check_bytes(data: bytes, origin: str) -> None:
    if not data.strip():
        raise InputError(f"{origin}: the file is empty; expected the text of an article")
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: looks like a binary file, not text; expected UTF-8 text")


def _check_text(text: str, origin: str) -> None:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(sample) * 0.05:
        raise InputError(f"{origin}: looks like a binary file, not text; expected UTF-8 text")


def read_bytes(data: bytes, origin: str, name: str) -> Source:
    """A plain-text article from raw bytes."""
    text, warning = decode(data, origin)
    _check_text(text, origin)
    return Source(name=name, text=text, origin=origin, warning=warning)


def looks_like_html(data: bytes) -> bool:
    """Whether bytes of unknown kind (stdin, an untyped response) are an HTML page."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")) and (
        b"<html" in data[:4096].lower() or head.startswith(b"<!doctype html"))


# -- HTML ---------------------------------------------------------------------

def read_html(data: bytes | str, origin: str, name: str, *, url: str | None = None) -> Source:
    """An article from an HTML page: trafilatura's main text and metadata.

    The headline, byline and date the page declares are put at the top of the
    text, as a printed article has them, so that the document parser and the
    extractor read them like any other article (and evidence offsets hold).
    The article's URL is the page's canonical URL, else ``url``.
    """
    if isinstance(data, bytes):
        _check_bytes(data, origin)
    elif not data.strip():
        raise InputError(f"{origin}: the page is empty; expected the HTML of an article")
    import trafilatura

    for logger in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(logger).setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True,
                                          include_comments=False)
    except Exception as err:  # trafilatura and lxml raise many kinds on broken input
        raise InputError(f"{origin}: cannot read the HTML ({_one_line(err)})") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body.split()) < MIN_HTML_WORDS:
        raise InputError(f"{origin}: found no article text in the HTML page "
                         "(is it rendered by JavaScript, or behind a consent page?)")
    metadata = page_metadata(doc)
    canonical = metadata.get("url")
    page_url = canonical if canonical and _URL.match(canonical) else url
    return Source(name=name, text=compose_text(body, metadata), origin=origin,
                  url=page_url, metadata=metadata)


def page_metadata(doc: Any) -> dict[str, Any]:
    """The metadata trafilatura found, under kg's keys, without empty values."""
    authors = [a.strip() for a in re.split(r"\s*;\s*", getattr(doc, "author", None) or "")]
    meta = {
        "headline": _clean(getattr(doc, "title", None)),
        "authors": [a for a in authors if a],
        "date": _clean(getattr(doc, "date", None)),
        "url": _clean(getattr(doc, "url", None)),
        "site_name": _clean(getattr(doc, "sitename", None)),
        "description": _clean(getattr(doc, "description", None)),
    }
    return {k: v for k, v in meta.items() if v}


def compose_text(body: str, metadata: dict[str, Any]) -> str:
    """Headline, byline and date line, then the body (without a repeated headline)."""
    lines = body.splitlines()
    top = []
    if headline := metadata.get("headline"):
        top.append(headline)
        if lines and _same_line(lines[0], headline):
            lines = lines[1:]
    if authors := metadata.get("authors"):
        names = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
        top.append(f"By {names}")
    if date := metadata.get("date"):
        top.append(f"Published {date}")
    return "\n".join([*top, "", *lines] if top else lines).strip() + "\n"


def _same_line(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return squash(a) == squash(b)


def _clean(value: Any) -> str | None:
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    return text or None


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())[:200] or type(err).__name__


# -- URLs -----------------------------------------------------------------------

def is_url(item: str) -> bool:
    return bool(_URL.match(item))


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise InputError(f"{name}={raw!r}: expected a positive number")
    return value


def fetch_settings() -> tuple[float, int]:
    """(timeout in seconds, size cap in bytes) from KG_FETCH_TIMEOUT and KG_FETCH_MAX_BYTES."""
    return (_env_number("KG_FETCH_TIMEOUT", DEFAULT_FETCH_TIMEOUT),
            int(_env_number("KG_FETCH_MAX_BYTES", DEFAULT_MAX_BYTES)))


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("kg")
    except PackageNotFoundError:
        v = "dev"
    return f"kg/{v} (news-to-knowledge-graph builder; python-httpx)"


def url_name(url: str) -> str:
    """A file stem for a URL: its last path segment, else its host."""
    parts = urlsplit(url)
    segment = next((s for s in reversed(parts.path.split("/")) if s), "")
    stem = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segment, flags=re.I)
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", stem or parts.hostname or "page").strip("-.")
    return name[:80] or "page"


def fetch_url(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Source:
    """Fetch an article page over HTTP(S), following redirects, within a time and size limit."""
    import httpx

    env_timeout, env_max = fetch_settings()
    timeout = timeout or env_timeout
    max_bytes = max_bytes or env_max
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": user_agent(),
               "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"}
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as client, \
                client.stream("GET", url) as resp:
            if not resp.is_success:
                raise InputError(f"{url}: the server answered {resp.status_code} "
                                 f"{resp.reason_phrase}; expected the article page")
            mime = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            if mime and mime not in _HTML_TYPES | _TEXT_TYPES:
                raise InputError(f"{url}: not a web page but {mime}; "
                                 "expected an HTML or plain-text article")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_large(url, max_bytes)
            data = bytearray()
            for chunk in resp.iter_bytes():
                data += chunk
                if len(data) > max_bytes:
                    raise _too_large(url, max_bytes)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("overall deadline passed")
            final_url, charset = str(resp.url), resp.charset_encoding
    except httpx.TimeoutException:
        raise InputError(f"{url}: no complete answer within {timeout:g} s; try again later "
                         "or raise KG_FETCH_TIMEOUT") from None
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: too many redirects; check the URL") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
        raise InputError(f"{url}: not a valid http(s) URL ({_one_line(err)})") from None
    except httpx.HTTPError as err:
        raise InputError(f"{url}: cannot fetch the page ({_one_line(err)})") from None

    name = url_name(final_url)
    payload = bytes(data)
    if mime in _TEXT_TYPES or (not mime and not looks_like_html(payload)):
        source = read_bytes(payload, url, name)
        source.url = final_url
        return source
    html: bytes | str = payload
    if charset:
        try:
            html = payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            html = payload  # let trafilatura guess from the page itself
    return read_html(html, url, name, url=final_url)


def _too_large(url: str, max_bytes: int) -> InputError:
    return InputError(f"{url}: the page is larger than {max_bytes / 1e6:g} MB; "
                      "expected a single article (raise KG_FETCH_MAX_BYTES to allow it)")


# -- files, folders, stdin --------------------------------------------------------

def read_path(path: Path) -> Source:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from None
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_html(data, str(path), path.stem)
    return read_bytes(data, str(path), path.stem)


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Turn folders into their article files (sorted); keep files, URLs and ``-`` as given."""
    out: list[str] = []
    for item in inputs:
        if item == "-" or is_url(item):
            out.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                raise InputError(f"{path}: the folder holds no article files (.txt, .html)")
            out.extend(str(p) for p in files)
        else:
            out.append(item)
    return out


def read_input(item: str) -> Source:
    """One input: ``-`` (text or HTML on stdin), an http(s) URL, or a file."""
    if item == "-":
        data = sys.stdin.buffer.read()
        if looks_like_html(data):
            return read_html(data, "<stdin>", "stdin")
        return read_bytes(data, "<stdin>", "stdin")
    if is_url(item):
        return fetch_url(item)
    return read_path(Path(item))


def read_inputs(inputs: Iterable[str]) -> list[Source]:
    """Read every input before anything is written, so one bad input changes nothing."""
    sources = [read_input(item) for item in expand_inputs(inputs)]
    if not sources:
        raise InputError("no input given; pass article files, a folder, URLs, or - for stdin")
    return sources
