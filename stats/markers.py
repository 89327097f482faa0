"""The one place the counter markers are written: `<!--tp:NAME-->NUMBER<!--/tp-->`.

A page never renders a live number itself: the `{% counter %}` tag leaves a marker with
the number known at render time, and stats.middleware rewrites every marker's number on
every response, so HTML from a cache (even one already filled) shows current numbers.
"""

import re

from django.utils.formats import get_format

SITE_COUNTERS = ("total", "today", "online")
MARKER = re.compile(rb"<!--tp:(total|today|online|views:\d+)-->.*?<!--/tp-->", re.DOTALL)
VIEWS = re.compile(rb"<!--tp:views:(\d+)-->")


def name_for(counter, article=None):
    """`views:12` for an article's views, else one of SITE_COUNTERS."""
    if counter == "views":
        return f"views:{int(article.pk)}"
    if counter not in SITE_COUNTERS:
        raise ValueError(f"unknown counter {counter!r}")
    return counter


def marker(name, value=None, separator=None):
    """A marker holding `value` (a count), grouped by threes the reader's way (2.764.424
    in Vietnamese, 2,764,424 in English): the language's THOUSAND_SEPARATOR."""
    number = "" if value is None else f"{int(value):,}"
    if "," in number:
        number = number.replace(",", separator or get_format("THOUSAND_SEPARATOR"))
    return f"<!--tp:{name}-->{number}<!--/tp-->"


def has_markers(content):
    return b"<!--tp:" in content


def article_ids(content):
    """The articles whose views a page shows, in order of id."""
    return sorted({int(pk) for pk in VIEWS.findall(content)})


def fill(content, counts):
    """Every marker's number replaced by the current one from `counts` (stats.counters)."""

    separator = get_format("THOUSAND_SEPARATOR")  # once per page, not per marker

    def number(match):
        name = match.group(1).decode()
        if name.startswith("views:"):
            value = counts.views.get(int(name[6:]), 0)
        else:
            value = getattr(counts, name)
        return marker(name, value, separator).encode()

    return MARKER.sub(number, content)
