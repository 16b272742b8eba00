"""Small server-rendered SVG charts (no scripts, no network): bars by category and by month."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from markupsafe import Markup

CONFIRMED = "#1f5f8b"
PENDING = "#9cc3de"


def _fmt(n: float) -> str:
    return f"{int(n):,}".replace(",", "\u202f")


def hbars(
    rows: list[dict[str, Any]],
    title: str,
    labels: dict[str, str] | Callable[[Any], str] | None = None,
) -> Markup:
    """Horizontal bars, confirmed and pending stacked, one row per category."""
    if not rows:
        return Markup("")
    name_of = labels if callable(labels) else (lambda k, d=labels or {}: d.get(str(k), str(k)))
    width, label_w, row_h, top = 640, 210, 24, 8
    bar_w = width - label_w - 70
    peak = max(r["total"] for r in rows) or 1
    height = top + row_h * len(rows) + 8
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, r in enumerate(rows):
        y = top + i * row_h
        name = name_of(r["key"]) if r["key"] is not None else "unknown"
        if len(name) > 28:
            name = name[:27] + "…"
        c = r["confirmed"] / peak * bar_w
        p = r["pending"] / peak * bar_w
        parts += [
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" class="lbl">'
            f"{escape(name)}</text>",
            f'<rect x="{label_w}" y="{y + 4}" width="{c:.1f}" height="16" fill="{CONFIRMED}"/>',
            f'<rect x="{label_w + c:.1f}" y="{y + 4}" width="{p:.1f}" height="16" '
            f'fill="{PENDING}"/>',
            f'<text x="{label_w + c + p + 6:.1f}" y="{y + 16}" class="num">'
            f"{_fmt(r['total'])}</text>",
        ]
    parts.append("</svg>")
    return Markup("".join(parts))


def months(rows: list[dict[str, Any]], title: str) -> Markup:
    """Vertical bars by month (confirmed and pending stacked), with year marks."""
    rows = [r for r in rows if r["key"]]
    if not rows:
        return Markup("")
    width, height, left, bottom, top = 640, 220, 44, 28, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max(r["total"] for r in rows) or 1
    step = plot_w / len(rows)
    bar = max(step * 0.8, 1)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" '
        'class="axis"/>',
        f'<text x="{left - 6}" y="{top + 10}" text-anchor="end" class="num">{_fmt(peak)}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" class="num">0</text>',
    ]
    for i, r in enumerate(rows):
        x = left + i * step + (step - bar) / 2
        hc = r["confirmed"] / peak * plot_h
        hp = r["pending"] / peak * plot_h
        base = top + plot_h
        tip = f"{r['key']}: {r['total']} ({r['confirmed']} confirmed)"
        parts += [
            f"<g><title>{escape(tip)}</title>",
            f'<rect x="{x:.1f}" y="{base - hc:.1f}" width="{bar:.1f}" height="{hc:.1f}" '
            f'fill="{CONFIRMED}"/>',
            f'<rect x="{x:.1f}" y="{base - hc - hp:.1f}" width="{bar:.1f}" height="{hp:.1f}" '
            f'fill="{PENDING}"/></g>',
        ]
        key = str(r["key"])
        if key.endswith("-01") or i == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 8}" class="lbl">{escape(key[:4])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
