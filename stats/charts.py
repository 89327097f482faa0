"""Bar charts drawn on the server as SVG: no script, no CDN, readable without colour."""

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join


def bar_chart(series, title, label, width=720, height=220):
    """SVG of paired bars (visits, views) for [(label, visits, views)]."""
    top = max([max(v, w) for _l, v, w in series] + [1])
    left, inner_h = 56, height - 50
    slot = (width - left - 10) / max(len(series), 1)
    bar = max(slot / 2 - 1, 1)
    bars = []
    for i, (name, visits, views) in enumerate(series):
        x = left + i * slot
        for offset, value, css in ((0, visits, "visits"), (bar, views, "views")):
            h = inner_h * value / top
            bars.append(
                (
                    x + offset,
                    10 + inner_h - h,
                    bar,
                    h,
                    css,
                    label(name),
                    number_format(value, force_grouping=True),
                )
            )
    rects = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" class="{}"><title>{}: {}</title></rect>',
        bars,
    )
    every = max(len(series) // 10, 1)
    ticks = format_html_join(
        "",
        '<text x="{}" y="{}" class="tick">{}</text>',
        (
            (f"{left + i * slot:.1f}", height - 10, label(name))
            for i, (name, _v, _w) in enumerate(series)
            if i % every == 0
        ),
    )
    return format_html(
        '<svg viewBox="0 0 {w} {h}" role="img" aria-label="{t}" class="stats-chart">'
        "<title>{t}</title>"
        '<line x1="{l}" y1="{base}" x2="{w}" y2="{base}" class="axis"/>'
        '<text x="0" y="18" class="tick">{top}</text>{rects}{ticks}</svg>',
        w=width,
        h=height,
        t=title,
        l=left,
        base=10 + inner_h,
        top=number_format(top, force_grouping=True),
        rects=rects,
        ticks=ticks,
    )
