"""Bessudnov (2023): deaths per 100,000 men by region and the mean age, from the published list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from headcount.stats import Filter, age_registry, count_by, count_registry, per_capita

REPO = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\s*##\s+\d+\s+(.+?)\s+(\S+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s*$")


def paper_table(md: Path) -> dict[str, tuple[int, int, str]]:
    """English region name -> (deaths, men 16–61.5, rate as printed)."""
    out = {}
    text = md.read_text("utf-8")
    block = text[text.index("table_mortRates |>\n  print(n = Inf)") :]
    for line in block.splitlines()[1:]:
        m = ROW.match(line)
        if not m:
            if out:
                break
            continue
        out[m.group(1)] = (int(m.group(3)), int(m.group(4)), m.group(5))
    return out


@pytest.mark.slow
def test_reproduces_deaths_per_capita_and_mean_age(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "war" / "ruCasualtiesPublic"
    csv = folder / "dfFatalitiesAnonymised.csv"
    if not csv.is_file():
        pytest.skip("ruCasualtiesPublic data not present")
    from headcount.ingest.run import ingest
    from headcount.ingest.source import load_source
    from headcount.link.run import link_registry
    from headcount.settings import init_workspace
    from headcount.store import open_registry

    ws = init_workspace(tmp_path / "ws")
    engine = open_registry(ws.database_url)
    src = load_source(REPO / "examples" / "sources" / "ru_casualties_public.yml")
    assert ingest(engine, ws.archive_dir, src, [csv], base=ws.root).ok
    link_registry(engine, ws.root, retrain=True)

    paper = paper_table(folder / "replicationAnalysis.md")
    assert len(paper) == 85
    flt = Filter(statuses=("killed",))
    rates = per_capita(count_by(count_registry(engine, ["region"], flt), ["region"]))
    from headcount.stats.places import region_label

    ours = {region_label(r["region"]): r for r in rates.to_dict("records") if r["men_16_61"]}
    assert len(ours) == 85
    for name, (n, men, shown) in paper.items():
        row = ours[name]
        assert (row["total"], row["men_16_61"]) == (n, men), name
        assert float(f"{row['per_100k']:.3g}") == pytest.approx(float(shown)), name
    top = [region_label(r) for r in rates["region"][:4]]
    assert top == ["Tuva", "Buryatia", "Nenets", "Zabaykalsky"]
    assert age_registry(engine)["mean_age"] == 33.7
    engine.dispose()
