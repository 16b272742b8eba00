"""Charts of counts as inline SVG (matplotlib, no network, no files).

Every chart stacks confirmed and pending persons, labels both axes and says
what it counts in its title; the caller gives the labels.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

CONFIRMED = "#1f4e79"
PENDING = "#9dc3e6"
RATE = "#8c2d04"
FONT = 11


STYLE: dict[str, Any] = {"font.size": FONT, "svg.fonttype": "none", "axes.titlesize": FONT + 2}


def _figure(width: float, height: float) -> tuple[Any, Any]:
    # a bare Figure, without pyplot (slow to import, keeps every figure until closed)
    import matplotlib
    from matplotlib.figure import Figure

    rc: Any = matplotlib.rcParams  # typed by literal keys
    rc.update(STYLE)
    fig = Figure(figsize=(width, height), dpi=100)
    ax = fig.subplots()
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.tight_layout()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    text = buf.getvalue()
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.S)  # no external URIs
    return text[text.index("<svg") :]


def _fmt(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.1f}"


def stacked_columns(
    labels: Sequence[str],
    confirmed: Sequence[int],
    pending: Sequence[int],
    *,
    title: str,
    xlabel: str,
    ylabel: str = "persons",
) -> str:
    """Vertical stacked bars (months, age bands) as an SVG string."""
    fig, ax = _figure(max(7.0, min(14.0, 0.35 * len(labels) + 3)), 4.2)
    x = list(range(len(labels)))
    ax.bar(x, confirmed, color=CONFIRMED, label="confirmed")
    ax.bar(x, pending, bottom=confirmed, color=PENDING, label="pending")
    step = max(1, len(labels) // 24)
    rotate = len(labels) > 8
    ax.set_xticks(
        x[::step],
        [labels[i] for i in x[::step]],
        rotation=45 if rotate else 0,
        ha="right" if rotate else "center",
    )
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.yaxis.set_major_formatter(lambda v, _p: f"{int(v):,}")
    ax.grid(axis="y", alpha=0.3)
    ax.legend(frameon=False)
    return _svg(fig)


def stacked_bars(
    labels: Sequence[str],
    confirmed: Sequence[int],
    pending: Sequence[int],
    *,
    title: str,
    xlabel: str = "persons",
) -> str:
    """Horizontal stacked bars (categories, largest on top) as an SVG string."""
    fig, ax = _figure(8.5, max(2.4, 0.32 * len(labels) + 1.6))
    labels = [str(v).replace("_", " ") for v in labels]
    y = list(range(len(labels)))[::-1]
    ax.barh(y, confirmed, color=CONFIRMED, label="confirmed")
    ax.barh(y, pending, left=confirmed, color=PENDING, label="pending")
    ax.set_yticks(y, labels)
    for yi, c, p in zip(y, confirmed, pending, strict=True):
        ax.text(c + p, yi, " " + _fmt(c + p), va="center", fontsize=FONT - 1)
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.xaxis.set_major_formatter(lambda v, _p: f"{int(v):,}")
    ax.margins(x=0.12)
    ax.legend(frameon=False, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2)
    return _svg(fig)


def rate_bars(
    labels: Sequence[str],
    rates: Sequence[float],
    low: Sequence[float],
    high: Sequence[float],
    *,
    title: str,
    xlabel: str,
) -> str:
    """Horizontal bars of rates with their 95% intervals, highest on top."""
    fig, ax = _figure(8.5, max(2.2, 0.22 * len(labels) + 1.4))
    y = list(range(len(labels)))[::-1]
    err = [
        [r - lo for r, lo in zip(rates, low, strict=True)],
        [hi - r for r, hi in zip(rates, high, strict=True)],
    ]
    ax.barh(
        y,
        rates,
        color=RATE,
        alpha=0.85,
        xerr=err,
        ecolor="#444",
        capsize=1.5,
        error_kw={"elinewidth": 0.8},
    )
    ax.set_yticks(y, labels, fontsize=FONT - 2)
    ax.set_ylim(-0.7, len(labels) - 0.3)
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", alpha=0.3)
    return _svg(fig)
