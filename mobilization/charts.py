"""Horizontal bar charts of counts, drawn on the server as SVG (as stats/charts.py does):
no script, no CDN; each bar says its number, and the page shows the same numbers as a table."""

from django.utils.html import format_html, format_html_join

from core.numbers import vi_number

ROW, LABEL_WIDTH, WIDTH = 30, 230, 560


def count_bars(rows, title):
    """SVG of one bar per (label, count), the count written after each bar."""
    top = max([count for _label, count in rows] + [1])
    inner = WIDTH - LABEL_WIDTH - 60
    height = ROW * max(len(rows), 1) + 10
    bars = format_html_join(
        "",
        '<text x="{}" y="{}" class="label" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="bar"><title>{}: {}</title></rect>'
        '<text x="{}" y="{}" class="value">{}</text>',
        (
            (
                LABEL_WIDTH - 8,
                i * ROW + 24,
                _short(label),
                LABEL_WIDTH,
                i * ROW + 8,
                f"{inner * count / top:.1f}",
                ROW - 10,
                label,
                vi_number(count),
                LABEL_WIDTH + inner * count / top + 6,
                i * ROW + 24,
                vi_number(count),
            )  # fmt: skip
            for i, (label, count) in enumerate(rows)
        ),
    )
    return format_html(
        '<svg viewBox="0 0 {w} {h}" role="img" aria-label="{t}" class="count-chart">'
        "<title>{t}</title>{bars}</svg>",
        w=WIDTH,
        h=height,
        t=title,
        bars=bars,
    )


def _short(label, length=26):
    label = str(label)
    return label if len(label) <= length else label[: length - 1] + "…"
