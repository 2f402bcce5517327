"""Dates: find date expressions in a sentence and resolve them against the publication date.

A weekday means the latest such day on or before publication; a relative expression with no
publication date stays unresolved, it is never guessed.

>>> from datetime import date
>>> resolve("Wednesday", date(2021, 7, 28)).label
'2021-07-28'
>>> resolve("September last year", date(2021, 7, 28)).label
'2020-09'
>>> resolve("Wednesday", None).start is None
True
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

from flashpoint.models import DatePrecision, DateSpan

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_YEAR = r"(?:1[89]\d\d|20\d\d|'?\d\d)"
# A year after a day and month: "2024", "'24", "89" ("3 JAN 90"); not the count in "on
# November 11, 10 suspected militants were killed", a number a word in lower case follows
_A_YEAR = r"(?P<y>(?:1[89]|20)\d\d\b|'?\d\d\b(?!\s+(?-i:[a-z])))"
_NO_YEAR = r"(?!\s*,?\s*\d++(?!\s+(?-i:[a-z])))"

# People a number may count ("the 2000 protesters"): no year.
_COUNTED = (
    r"(?:people|persons|protesters|demonstrators|soldiers|troops|fighters|civilians|residents"
    r"|men|women|children|workers|students|police|officers|militants|rebels|villagers"
    r"|refugees|prisoners|hostages)\b"
)

# An incident a text has told, that a day may be counted from ("the day before the attack").
_TOLD = r"(?:attack|assault|ambush|clash|clashes|raid|bombing|blast|explosion|strike|fighting)"

# A day told by the clock of another zone: "0230 GMT on 12 January".
_GMT_DAY = (
    rf"(?P<gh>[01]\d|2[0-3]):?(?P<gm>[0-5]\d)\s*(?:GMT|UTC)\s+(?:on\s+){{0,2}}"
    rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})"
)

# Order matters: longer, more specific expressions first.
PATTERNS: tuple[tuple[str, str], ...] = (
    # the local clock, then the GMT one with its day: "at 2230 [0230 GMT on 12 January]"
    # is the 11th where it happened
    (
        "local_day",
        r"\b(?P<lh>2[0-3]|[01]?\d)(?::|\.)?(?P<lm>[0-5]\d)(?!\d)\s*(?P<ap>[ap]\.?m\b\.?)?"
        rf"[^\[\]()\n]{{0,20}}?[\[(]\s*{_GMT_DAY}(?:\s*,?\s+(?P<y>(?:19|20)?\d\d))?\s*[\])]",
    ),
    # the GMT clock alone: "went off at 0400 GMT on 10 September" is the GMT day until the
    # place's time zone is known (to_local)
    ("gmt_day", rf"\b{_GMT_DAY}\b(?:\s*,?\s+{_A_YEAR}|{_NO_YEAR})"),
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # a run of days: "between 4 and 7 March", "from 4 to 7 March", "7-10 May", "March 4-7";
    # not "March 5 - 12 soldiers were killed" nor "between March 1 and 20 people"
    (
        "day_range",
        rf"\b(?:between\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+|(?:from\s+)?(?P<d_>[0-3]?\d)"
        rf"(?:st|nd|rd|th)?(?:[-–]|\s+(?:to|until)\s+))"
        rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})"
        rf"(?:\s*,?\s+(?P<y>(?:19|20)\d\d)\b|(?!\s*,?\s*\d))",
    ),
    (
        "day_range",
        rf"\b(?:between\s+(?P<mon>{_MON})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+|(?:from\s+)?"
        rf"(?P<mon_>{_MON})\s+(?P<d_>[0-3]?\d)(?:st|nd|rd|th)?(?:[-–]|\s+(?:to|until)\s+))"
        rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b"
        rf"(?:\s*,\s*(?P<y>(?:19|20)\d\d)\b|(?!\s*,?\s*\d))(?!\s+{_COUNTED})",
    ),
    ("dmy", rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MON})\s*,?\s+{_A_YEAR}"),
    # "November 11, 2024", "Nov 11, '24"; not "on November 11, 10 suspected militants"
    (
        "mdy",
        rf"\b(?P<mon>{_MON})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*,\s*{_A_YEAR}",
    ),
    ("month_last_year", rf"\b(?P<mon>{_MON})\s+(?:of\s+)?last\s+year\b"),
    ("month_this_year", rf"\b(?P<mon>{_MON})\s+(?:of\s+)?this\s+year\b"),
    # "November 11, 10 suspected militants": the day, then a count; not the month of a day
    # told first ("on 23 September 28 bodies were found")
    (
        "md",
        rf"(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\b(?P<mon>{_MON})\s+(?P<d>[0-3]?\d)"
        rf"(?:st|nd|rd|th)?\b{_NO_YEAR}",
    ),
    ("dm", rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\b{_NO_YEAR}"),
    ("month_year", rf"\b(?P<mon>{_MON})\s+(?P<y>(?:19|20)\d\d)\b"),
    # a month or year counted from the last date told ("since March ... later that month")
    # ... or the day ("were abducted from a camp the same day", "later that day")
    (
        "that_unit",
        r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+(?P<unit>month|year|day)"
        r"|(?:that|the)\s+same\s+(?P<unit_>day))\b(?!\s+as\b)",
    ),
    ("earlier", r"\bearlier\s+(?:this|in\s+the)\s+(?P<unit>week|month|year)\b"),
    ("last_unit", r"\b(?:last|previous)\s+(?P<unit>week|month|year)(?:'s|’s)?\b"),
    ("this_unit", r"\bthis\s+(?P<unit>week|month|year)\b"),
    ("weekday", rf"\b(?:(?:early|late)\s+(?:on\s+)?|last\s+)?(?P<wd>{_WD})\b"),
    ("days_ago", r"\b(?P<n>\d+|two|three|four|five|six|seven)\s+days\s+ago\b"),
    ("few_days_ago", r"\b(?:a\s+few|several|some)\s+days\s+ago\b"),
    # "two weeks ago", "a month ago", "some 3 years ago": the week, month or year so far back
    (
        "units_ago",
        r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
        r"(?P<unit>weeks?|months?|years?)\s+ago\b",
    ),
    # a day counted from another the text has told ("The day before, an IED wounded three
    # soldiers"), not "the day before the vote"
    (
        "day_before",
        r"\b(?:the\s+(?:day|night)\s+before|a\s+day\s+(?:earlier|before)|the\s+previous\s+"
        r"(?:day|night))\b(?!\s+(?:the|a|an|his|her|its|their|yesterday|last)\b)",
    ),
    # the day before the incident the text has told: "the day before the attack"
    ("day_before", rf"\b(?:the|a)\s+(?:day|night)\s+before\s+the\s+{_TOLD}\b"),
    (
        "day_after",
        r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)\b"
        r"(?!\s+(?:the|a|an|his|her|its|their|tomorrow)\b)",
    ),
    # days or weeks counted on from the day last told: "A week later, a bus bomb blew up",
    # "two days later"
    (
        "days_later",
        r"\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
        r"later\b",
    ),
    # what something told "came a day after": the day before it ("The attack came a day
    # after Israeli warplanes struck the port"; "since Oct. 8, a day after Hamas's attack");
    # "hours after" is the same day
    (
        "days_before",
        r"(?:(?<=\bcame\s)|(?<=\bcomes\s)|(?<=\bfollowed\s)|(?<=\bfollows\s)|(?<=,\s))"
        r"(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|seven)\s+days?\s+after\b",
    ),
    ("yesterday", r"\b(?:yesterday|last\s+night)\b"),
    ("today", r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"),
    # "two bombs exploded a few minutes ago", "in the past few hours", "in the last 24
    # hours", "right now we are hearing heavy shooting": the day of the report (live radio
    # and wire flashes)
    (
        "today",
        r"\b(?:(?:a\s+few|several|some|a|an|one|two|three|four|five|six|\d{1,2})\s+"
        r"(?:minutes?|hours?)\s+ago|moments?\s+ago|(?:in\s+|during\s+|over\s+)?the\s+"
        r"(?:past|last)\s+(?:few|several|12|twelve|24|twenty-four)\s+hours|right\s+now)\b",
    ),
    # the night into the day of publication, or into the day after the one last told
    ("overnight", r"\bovernight\b(?!\s+(?:on|into|to|of|from)\b)"),
    ("in_month", rf"\b(?:in|since|during|early|late|mid-?|last)\s+(?P<mon>{_MON})\b"),
    # a month naming a thing: "after the July arrest in the United States", "a March raid"
    ("month_of", rf"\b(?:the|a|an|its|their)\s+(?P<mon>{_MON})(?=\s+(?-i:[a-z])|\Z)"),
    # a run of years: "between 2011 and 2019", "from 1996 to 2003"
    (
        "year_range",
        r"\b(?:between\s+(?P<y>(?:19|20)\d\d)\s+and|from\s+(?P<y_>(?:19|20)\d\d)\s+(?:to|until))"
        r"\s+(?P<y2>(?:19|20)\d\d)\b",
    ),
    ("in_year", r"\bin\s+(?P<y>(?:19|20)\d\d)\b"),
    # "by the end of 2021", "in early 2022", "during mid-2020": a part of a year, as its year
    (
        "in_year",
        r"\b(?:the\s+(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of"
        r"|(?:in|by|during)\s+(?:early|late|mid-?))\s*(?P<y>(?:19|20)\d\d)\b",
    ),
    # a year naming a thing: "the 2014 war", "a 2003 ceasefire accord"
    (
        "year_of",
        r"\b(?:the|a|an|its|their)\s+(?P<y>(?:19|20)\d\d)(?=\s+[a-z]|$)(?!\s+" + _COUNTED + r")",
    ),
)
_COMPILED = tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in PATTERNS)

TIME = re.compile(
    r"\b(?:at\s+)?(?:around\s+|about\s+)?(?P<h>[01]?\d|2[0-3])(?::|\.)?(?P<m>[0-5]\d)?\s*"
    r"(?P<ampm>a\.?m\.?|p\.?m\.?)(?=\W|$)(?P<local>\s+local\s+time)?",
    re.IGNORECASE,
)
# 24-hour clock times: "at 21:15", "at about 2115 local time", "0600 hours". Four bare
# digits count only with a marker, so that a year is never read as a time.
TIME24 = re.compile(
    r"\b(?:(?P<at>at\s+(?:around\s+|about\s+)?)(?P<h1>[01]\d|2[0-3]):(?P<m1>[0-5]\d)"
    r"|(?P<h2>[01]\d|2[0-3]):?(?P<m2>[0-5]\d)\s*(?P<mark>hours|hrs|local\s+time))\b",
    re.IGNORECASE,
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# Days counted from the day of another event told before: the shift in days.
RELATIVE_KINDS = {"day_before": -1, "day_after": 1, "days_before": -1, "days_later": 1}
_COUNTS = {"a": 1, "one": 1, **_SMALL}
_MORE = {"an": 1, "eight": 8, "nine": 9, "ten": 10}
# "earlier" marks what it dates as past context, whatever span it resolves to.
BACKGROUND_KINDS = frozenset({"earlier", "last_unit", "month_last_year"})


def find(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, kind) of the date expressions in ``text``, without overlaps.

    >>> [kind for _, _, kind in find("fighting on Wednesday, after an incident in May")]
    ['weekday', 'in_month']

    A day given with a clock time in another zone ("at 2:30 a.m. (2330 GMT on Tuesday)") is
    that zone's day, not the local one the report is dated by: it is left out.

    >>> list(find("at about 2:30 a.m. (2330 GMT on Tuesday)"))
    []
    """
    yield from _found(text)


@functools.lru_cache(maxsize=4096)
def _found(text: str) -> tuple[tuple[int, int, str], ...]:
    """The date expressions of a text, once per text (a sentence is asked about often)."""
    zoned = [m.span() for m in _LOCAL_DAY.finditer(text)]
    taken = [
        m.span()
        for m in _OTHER_ZONE.finditer(text)
        if not any(start <= m.start() and m.end() <= end for start, end in zoned)
    ]
    hits: list[tuple[int, int, str]] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if _not_the_month(kind, m, text):
                continue
            taken.append((m.start(), m.end()))
            hits.append((m.start(), m.end(), kind))
    hits.sort()
    # "on Monday, 4 August": the date names the day; the weekday only goes with it (and
    # may be wrong, as a wire's often is)
    return tuple(
        hit
        for n, hit in enumerate(hits)
        if not (
            hit[2] == "weekday"
            and n + 1 < len(hits)
            and hits[n + 1][2] in {"dm", "md", "dmy", "mdy"}
            and text[hit[1] : hits[n + 1][0]].strip() == ","
        )
    )


_OTHER_ZONE = re.compile(r"[(\[][^()\[\]\n]{0,20}\b(?:GMT|UTC)\b[^()\[\]\n]{0,30}[)\]]")
_LOCAL_DAY = dict(_COMPILED)["local_day"]
_GMT_ALONE = dict(_COMPILED)["gmt_day"]


def _not_the_month(kind: str, m: re.Match[str], text: str) -> bool:
    """Whether an "in May" hit is not the month: "early may", "in may be", "may this year",
    "the march on parliament"."""
    if kind == "month_of":
        return not m.group("mon")[0].isupper()
    if kind not in {"in_month", "month_this_year"} or m.group("mon").lower().rstrip(".") != "may":
        return False
    if kind == "month_this_year":
        return not m.group("mon")[0].isupper()
    if not re.match(r"(?i)in\s+May\b", m.group(0)) or not m.group("mon")[0].isupper():
        return True
    return bool(re.match(r"\s+(?:be|have|not)\b", text[m.end() :]))


def _year(raw: str, published: date | None) -> int:
    raw = raw.lstrip("'")
    if len(raw) == 4:
        return int(raw)
    if published is None:
        return (1900 if int(raw) >= 50 else 2000) + int(raw)
    value = (published.year // 100) * 100 + int(raw)
    return value - 100 if value > published.year else value


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _before(published: date, month: int, day: int = 1) -> int:
    """The year that puts month/day on or before publication (news is about the past)."""
    return (
        published.year if (month, day) <= (published.month, published.day) else published.year - 1
    )


def resolve(expression: str, published: date | None) -> DateSpan:
    """Resolve one date expression against the publication date, with its precision."""
    for kind, rx in _COMPILED:
        m = rx.search(expression)
        if m:
            return _resolve(kind, m, expression, published)
    return DateSpan(None, None, DatePrecision.UNKNOWN, expression)


def _resolve(kind: str, m: re.Match[str], basis: str, pub: date | None) -> DateSpan:
    # a pattern that gives a group two ways names the second one with a trailing "_"
    g = {k: v for k, v in m.groupdict().items() if not k.endswith("_")}
    g.update({k[:-1]: v for k, v in m.groupdict().items() if k.endswith("_") and v})
    mon = MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else None
    day, month, year = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
    try:
        if kind in {"iso", "dmy", "mdy"}:
            y = int(g["y"]) if kind == "iso" else _year(g["y"], pub)
            mo = int(g["m"]) if kind == "iso" else mon
            d = date(y, mo or 1, int(g["d"]))
            return DateSpan(d, d, day, basis)
        if kind == "month_year" and mon:
            return DateSpan(*_month_span(int(g["y"]), mon), month, basis)
        if kind in {"in_year", "year_of"}:
            y = int(g["y"])
            return DateSpan(date(y, 1, 1), date(y, 12, 31), year, basis)
        if kind == "year_range" and int(g["y2"]) > int(g["y"]):
            return DateSpan(date(int(g["y"]), 1, 1), date(int(g["y2"]), 12, 31), year, basis)
        if pub is None:
            return DateSpan(None, None, DatePrecision.UNKNOWN, f"{basis} (no publication date)")
        if kind in {"md", "dm"} and mon:
            d = date(_before(pub, mon, int(g["d"])), mon, int(g["d"]))
            return DateSpan(d, d, day, basis)
        if kind in {"local_day", "gmt_day"} and mon:
            # the GMT day may be the one after publication where the news happened
            y = _year(g["y"], pub) if g.get("y") else _before(pub + timedelta(1), mon, int(g["d"]))
            d = date(y, mon, int(g["d"]))
            if kind == "local_day":
                d = _local_day(d, g)
            return DateSpan(d, d, day, basis)
        if kind == "day_range" and mon:
            y = int(g["y"]) if g.get("y") else _before(pub, mon, int(g["d2"]))
            last = date(y, mon, int(g["d2"]))
            # "between 28 and 3 May": the run starts in the month before
            earlier = int(g["d"]) > last.day
            start_month = date(y - (mon == 1), 12 if mon == 1 else mon - 1, 1) if earlier else last
            first = start_month.replace(day=int(g["d"]))
            # a few days are a week's span, more a month's; the span keeps the days
            span = (last - first).days
            wide = day if span == 0 else DatePrecision.WEEK if span < 7 else month
            return DateSpan(first, last, wide, basis)
        if kind == "month_last_year" and mon:
            return DateSpan(*_month_span(pub.year - 1, mon), month, basis)
        if kind == "month_this_year" and mon:
            return DateSpan(*_month_span(pub.year, mon), month, basis)
        if kind in {"in_month", "month_of"} and mon:
            return DateSpan(*_month_span(_before(pub, mon), mon), month, basis)
    except ValueError:
        return DateSpan(None, None, DatePrecision.UNKNOWN, f"{basis} (not a real date)")
    if kind == "weekday":
        back = (pub.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if back == 0 and m.group(0).lower().startswith("last"):
            back = 7
        d = pub - timedelta(days=back)
        return DateSpan(d, d, day, basis)
    if kind == "days_ago":
        raw = g["n"].lower()
        d = pub - timedelta(days=int(raw) if raw.isdigit() else _SMALL[raw])
        return DateSpan(d, d, day, basis)
    if kind == "units_ago":
        return _units_ago(g["n"].lower(), g["unit"].lower().rstrip("s"), pub, basis)
    if kind == "few_days_ago":
        # "a few days ago": within the week before, not the day before
        return DateSpan(pub - timedelta(days=7), pub - timedelta(days=2), DatePrecision.WEEK, basis)
    if kind == "yesterday":
        d = pub - timedelta(days=1)
        return DateSpan(d, d, day, basis)
    if kind in {"today", "overnight"}:
        return DateSpan(pub, pub, day, basis)
    unit = (g.get("unit") or "").lower()
    if kind in {"earlier", "this_unit"}:
        return _unit_span(unit, pub, pub, basis)
    if kind == "last_unit":
        ref = {
            "week": pub - timedelta(days=7),
            "month": (pub.replace(day=1) - timedelta(days=1)),
            "year": pub.replace(year=pub.year - 1, day=1),
        }[unit]
        return _unit_span(unit, ref, pub, basis)
    return DateSpan(None, None, DatePrecision.UNKNOWN, basis)


_FINE_ENOUGH = {
    "day": {DatePrecision.DAY},
    "month": {DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH},
}


def same_unit(expression: str, anchor: DateSpan) -> DateSpan:
    """ "Later that month", "the same day", counted from the last date a text told (known at
    least to the unit), or unknown when there is none.

    >>> march = DateSpan(date(2025, 3, 1), date(2025, 3, 31), DatePrecision.MONTH)
    >>> same_unit("later that month", march).label
    '2025-03'
    """
    unit = expression.lower().rstrip().rsplit(maxsplit=1)[-1]
    if anchor.start is None or anchor.precision not in _FINE_ENOUGH.get(unit, set(DatePrecision)):
        return DateSpan(None, None, DatePrecision.UNKNOWN, f"{expression} (no date to count from)")
    if unit == "day":
        return replace(anchor, basis=expression)
    if unit == "year":
        y = anchor.start.year
        return DateSpan(date(y, 1, 1), date(y, 12, 31), DatePrecision.YEAR, expression)
    first, last = _month_span(anchor.start.year, anchor.start.month)
    return DateSpan(first, last, DatePrecision.MONTH, expression)


def shifted(kind: str, anchor: DateSpan, basis: str) -> DateSpan:
    """A day counted from another ("the day before" Wednesday is Tuesday), or unknown when
    that other day is not known to the day.

    >>> wednesday = DateSpan(date(2025, 1, 8), date(2025, 1, 8), DatePrecision.DAY)
    >>> shifted("day_before", wednesday, "the day before").label
    '2025-01-07'
    >>> shifted("days_later", wednesday, "two days later").label
    '2025-01-10'
    """
    if anchor.precision is not DatePrecision.DAY or anchor.start is None:
        return DateSpan(None, None, DatePrecision.UNKNOWN, f"{basis} (no day to count from)")
    days = RELATIVE_KINDS[kind]
    if kind == "days_before":
        # "came two days after": as many days before
        days = -_COUNTS[basis.split()[-3].lower()]
    if kind == "days_later":
        count, unit = basis.split()[:2]
        days = int(count) if count.isdigit() else _COUNTS[count.lower()]
        if unit.lower().startswith("week"):
            # "five weeks later": the week around that many weeks on
            d = anchor.start + timedelta(weeks=days)
            span = (d - timedelta(days=3), d + timedelta(days=3))
            return DateSpan(*span, DatePrecision.WEEK, f"{basis} ({anchor.basis})")
    d = anchor.start + timedelta(days=days)
    return DateSpan(d, d, DatePrecision.DAY, f"{basis} ({anchor.basis})")


def _units_ago(count: str, unit: str, pub: date, basis: str) -> DateSpan:
    """ "Two weeks ago": the week around that day; "three months ago", that month; "a year
    ago", that year.

    >>> _units_ago("3", "year", date(1989, 10, 25), "3 years ago").label
    '1986'
    >>> _units_ago("two", "month", date(2024, 1, 10), "two months ago").label
    '2023-11'
    """
    n = int(count) if count.isdigit() else _COUNTS.get(count, _MORE.get(count, 1))
    if unit == "week":
        d = pub - timedelta(weeks=n)
        return DateSpan(d - timedelta(days=3), d + timedelta(days=3), DatePrecision.WEEK, basis)
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 - n
        return DateSpan(*_month_span(months // 12, months % 12 + 1), DatePrecision.MONTH, basis)
    y = pub.year - n
    return DateSpan(date(y, 1, 1), date(y, 12, 31), DatePrecision.YEAR, basis)


def _unit_span(unit: str, ref: date, pub: date, basis: str) -> DateSpan:
    if unit == "week":
        start = ref - timedelta(days=ref.weekday())
        return DateSpan(start, min(start + timedelta(days=6), pub), DatePrecision.WEEK, basis)
    if unit == "month":
        return DateSpan(*_month_span(ref.year, ref.month), DatePrecision.MONTH, basis)
    return DateSpan(date(ref.year, 1, 1), date(ref.year, 12, 31), DatePrecision.YEAR, basis)


def _local_day(gmt_day: date, g: dict[str, str]) -> date:
    """The local day of a moment told by both clocks: the shift between them (from 14 hours
    ahead of GMT to 10 behind) moves the GMT day.

    >>> _local_day(date(1990, 1, 12), {"lh": "22", "lm": "30", "gh": "02", "gm": "30"})
    datetime.date(1990, 1, 11)
    >>> evening = {"lh": "7", "lm": "50", "ap": "p.m.", "gh": "00", "gm": "50"}
    >>> _local_day(date(1989, 10, 18), evening)
    datetime.date(1989, 10, 17)
    """
    hour = int(g["lh"])
    if g.get("ap"):
        hour = hour % 12 + (12 if g["ap"].lower().startswith("p") else 0)
    gmt = datetime.combine(gmt_day, time(int(g["gh"]), int(g["gm"])))
    shift = (hour * 60 + int(g["lm"]) - gmt.hour * 60 - gmt.minute) % 1440
    if shift > 14 * 60:
        shift -= 1440
    return (gmt + timedelta(minutes=shift)).date()


def to_local(span: DateSpan, zone: str | None) -> DateSpan:
    """A day told by the GMT clock alone ("at 0400 GMT on 10 September"), moved to the day
    and time it was in ``zone``, the place's time zone; other spans as they are.

    >>> span = resolve("at 0400 GMT on 10 September", date(1989, 9, 10))
    >>> local = to_local(span, "America/Guatemala")
    >>> str(local.start), local.time_local
    ('1989-09-09', '22:00')
    """
    m = _GMT_ALONE.search(span.basis)
    if zone is None or m is None or span.start is None or _LOCAL_DAY.search(span.basis):
        return span
    gmt = datetime.combine(span.start, time(int(m.group("gh")), int(m.group("gm"))), UTC)
    moment = gmt.astimezone(ZoneInfo(zone))
    return replace(
        span,
        start=moment.date(),
        end=moment.date(),
        time_local=moment.strftime("%H:%M"),
        timezone=zone,
    )


def find_time(text: str) -> str | None:
    """The first clock time in ``text`` as "HH:MM" (24 h), or None.

    >>> find_time("at around 3:40AM local time")
    '03:40'
    >>> find_time("heavy fighting broke out at about 2115 local time")
    '21:15'
    >>> find_time("in 2115 local elections") is None
    True
    """
    m = TIME.search(text)
    if m:
        hour = int(m.group("h")) % 12
        if m.group("ampm").lower().startswith("p"):
            hour += 12
        return f"{hour:02d}:{int(m.group('m') or 0):02d}"
    m24 = TIME24.search(text)
    if m24 is None:
        return None
    hour_text, minute_text = m24.group("h1", "m1") if m24.group("h1") else m24.group("h2", "m2")
    return f"{int(hour_text):02d}:{int(minute_text):02d}"


@functools.cache
def _zones() -> dict[str, tuple[str, ...]]:
    """Country code -> its IANA time zones, from the tz database's zone.tab (package tzdata)."""
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    zones: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.split("\t")[:3]
            zones.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in zones.items()}


def timezone_of(countries: Sequence[str], day: date | None) -> str | None:
    """The time zone "local time" means in these countries on that day, or None when they
    do not share one clock (a border between two zones, a country with several).

    >>> timezone_of(["AM", "AZ"], date(2021, 7, 28))
    'Asia/Yerevan'
    >>> timezone_of(["KG", "TJ"], date(2024, 9, 3)) is None
    True
    """
    names = [zone for code in countries for zone in _zones().get(code, ())]
    if not names or day is None:
        return names[0] if len(set(names)) == 1 else None
    noon = datetime.combine(day, time(12))
    offsets = {ZoneInfo(name).utcoffset(noon) for name in names}
    return names[0] if len(offsets) == 1 else None


# "four years ago", "a year ago"
_YEARS_AGO = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago\b",
    re.IGNORECASE,
)


def long_before(text: str, published: date | None, days: int = 31) -> bool:
    """Whether ``text`` dates what it tells more than ``days`` before publication ("in
    2019", "last year", "four years ago").

    >>> long_before("who were killed four years ago", None)
    True
    >>> p = date(2024, 5, 18)
    >>> long_before("shot dead by police last year", p), long_before("on Monday", p)
    (True, False)
    """
    if _YEARS_AGO.search(text):
        return True
    if published is None:
        return False
    limit = published - timedelta(days=days)
    return any(
        (span := resolve(text[start:end], published)).end is not None and span.end < limit
        for start, end, _ in find(text)
    )


def week_before(published: date | None) -> DateSpan:
    """The span used when a report carries no date at all: the week up to publication."""
    if published is None:
        return DateSpan(None, None, DatePrecision.UNKNOWN, "no date in the text or metadata")
    start = published - timedelta(days=6)
    return DateSpan(start, published, DatePrecision.WEEK, "no date in the text: publication week")


_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'/-]{{1,40}}(?:\s*\([A-Za-z .'-]{{1,30}}\))?,\s+"
    rf"(?P<d>[0-3]?\d)\s+(?P<mon>{_MON})\s+(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)


_DATELINE_HEAD = re.compile(
    r"^\s*[A-Z][A-Za-z .'/-]{1,40}(?:\s*\([A-Za-z .'-]{1,30}\))?(?:,\s*[A-Za-z .'-]{1,30})?,"
    r"\s+[^\n]{1,40}?"
    r"(?:(?:\([^)\n]{1,40}\))?\s*(?:--|-|\u2014|\u2013)\s|\([A-Z]{2,10}\)\s)"
)


# A place and a date ended by a colon: "IMPHAL, Nov 26: ".
_COLON_HEAD = re.compile(r"^\s*[A-Z][A-Za-z .'/-]{1,40},\s+[A-Za-z0-9 ,.]{3,20}:\s")


# A dateline with no place: "March 4 (Reuters) - ".
_DATE_ONLY_HEAD = re.compile(
    r"^\s*[A-Z][a-z]{2,8}\.? [0-3]?\d\s*\([^)\n]{1,40}\)\s*(?:--|-|\u2014|\u2013)\s"
)


def dateline_end(text: str) -> int:
    """Where a dateline ("BAMAKO, July 3 (Wire) - ") ends, or 0 when the text has none: its
    date is the day of publication, never the day of an event.

    >>> dateline_end("KHARKIV, Ukraine, May 26 (Eastline) - The number of people killed")
    38
    >>> dateline_end("SRINAGAR, Jan 15 (PTI) Pakistani troops opened fire")
    23
    >>> dateline_end("March 4 (Wire) - A drone struck a car"), dateline_end("Armenia said - a")
    (17, 0)
    >>> dateline_end("ISTANBUL/ERBIL, Iraq, Sept 16 (Reuters) - Turkish warplanes struck")
    42
    >>> dateline_end("Jet bombs Rakhine market, killing at least 18 - Arakan Army")
    0
    >>> dateline_end("Ramallah, occupied West Bank – A Palestinian man was killed")
    31
    >>> dateline_end("IMPHAL, Nov 26: A village volunteer"), dateline_end("Then, he said: no")
    (16, 0)
    """
    m = _DATELINE_HEAD.match(text[:160]) or _DATE_ONLY_HEAD.match(text[:80])
    if m is None:
        # "IMPHAL, Nov 26: A village volunteer was killed": a colon ends it when a date
        # stands before it
        m = _COLON_HEAD.match(text[:80])
        return m.end() if m is not None and _found(m.group()) else 0
    # a dateline gives a date, or leads with a place's name ("Ramallah, occupied West Bank
    # - "); a headline has words of a sentence before its comma
    place = m.group().split(",")[0].split()
    named = 1 <= len(place) <= 4 and all(w[:1].isupper() for w in place)
    return m.end() if _found(m.group()) or named else 0


# A dateline that gives only the place: "SRINAGAR:", "GOMA, Congo (AP) —", "Bogota (AFP) -".
# upper- and lower-case letters, with the accented ones of Latin-1 ("CÚCUTA", "Bogotá")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff"
_PLACE_DATELINE = re.compile(
    rf"^\s*(?:[{_UP}][{_UP}.'-]+(?: [{_UP}][{_UP}.'-]+){{0,3}}"
    rf"(?:,\s*[{_UP}][{_UP}{_LOW}.'-]+(?: [{_UP}][{_UP}{_LOW}.'-]+)?)?"
    r"(?:\s*\([A-Za-z .'-]{1,30}\))?\s*(?::|--|-|\u2014|\u2013)"
    rf"|[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{0,2}}(?:,\s*[{_UP}][{_UP}{_LOW} .'-]{{1,30}})?"
    r"(?:\s*\([A-Za-z .'-]{1,30}\)){1,2}\s*(?:--|-|\u2014|\u2013))\s"
)


def place_dateline_end(text: str) -> int:
    """Where a dateline ends, with or without a date (see :func:`dateline_end`), or 0.

    A place-only dateline is followed by ordinary (not shouted) text, and holds no word of a
    sentence ("THE ARMY SAID: ...", "In Kabul (Afghanistan) - ...").

    >>> [place_dateline_end(t) for t in ("SRINAGAR: An Army soldier", "Bogota (AFP) - Guerrillas")]
    [10, 15]
    >>> place_dateline_end("GOMA, Congo (AP) \u2014 Fighting"), place_dateline_end("Armenia: no")
    (19, 0)
    >>> place_dateline_end("Port Sudan (Sudan) (AFP) - Two civilians")
    27
    >>> place_dateline_end("C\u00daCUTA, Colombia (AP) \u2014 Fighting")
    24
    >>> place_dateline_end("THE ARMY SAID: rebels attacked"), place_dateline_end("TWO MEN - KILLED")
    (0, 0)
    """
    m = _PLACE_DATELINE.match(text[:160])
    place = m.end() if m else 0
    if place:
        from spacy.lang.en.stop_words import STOP_WORDS

        words = re.findall(r"[A-Za-z']+", m.group() if m else "")
        after = text[place : place + 100]
        sentence_like = any(
            w.lower() in STOP_WORDS or w.lower() in _STATEMENT or w.lower().endswith("ed")
            for w in words
        )
        if sentence_like or not re.search(r"[a-z]", after):
            place = 0
    return max(place, dateline_end(text))


_STATEMENT = frozenset({"said", "says", "reported", "breaking", "update", "note"})


def dateline_span(text: str) -> tuple[int, int]:
    """Where the dateline is: at the start of the text, or at the start of one of its first
    lines when a headline or page chrome comes first; (0, 0) when there is none.

    >>> dateline_span("Clashes kill 27\\nTRIPOLI, Aug 16 (Wire) - Clashes between")
    (16, 41)
    >>> dateline_span("KABUL: Gunmen"), dateline_span("No dateline here.\\nNor here.")
    ((0, 7), (0, 0))
    """
    start = 0
    # a site's masthead, menu, date bar, headline and byline may come first
    for _ in range(8):
        end = place_dateline_end(text[start:])
        if end:
            return start, start + end
        start = text.find("\n", start) + 1
        if start <= 0 or start > 400:
            break
        while start < len(text) and text[start] == "\n":
            start += 1
    return 0, 0


def dateline(text: str) -> date | None:
    """The date of a wire dateline at the start of a text ("SAN SALVADOR, 3 JAN 90 --").

    >>> dateline("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] ...")
    datetime.date(1990, 1, 3)
    >>> dateline("MADRID (SPAIN), 19 NOV 89 (DOMESTIC SERVICE) -- [TEXT]")
    datetime.date(1989, 11, 19)
    >>> dateline("Armenia said three soldiers were killed") is None
    True
    """
    m = _DATELINE.match(text[:200])
    if not m:
        return None
    try:
        return date(
            _year(m.group("y"), None), MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d"))
        )
    except ValueError:
        return None
