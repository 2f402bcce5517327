"""Read articles from files, folders and stdin; quarantine what cannot be read, and go on.

Plain text (``.txt``, ``.text``, ``.md`` or no extension), HTML (``.html``, ``.htm``; the main
text is found with trafilatura), JSON (an object or a list of objects), JSON Lines (``.jsonl``,
``.ndjson``) and CSV are read. A record has a ``text`` field and, optionally, ``title``,
``published``, ``url`` and ``outlet``. Every input becomes an :class:`~flashpoint.models.Article`
or a :class:`~flashpoint.models.Quarantined` that says why it could not.

>>> import io
>>> [a.text for a in read_sources(["-"], max_bytes=1000, stdin=io.BytesIO(b"Shelling in Ras."))]
['Shelling in Ras.']
"""

from __future__ import annotations

import codecs
import csv
import itertools
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Literal

from flashpoint.errors import InputError
from flashpoint.models import Article, Quarantined

__all__ = ["parse_published", "read_sources"]

logger = logging.getLogger(__name__)

SAMPLE_CHARS = 80
SNIFF_BYTES = 8192
STDIN = "<stdin>"
_JSON_TYPES = {dict: "an object", list: "a list", bool: "true or false", str: "a string"}

Item = Article | Quarantined
Kind = Literal["text", "html", "json", "sniff"]


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of a streamed input; ``raw`` is None when the line is longer than the limit."""

    number: int
    offset: int
    raw: bytes | None
    size: int


def read_sources(
    paths: Iterable[str | Path],
    *,
    max_bytes: int,
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Quarantined]:
    """Yield an article or a quarantine record for everything the paths hold, as it is read.

    A path is a file, a folder (walked recursively in name order, hidden entries skipped) or
    ``"-"`` for stdin. ``published``, ``outlet`` and ``url`` describe plain text and stdin; in
    HTML, JSON and CSV they only fill gaps, because the document's own fields win.

    >>> import io
    >>> stdin = io.BytesIO(b'{"text": "Two killed in Gao.", "published": "2021-07-28"}')
    >>> [(a.text, a.published) for a in read_sources(["-"], max_bytes=1000, stdin=stdin)]
    [('Two killed in Gao.', datetime.date(2021, 7, 28))]
    """
    base = Article(id="", text="", url=url, outlet=outlet, published=published)
    for path in paths:
        if str(path) == "-":
            yield from _nonempty(_read_stdin(stdin or sys.stdin.buffer, max_bytes, base), STDIN)
        elif _is_folder(Path(path)):
            yield from _read_folder(Path(path), max_bytes, base)
        else:
            yield from _read_file(Path(path), max_bytes, base)


def parse_published(value: object) -> date | None:
    """A publication date from ``YYYY-MM-DD`` or an ISO datetime; None when empty.

    Anything else raises :class:`~flashpoint.errors.InputError` rather than being guessed.

    >>> parse_published("2021-07-28T10:00:00Z")
    datetime.date(2021, 7, 28)
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        for parse in (date.fromisoformat, lambda text: datetime.fromisoformat(text).date()):
            try:
                return parse(value.strip())
            except ValueError:
                continue
    raise InputError(
        f"bad date: published value {value!r} is not YYYY-MM-DD or an ISO datetime; correct it"
    )


def _read_folder(folder: Path, limit: int, base: Article) -> Iterator[Item]:
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as err:
        yield _unreadable(str(folder), err)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if not _is_folder(entry):
            yield from _read_file(entry, limit, base)
        elif entry.is_symlink():
            logger.info("not following %s: it is a link to a folder", entry)
        else:
            yield from _read_folder(entry, limit, base)


def _is_folder(path: Path) -> bool:
    """True for a folder; False for anything else, including a path that cannot be looked at."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _read_file(path: Path, limit: int, base: Article) -> Iterator[Item]:
    yield from _nonempty(_read_file_items(path, limit, base), str(path))


def _read_file_items(path: Path, limit: int, base: Article) -> Iterator[Item]:
    source, suffix = str(path), path.suffix.lower()
    kind: Kind = "html" if suffix in (".html", ".htm") else "json" if suffix == ".json" else "text"
    try:
        with path.open("rb") as fh:
            if suffix in (".jsonl", ".ndjson", ".csv"):
                head = fh.peek(SNIFF_BYTES)[:SNIFF_BYTES]
                if b"\x00" in head:
                    yield Quarantined(source, _binary(head), _sample(head))
                elif suffix == ".csv":
                    yield from _read_csv(_lines(fh, limit), source, limit, base)
                else:
                    yield from _read_jsonl(_lines(fh, limit), source, limit, base)
            elif (size := os.fstat(fh.fileno()).st_size) > limit:
                yield Quarantined(source, _too_large(size, limit), _sample(fh.read(400)))
            else:
                yield from _read_bytes(fh.read(limit + 1), source, kind, limit, base)
    except OSError as err:
        yield _unreadable(source, err)


def _read_stdin(stream: BinaryIO, limit: int, base: Article) -> Iterator[Item]:
    """Stream stdin as JSON Lines if its first line is an object, else read it whole."""
    lines = _lines(stream, limit)
    head: list[_Line] = []
    for line in lines:
        head.append(line)
        if line.raw is None or line.raw.strip():
            break
    if head and head[-1].raw is not None and isinstance(_json_or_none(head[-1].raw), dict):
        yield from _read_jsonl(itertools.chain(head, lines), STDIN, limit, base)
        return
    chunks: list[bytes] = []
    for line in itertools.chain(head, lines):
        if line.raw is None or line.offset + line.size > limit:
            reason = _too_large(line.offset + line.size, limit, at_least=True)
            yield Quarantined(STDIN, reason, _sample(b"".join(chunks)))
            return
        chunks.append(line.raw)
    yield from _read_bytes(b"".join(chunks), STDIN, "sniff", limit, base)


def _read_bytes(data: bytes, source: str, kind: Kind, limit: int, base: Article) -> Iterator[Item]:
    if len(data) > limit:
        yield Quarantined(source, _too_large(len(data), limit, at_least=True), _sample(data))
        return
    try:
        text = _decode(data)
        if kind == "sniff":
            kind = "json" if isinstance(_json_or_none(text), dict | list) else "text"
        if kind == "json":
            yield from _read_json(text, source, base)
        elif kind == "html":
            yield _from_html(text, source, base)
        else:
            yield _article(base, source, text)
    except InputError as err:
        yield Quarantined(source, str(err), _sample(data))


def _read_json(text: str, source: str, base: Article) -> Iterator[Item]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        reason = f"malformed JSON: {_json_error(err)} of line {err.lineno}; fix the file"
        yield Quarantined(source, reason, _sample(text))
        return
    if not isinstance(doc, list):
        yield _from_record(doc, source, base, text)
        return
    for index, record in enumerate(doc):
        yield _from_record(record, f"{source}[{index}]", base, json.dumps(record)[:400])


def _read_jsonl(lines: Iterable[_Line], source: str, limit: int, base: Article) -> Iterator[Item]:
    for line in lines:
        where = f"{source}:{line.number}"
        try:
            text = _line_text(line, limit).strip()
            if text:
                yield _from_record(json.loads(text), where, base, text)
        except InputError as err:
            yield Quarantined(where, str(err), _sample(line.raw or b""))
        except json.JSONDecodeError as err:
            reason = f"malformed JSON on line {line.number}: {_json_error(err)}"
            yield Quarantined(where, f"{reason}; fix or remove the line", _sample(text))


def _read_csv(lines: Iterator[_Line], source: str, limit: int, base: Article) -> Iterator[Item]:
    """Rows as records; a line too long or not UTF-8 is quarantined alone and skipped."""
    skipped: list[Quarantined] = []
    starts: list[int] = []

    def decoded() -> Iterator[str]:
        for line in lines:
            try:
                text = _line_text(line, limit)
            except InputError as err:
                where = f"{source}:{line.number}"
                skipped.append(Quarantined(where, str(err), _sample(line.raw or b"")))
                continue
            starts.extend([line.number] if text.strip("\r\n") else [])
            yield text

    csv.field_size_limit(max(limit, csv.field_size_limit()))  # rows are held to ``limit`` below
    reader = csv.DictReader(decoded())
    try:
        columns = [name.strip().lower() for name in reader.fieldnames or []]
        yield from skipped
        if not columns:
            return
        if "text" not in columns:
            reason = f'missing text: the CSV has no "text" column (it has {", ".join(columns)})'
            yield Quarantined(source, f"{reason}; add one", _sample(",".join(columns)))
            return
        reader.fieldnames, starts[:], skipped[:] = columns, [], []
        for row in reader:
            yield from skipped
            where = f"{source}:{starts[0]}"
            starts[:], skipped[:] = [], []
            fields = {key: value or "" for key, value in row.items() if isinstance(key, str)}
            sample = ",".join(fields.values())
            if (size := sum(len(value.encode()) for value in fields.values())) > limit:
                yield Quarantined(where, _too_large(size, limit), _sample(sample))
            else:
                yield _from_record(fields, where, base, sample)
        yield from skipped
    except csv.Error as err:
        reason = f"malformed CSV: {err}; fix the row (the rest of the file was not read)"
        yield Quarantined(f"{source}:{reader.line_num}", reason)


def _nonempty(items: Iterator[Item], source: str) -> Iterator[Item]:
    """The items, or one quarantine when there are none (an empty file, ``[]``, a bare header)."""
    first = next(items, None)
    yield Quarantined(source, "empty: no text") if first is None else first
    yield from items


def _from_record(record: object, source: str, base: Article, raw: str | bytes) -> Item:
    if not isinstance(record, dict):
        reason = f'not a record: expected an object with a "text" field, got {_kind(record)}'
        return Quarantined(source, reason, _sample(raw))
    try:
        return _record_article(record, source, base)
    except InputError as err:
        return Quarantined(source, str(err), _sample(raw))


def _record_article(record: Mapping[str, object], source: str, base: Article) -> Article:
    if "text" not in record:
        raise InputError('missing text: the record has no "text" field; add one')
    text, title, url, outlet = (_field(record, name) for name in ("text", "title", "url", "outlet"))
    published = parse_published(record.get("published"))
    return _article(base, source, text, title, url, outlet, published)


def _field(record: Mapping[str, object], name: str) -> str:
    value = record.get(name)
    if isinstance(value, str) or (value is None and name != "text"):
        return value or ""
    raise InputError(f'bad {name}: the "{name}" field is {_kind(value)}, not a string')


def _from_html(html: str, source: str, base: Article) -> Article:
    import trafilatura

    found = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not found:
        raise InputError("empty: no text (no article found in the HTML page)")
    meta = json.loads(found)
    title, text = meta.get("title") or "", meta.get("text") or ""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip():
        text = rest
    url, outlet, published = meta.get("source"), meta.get("source-hostname"), meta.get("date")
    return _article(base, source, text, title, url, outlet, parse_published(published))


def _article(
    base: Article,
    source: str,
    text: str,
    title: str = "",
    url: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
) -> Article:
    """A new article; the fields given win over ``base``, which holds the caller's defaults."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    title = " ".join(title.split())
    if not text:
        raise InputError("empty: no text")
    return replace(
        base,
        id=Article.make_id(text, title),
        text=text,
        title=title,
        source=source,
        url=url or base.url,
        outlet=outlet or base.outlet,
        published=published or base.published,
    )


def _lines(stream: BinaryIO, limit: int) -> Iterator[_Line]:
    """The stream's lines, none held longer than ``limit`` (longer ones come as None)."""
    offset = 0
    for number in itertools.count(1):
        raw = stream.readline(limit + 1)
        if not raw:
            return
        size = len(raw)
        if size > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(SNIFF_BYTES)
                size += len(raw)
            yield _Line(number, offset, None, size)
        else:
            yield _Line(number, offset, raw, size)
        offset += size


def _line_text(line: _Line, limit: int) -> str:
    if line.raw is None:
        raise InputError(_too_large(line.size, limit))
    return _decode(line.raw, line.offset)


def _decode(data: bytes, offset: int = 0) -> str:
    if b"\x00" in data:
        raise InputError(_binary(data, offset))
    if data.startswith(codecs.BOM_UTF8):
        data, offset = data[len(codecs.BOM_UTF8) :], offset + len(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        at = f"byte 0x{data[err.start]:02x} at offset {offset + err.start}"
        raise InputError(f"undecodable: not UTF-8 text ({at}); save it as UTF-8") from None


def _json_or_none(data: str | bytes) -> object:
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _json_error(err: json.JSONDecodeError) -> str:
    return f"{err.msg.removesuffix(' at')} at column {err.colno}"


def _binary(data: bytes, offset: int = 0) -> str:
    at = offset + data.index(b"\x00")
    return f"binary: a NUL byte at offset {at} means this is not text; convert it to UTF-8 text"


def _too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    amount = f"at least {size}" if at_least else str(size)
    return f"too large: {amount} bytes, the limit is {limit} (setting FLASHPOINT_MAX_BYTES)"


def _unreadable(source: str, err: OSError) -> Quarantined:
    return Quarantined(source, f"unreadable: {err.strerror or err}; check the path and permissions")


def _kind(value: object) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), "a number")


def _sample(raw: str | bytes) -> str:
    """The first characters of the input, printable only, for a person to recognise it."""
    text = raw[: SAMPLE_CHARS * 4].decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    kept = (c if c.isprintable() and c != "\ufffd" else " " for c in text[: SAMPLE_CHARS * 4])
    return " ".join("".join(kept).split())[:SAMPLE_CHARS]
