"""Reading files, folders and stdin into articles, and quarantining what cannot be read."""

from __future__ import annotations

import io
import json
import os
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import parse_published, read_sources
from flashpoint.models import Article, Quarantined

LIMIT = 100_000

PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Three soldiers killed in border clash | Daily Ledger</title>
  <meta property="og:title" content="Three soldiers killed in border clash">
  <meta property="og:site_name" content="Daily Ledger">
  <meta property="article:published_time" content="2021-07-28T10:00:00Z">
</head>
<body>
  <header><a href="/">Daily Ledger</a></header>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/world">World</a></li>
      <li><a href="/politics">Politics</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/subscribe">Subscribe today</a></li>
    </ul>
  </nav>
  <main>
    <article>
      <h1>Three soldiers killed in border clash</h1>
      <p>Three soldiers were killed on Wednesday when fighting broke out along the disputed
      border, the defence ministry said in a statement released late in the evening.</p>
      <p>The ministry blamed the opposing side for opening fire first with mortars and heavy
      machine guns, an accusation that officials across the border quickly denied.</p>
      <p>Residents of nearby villages described hearing explosions for several hours, and local
      authorities said dozens of families had left their homes for the regional capital.</p>
    </article>
  </main>
  <footer>
    <p>Copyright 2021 Daily Ledger. All rights reserved.</p>
    <a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a>
  </footer>
</body>
</html>
"""


def ingest(path: Path, content: bytes, **options: object) -> list[Article | Quarantined]:
    """Write ``content`` to ``path`` and read it back."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    limit = options.pop("max_bytes", LIMIT)
    return list(read_sources([path], max_bytes=limit, **options))  # type: ignore[arg-type]


def from_stdin(content: bytes, **options: object) -> list[Article | Quarantined]:
    limit = options.pop("max_bytes", LIMIT)
    stdin = io.BytesIO(content)
    return list(read_sources(["-"], max_bytes=limit, stdin=stdin, **options))  # type: ignore[arg-type]


def articles(items: list[Article | Quarantined]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def quarantined(items: list[Article | Quarantined]) -> list[Quarantined]:
    return [item for item in items if isinstance(item, Quarantined)]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "plain.txt",
            b"Headline words\n\nThree were killed.\n",
            [("Headline words\n\nThree were killed.", "")],
        ),
        ("notes.md", b"# Report\nTwo wounded in Gao.", [("# Report\nTwo wounded in Gao.", "")]),
        ("plain.text", b"Shelling in Ras.", [("Shelling in Ras.", "")]),
        ("README", b"No extension at all.", [("No extension at all.", "")]),
        ("wire.log", b"Unknown extension, but text.", [("Unknown extension, but text.", "")]),
        ("bom.txt", b"\xef\xbb\xbfA file with a BOM.", [("A file with a BOM.", "")]),
        ("crlf.txt", b"Line one.\r\nLine two.\r\n", [("Line one.\nLine two.", "")]),
        (
            "one.json",
            json.dumps(
                {"text": "Two killed.", "title": "Clash", "published": "2021-07-28"}
            ).encode(),
            [("Two killed.", "Clash")],
        ),
        (
            "many.json",
            json.dumps([{"text": "First."}, {"text": "Second.", "title": "T"}]).encode(),
            [("First.", ""), ("Second.", "T")],
        ),
        (
            "lines.jsonl",
            b'{"text": "First."}\n\n{"text": "Second.", "title": "T"}\n',
            [("First.", ""), ("Second.", "T")],
        ),
        ("lines.ndjson", b'{"text": "Only."}', [("Only.", "")]),
        (
            "rows.csv",
            b'title,text,published\nA,"First row, with a comma.",2021-07-28\nB,"Two\nlines.",\n',
            [("First row, with a comma.", "A"), ("Two\nlines.", "B")],
        ),
        (
            "excel.csv",
            b"\xef\xbb\xbfText,Title\r\nFrom a spreadsheet.,S\r\n",
            [("From a spreadsheet.", "S")],
        ),
    ],
)
def test_each_format_becomes_articles(
    tmp_path: Path, name: str, content: bytes, expected: list[tuple[str, str]]
) -> None:
    items = ingest(tmp_path / name, content)
    assert quarantined(items) == []
    assert [(a.text, a.title) for a in articles(items)] == expected
    for article in articles(items):
        assert article.id == Article.make_id(article.text, article.title)
        assert article.source.startswith(str(tmp_path / name))
        assert article.language == "en"
        assert article.seen is None


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", ["empty: no text"]),
        ("blank.txt", b"  \n\t\r\n ", ["empty: no text"]),
        ("empty.jsonl", b"\n\n", ["empty: no text"]),
        ("empty.json", b"[]", ["empty: no text"]),
        ("empty.csv", b"", ["empty: no text"]),
        ("header.csv", b"text,title\n", ["empty: no text"]),
        ("empty.html", b"<html><body></body></html>", ["empty: no text"]),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["binary: a NUL byte at offset 8"]),
        ("table.jsonl", b'{"text": "x"}\x00\x00\n', ["binary: a NUL byte at offset 13"]),
        (
            "latin1.txt",
            "café au lait".encode("latin-1"),
            ["undecodable: not UTF-8 text (byte 0xe9 at offset 3)"],
        ),
        (
            "latin1.html",
            "<p>café</p>".encode("latin-1"),
            ["undecodable: not UTF-8 text (byte 0xe9 at offset 6)"],
        ),
        (
            "broken.json",
            b'{\n  "text": "x",\n}',  # a trailing comma
            [
                "malformed JSON: Expecting property name enclosed in double quotes"
                " at column 1 of line 3; fix the file"
            ],
        ),
        (
            "scalar.json",
            b"42",
            ['not a record: expected an object with a "text" field, got a number'],
        ),
        (
            "mixed.json",
            b'[{"text": "ok"}, "just a string", {"title": "no text"}]',
            [None, "not a record", 'missing text: the record has no "text" field'],
        ),
        (
            "mixed.jsonl",
            b'{"text": "ok"}\n{"text": "unterminated\n{"text": 7}\n'
            b'{"text": null}\n{"text": "  "}\n',
            [
                None,
                "malformed JSON on line 2: Unterminated string starting at column 10",
                'bad text: the "text" field is a number, not a string',
                'bad text: the "text" field is null, not a string',
                "empty: no text",
            ],
        ),
        (
            "fields.jsonl",
            b'{"text": "a", "title": ["x"]}\n{"text": "b", "published": "yesterday"}\n'
            b'{"text": "c", "published": 20210728}\n{"text": "d", "published": "28/07/2021"}\n',
            [
                'bad title: the "title" field is a list',
                "bad date: published value 'yesterday' is not YYYY-MM-DD",
                "bad date: published value 20210728",
                "bad date: published value '28/07/2021'",
            ],
        ),
        (
            "utf8.jsonl",
            b'{"text": "ok"}\n{"text": "caf\xe9"}\n',
            [None, "undecodable: not UTF-8 text (byte 0xe9 at offset 28)"],
        ),
        ("latin1.csv", b"t\xe9xt\n", ["undecodable: not UTF-8 text (byte 0xe9 at offset 1)"]),
        (
            "columns.csv",
            b"headline,body\nA,B\n",
            ['missing text: the CSV has no "text" column (it has headline, body)'],
        ),
        (
            "rows.csv",
            b"text,title,published\nGood row.,A,\n,B,\nBad date.,C,last week\n"
            b"\xff\xfe,D,\nAfter.,E,\n",
            [None, "empty: no text", "bad date: published value 'last week'", "undecodable", None],
        ),
    ],
)
def test_bad_input_is_quarantined_and_the_rest_goes_on(
    tmp_path: Path, name: str, content: bytes, expected: list[str | None]
) -> None:
    items = ingest(tmp_path / name, content)
    assert len(items) == len(expected), items
    for item, reason in zip(items, expected, strict=True):
        if reason is None:
            assert isinstance(item, Article)
        else:
            assert isinstance(item, Quarantined), item
            assert item.reason.startswith(reason), item.reason
            assert item.source.startswith(str(tmp_path / name))


@pytest.mark.parametrize(
    ("name", "content", "sources"),
    [
        ("lines.jsonl", b'{"text": "a"}\n\n{"text": 1}\n', [":3"]),
        ("rows.csv", b'text\n"multi\nline"\n\n""\n', [":5"]),
        ("list.json", b'[{"text": "a"}, {"text": ""}]', ["[1]"]),
    ],
)
def test_a_quarantined_record_names_its_line_row_or_item(
    tmp_path: Path, name: str, content: bytes, sources: list[str]
) -> None:
    items = ingest(tmp_path / name, content)
    assert [q.source for q in quarantined(items)] == [f"{tmp_path / name}{s}" for s in sources]


def test_csv_rows_are_numbered_by_their_first_line(tmp_path: Path) -> None:
    items = ingest(tmp_path / "rows.csv", b'text\n"two\nlines"\nnext\n')
    assert [a.source.rsplit(":", 1)[1] for a in articles(items)] == ["2", "4"]


def test_samples_are_short_and_printable(tmp_path: Path) -> None:
    items = ingest(tmp_path / "junk.bin", b"\x01\x02garbage\x00\x07" + b"x" * 500)
    (item,) = quarantined(items)
    assert item.sample.startswith("garbage")
    assert len(item.sample) <= 80
    assert item.sample.isprintable()


def test_oversized_file_is_quarantined_with_the_setting_named(tmp_path: Path) -> None:
    items = ingest(tmp_path / "big.txt", b"x" * 200, max_bytes=100)
    assert items == [
        Quarantined(
            str(tmp_path / "big.txt"),
            "too large: 200 bytes, the limit is 100 (setting FLASHPOINT_MAX_BYTES)",
            "x" * 80,
        )
    ]


def test_size_is_checked_before_the_file_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50_000_000)
    tracemalloc.start()
    try:
        items = list(read_sources([huge], max_bytes=1000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [q.reason.split(",")[0] for q in quarantined(items)] == ["too large: 50000000 bytes"]
    assert peak < 1_000_000


def test_jsonl_limit_applies_per_line_and_keeps_the_neighbours(tmp_path: Path) -> None:
    long_line = json.dumps({"text": "y" * 500}).encode()
    content = b'{"text": "before"}\n' + long_line + b'\n{"text": "after"}\n'
    items = ingest(tmp_path / "feed.jsonl", content, max_bytes=100)
    assert [a.text for a in articles(items)] == ["before", "after"]
    (big,) = quarantined(items)
    assert big.source.endswith("feed.jsonl:2")
    assert big.reason.startswith(f"too large: {len(long_line) + 1} bytes, the limit is 100")


def test_csv_reads_fields_longer_than_the_csv_module_default(tmp_path: Path) -> None:
    text = "word " * 40_000
    items = ingest(tmp_path / "long.csv", f'text\n"{text}"\n'.encode(), max_bytes=1_000_000)
    assert [len(a.text) for a in articles(items)] == [len(text.strip())]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("nope.txt", "unreadable: No such file or directory; check the path and permissions"),
        ("n" * 300 + ".txt", "unreadable: File name too long; check the path and permissions"),
    ],
)
def test_a_path_that_cannot_be_opened_is_unreadable(tmp_path: Path, name: str, reason: str) -> None:
    (tmp_path / "ok.txt").write_text("Readable.")
    items = list(read_sources([tmp_path / name, tmp_path / "ok.txt"], max_bytes=LIMIT))
    assert items[0] == Quarantined(str(tmp_path / name), reason)
    assert [a.text for a in articles(items)] == ["Readable."]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_file_without_read_permission_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("hidden")
    path.chmod(0)
    items = list(read_sources([path], max_bytes=LIMIT))
    assert [q.reason.split(";")[0] for q in quarantined(items)] == ["unreadable: Permission denied"]


def test_folder_yields_good_articles_and_quarantines_bad_files(tmp_path: Path) -> None:
    (tmp_path / "b_sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a_report.txt").write_text("Two soldiers were wounded in Tavush.")
    (tmp_path / "b_sub" / "feed.jsonl").write_text('{"text": "Shelling near Ras."}\n{oops}\n')
    (tmp_path / "b_sub" / "deeper" / "page.html").write_bytes(PAGE)
    (tmp_path / "c_empty.txt").write_text("")
    (tmp_path / "d_photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (tmp_path / "e_latin.txt").write_bytes("Sanaa, façade".encode("latin-1"))
    (tmp_path / ".hidden.txt").write_text("Never read.")
    (tmp_path / ".git" / "notes.txt").write_text("Never read either.")

    items = list(read_sources([tmp_path], max_bytes=LIMIT))

    assert [Path(a.source.split(":")[0]).name for a in articles(items)] == [
        "a_report.txt",
        "page.html",
        "feed.jsonl",
    ]
    reasons = {
        Path(q.source.split(":")[0]).name: q.reason.split(":")[0] for q in quarantined(items)
    }
    assert reasons == {
        "feed.jsonl": "malformed JSON on line 2",
        "c_empty.txt": "empty",
        "d_photo.jpg": "binary",
        "e_latin.txt": "undecodable",
    }
    assert not any("Never read" in a.text for a in articles(items))


def test_folder_is_streamed_not_read_up_front(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "b.txt").write_text("Second.")
    items = read_sources([tmp_path], max_bytes=LIMIT)
    first = next(items)
    assert isinstance(first, Article)
    (tmp_path / "b.txt").unlink()
    (rest,) = list(items)
    assert isinstance(rest, Quarantined)
    assert rest.reason.startswith("unreadable")


def test_ids_are_stable_across_runs_and_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Three killed.\nTwo wounded.\n")
    (tmp_path / "b.txt").write_bytes(b"Three killed.\r\nTwo wounded.\r\n")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Three killed.\nTwo wounded."}))
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": "Three killed.", "title": "A"}))

    first = [a.id for a in articles(list(read_sources([tmp_path], max_bytes=LIMIT)))]
    second = [a.id for a in articles(list(read_sources([tmp_path], max_bytes=LIMIT)))]

    assert first == second
    assert first[0] == first[1] == first[2]
    assert first[3] != first[0]
    assert first[0] == Article.make_id("Three killed.\nTwo wounded.")


def test_options_describe_plain_text_and_fill_gaps_in_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Plain text.")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": "Own fields.", "published": "2020-01-02", "outlet": "Wire"})
        + "\n"
        + json.dumps({"text": "No fields.", "published": None, "url": ""})
    )
    options = {"published": date(2021, 7, 28), "outlet": "Ledger", "url": "https://x.test/a"}
    items = articles(list(read_sources([tmp_path], max_bytes=LIMIT, **options)))  # type: ignore[arg-type]
    assert [(a.published, a.outlet, a.url) for a in items] == [
        (date(2021, 7, 28), "Ledger", "https://x.test/a"),
        (date(2020, 1, 2), "Wire", "https://x.test/a"),
        (date(2021, 7, 28), "Ledger", "https://x.test/a"),
    ]


def test_html_keeps_the_article_and_drops_the_menu_and_footer(tmp_path: Path) -> None:
    (article,) = ingest(tmp_path / "page.html", PAGE, url="https://ledger.test/clash")
    assert isinstance(article, Article)
    assert article.title == "Three soldiers killed in border clash"
    paragraphs = article.text.split("\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Three soldiers were killed on Wednesday")
    assert paragraphs[2].endswith("left their homes for the regional capital.")
    for chrome in ("Home", "Politics", "Subscribe", "All rights reserved", "Privacy policy"):
        assert chrome not in article.text
    assert article.published == date(2021, 7, 28)
    assert article.outlet == "Daily Ledger"
    assert article.url == "https://ledger.test/clash"


def test_html_date_comes_from_metadata_not_from_a_guess_at_the_text(tmp_path: Path) -> None:
    meta = b'<meta property="article:published_time" content="2021-07-28T10:00:00Z">'
    undated = PAGE.replace(meta, b"").replace(b"on Wednesday", b"on Wednesday 3 March 2020")
    (article,) = ingest(tmp_path / "page.html", undated)
    assert isinstance(article, Article)
    assert "3 March 2020" in article.text
    assert article.published is None
    (article,) = ingest(tmp_path / "page.html", undated, published=date(2021, 7, 28))
    assert isinstance(article, Article)
    assert article.published == date(2021, 7, 28)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Plain words on stdin.\n", [("Plain words on stdin.", "<stdin>")]),
        (b'{"text": "Not JSON", oops', [('{"text": "Not JSON", oops', "<stdin>")]),
        (b'{\n  "text": "Pretty JSON.",\n  "title": "T"\n}\n', [("Pretty JSON.", "<stdin>")]),
        (b'[{"text": "A."}, {"text": "B."}]', [("A.", "<stdin>[0]"), ("B.", "<stdin>[1]")]),
        (b'\n{"text": "A."}\n{"text": "B."}\n', [("A.", "<stdin>:2"), ("B.", "<stdin>:3")]),
    ],
)
def test_stdin_is_text_unless_it_parses_as_json(
    content: bytes, expected: list[tuple[str, str]]
) -> None:
    items = from_stdin(content)
    assert [(a.text, a.source) for a in articles(items)] == expected
    assert quarantined(items) == []


def test_stdin_takes_the_options() -> None:
    (article,) = from_stdin(b"Two killed.", published=date(2021, 7, 28), outlet="Radio", url="u")
    assert isinstance(article, Article)
    assert (article.published, article.outlet, article.url) == (date(2021, 7, 28), "Radio", "u")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty: no text"),
        (b"x" * 300, "too large: at least 300 bytes, the limit is 100"),
        (b"short\n" + b"x" * 300 + b"\n", "too large: at least 307 bytes, the limit is 100"),
        (b"\x00\x01", "binary"),
        (b"\xff\xfe", "undecodable: not UTF-8 text (byte 0xff at offset 0)"),
    ],
)
def test_bad_stdin_is_quarantined(content: bytes, reason: str) -> None:
    (item,) = from_stdin(content, max_bytes=100)
    assert isinstance(item, Quarantined)
    assert item.source == "<stdin>"
    assert item.reason.startswith(reason)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-07-28", date(2021, 7, 28)),
        ("2021-07-28T10:00:00Z", date(2021, 7, 28)),
        ("2021-07-28T23:30:00+05:00", date(2021, 7, 28)),
        (" 2021-07-28 ", date(2021, 7, 28)),
        ("", None),
        (None, None),
    ],
)
def test_published_accepts_iso_dates(value: object, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "28/07/2021", "July 28, 2021", "2021", 2021])
def test_published_does_not_guess(value: object) -> None:
    with pytest.raises(InputError, match="bad date"):
        parse_published(value)
