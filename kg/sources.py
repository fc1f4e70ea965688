"""Read articles from files, folders and standard input, refusing what is not text."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}


@dataclass
class Source:
    """One article's raw text and where it came from."""

    name: str  # stem used for per-article output files
    text: str
    origin: str  # path, URL or "<stdin>"
    url: str | None = None
    warning: str | None = None


def decode(data: bytes, origin: str) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 with a warning.

    Binary data (NUL bytes, or mostly control characters) is refused.
    """
    if not data.strip():
        raise InputError(f"{origin}: the file is empty; expected the text of an article")
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: looks like a binary file, not text; expected UTF-8 text")
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


def _check_text(text: str, origin: str) -> None:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(sample) * 0.05:
        raise InputError(f"{origin}: looks like a binary file, not text; expected UTF-8 text")


def read_bytes(data: bytes, origin: str, name: str) -> Source:
    text, warning = decode(data, origin)
    _check_text(text, origin)
    return Source(name=name, text=text, origin=origin, warning=warning)


def read_path(path: Path) -> Source:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror})") from None
    return read_bytes(data, str(path), path.stem)


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Turn folders into their text files (sorted); keep files and ``-`` as given."""
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                raise InputError(f"{path}: the folder holds no article files (.txt)")
            out.extend(str(p) for p in files)
        else:
            out.append(item)
    return out


def read_inputs(inputs: Iterable[str]) -> list[Source]:
    """Read every input before anything is written, so one bad file changes nothing."""
    sources = []
    for item in expand_inputs(inputs):
        if item == "-":
            sources.append(read_bytes(sys.stdin.buffer.read(), "<stdin>", "stdin"))
        else:
            sources.append(read_path(Path(item)))
    if not sources:
        raise InputError("no input given; pass article files, a folder, or - for stdin")
    return sources
