"""Entry point: write the example corpus, its source declarations and its ground truth."""

from __future__ import annotations

import csv
import io
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from headcount.demo import pools, render_government, render_lists, render_news, render_telegram
from headcount.demo.people import Person, population
from headcount.demo.plan import Plan, make_plan
from headcount.demo.text import Doc, Mention

GENERATED_DIRS = ("corpus", "sources", "truth")


@dataclass(frozen=True)
class DemoCorpus:
    """What :func:`generate` wrote."""

    root: Path
    sources: list[Path]  # one YAML declaration per source
    counts: dict[str, int]  # per source: documents (HTML), messages (Telegram), rows (lists)
    people: int  # size of the ground-truth population
    mentions: int = 0  # rows of truth/mentions.csv
    family_rows: int = 0
    family_matched: int = 0  # family rows whose person some other source also names
    files: list[Path] = field(default_factory=list)  # corpus files, relative to root


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def _yaml(data: dict[str, Any], seed: int) -> str:
    head = f"# Fictional source of the headcount demo corpus (seed {seed}).\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _declarations(counts: dict[str, int]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for site in render_news.SITES:
        out[site.key] = {
            "name": site.key, "kind": "news", "publisher": site.title, "language": "ru",
            "system": "media", "format": "html",
            "description": f"Regional news site ({', '.join(site.regions)}); fictional.",
            "expect": {"min_documents": counts[site.key]},
            "paths": [f"corpus/news/{site.key}"],
        }
    for ch in render_telegram.CHANNELS:
        out[ch.key] = {
            "name": ch.key, "kind": "social", "publisher": ch.title, "language": "ru",
            "system": "telegram", "format": "telegram",
            "description": f"Telegram Desktop export of a volunteer channel; "
                           f"{counts[ch.key]} messages; fictional.",
            "url_template": f"https://t.me/{ch.key}/{{id}}",
            "expect": {"min_documents": 1},
            "paths": [f"corpus/telegram/{ch.key}"],
        }
    for gov in render_government.SITES:
        out[gov.key] = {
            "name": gov.key, "kind": "government", "publisher": gov.org, "language": "ru",
            "system": "government", "format": "html",
            "description": "District administration news: condolences and awards; fictional.",
            "expect": {"min_documents": counts[gov.key]},
            "paths": [f"corpus/government/{gov.key}"],
        }
    out["mediazona"] = {
        "name": "mediazona", "kind": "list", "profile": "mediazona",
        "publisher": "Медиазона / Би-би-си (формат списка; данные вымышленные)",
        "language": "ru", "system": "mediazona",
        "description": "Named list of the dead in the Mediazona JSON format; fictional rows.",
        "expect": {"min_rows": counts["mediazona"]},
        "paths": [render_lists.MZ_PATH],
    }
    out["family-missing"] = {
        "name": "family-missing", "kind": "family_report",
        "publisher": "Families' and consular missing-persons list (fictional)",
        "language": "en", "system": "family", "format": "csv",
        "mapping": {
            "record_id": "case_no",
            "name": "full_name",
            "birth_date": {"column": "date_of_birth", "format": ["%Y-%m-%d", "%d/%m/%Y"]},
            "settlement": "home_district",
            "citizenship": {"column": "country", "values": {
                en: cc for cc, (_, en, _) in pools.COUNTRIES.items()} | {"Russia": "RU"}},
            "status": {"value": "missing"},
            "status_date": {"column": "last_contact", "format": "%Y-%m-%d"},
            "note": "recruiter",
        },
        "ignore": ["phone_of_relative", "date_of_departure"],
        "expect": {"min_rows": counts["family-missing"]},
        "paths": [render_lists.FAMILY_PATH],
    }
    return out


PEOPLE_COLUMNS = ("person_id", "surname", "given_name", "patronymic", "latin_name", "sex",
                  "birth_date", "region", "settlement", "citizenship", "unit", "branch", "rank",
                  "channel", "final_status", "final_status_date", "status_history",
                  "death_date", "sources", "family_only")


def _people_csv(people: list[Person]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(PEOPLE_COLUMNS)
    for p in people:
        history = ";".join(f"{e.status}:{e.on.isoformat()}" for e in p.events)
        out.writerow([
            p.pid, p.surname, p.given, p.patronymic, p.latin_name, p.sex, p.birth.isoformat(),
            p.region, p.settlement, p.citizenship, p.unit, p.branch, p.rank, p.channel,
            p.final.status, p.final.on.isoformat(), history,
            p.death.isoformat() if p.death else "", ";".join(p.sources),
            "1" if p.family_only else "0",
        ])
    return buf.getvalue()


def _mentions_csv(mentions: list[Mention]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(Mention.FIELDS)
    for m in mentions:
        out.writerow(m.row())
    return buf.getvalue()


#: who exists and which sources report whom (the demo's own, or a simulation scenario's)
Planner = Callable[[int, int], tuple[list[Person], Plan]]


def demo_plan(seed: int, people: int) -> tuple[list[Person], Plan]:
    """The bundled example: ``people`` people, every one named by some source."""
    crowd = population(random.Random(f"headcount-demo:{seed}:people"), people)
    return crowd, make_plan(crowd, random.Random(f"headcount-demo:{seed}:plan"))


def generate(
    out: Path, *, seed: int = 2022, people: int = 300, planner: Planner = demo_plan
) -> DemoCorpus:
    """Write the demo corpus under ``out`` (replacing its corpus/, sources/, truth/).

    ``planner(seed, people)`` decides who exists and who reports whom; the default is
    the bundled example, :mod:`headcount.demo.scenarios` has simulation scenarios (with
    people no source names: they are in truth/people.csv with no sources).
    """
    out = Path(out)
    for sub in GENERATED_DIRS:
        if (out / sub).is_dir():
            shutil.rmtree(out / sub)
    crowd, plan = planner(seed, people)

    def rng(name: str) -> random.Random:
        return random.Random(f"headcount-demo:{seed}:{name}")

    docs: dict[str, list[Doc]] = {}
    for d in render_news.render(rng("news"), plan.news):
        docs.setdefault(d.mentions[0].source, []).append(d)
    ch_ru, ch_foreign = render_telegram.CHANNELS
    docs[ch_ru.key] = [render_telegram.render(rng("tg-ru"), ch_ru, plan.telegram_ru)]
    docs[ch_foreign.key] = [render_telegram.render(rng("tg-foreign"), ch_foreign,
                                                   plan.telegram_foreign)]
    for d in render_government.render(rng("gov"), plan.government):
        docs.setdefault(d.mentions[0].source, []).append(d)
    docs["mediazona"] = [render_lists.mediazona(rng("mz"), plan.mediazona, seed)]
    docs["family-missing"] = [render_lists.family(rng("family"), plan.family)]

    counts: dict[str, int] = {}
    for key, ds in docs.items():
        counts[key] = len(ds)
    for ch in render_telegram.CHANNELS:
        counts[ch.key] = docs[ch.key][0].text.count('"type": "message"')
    counts["mediazona"] = len(plan.mediazona)
    counts["family-missing"] = len(plan.family)
    for key in [s.key for s in render_news.SITES] + [s.key for s in render_government.SITES]:
        counts.setdefault(key, 0)

    mentions = [m for key in sorted(docs) for d in docs[key] for m in d.mentions]
    by_person: dict[str, list[str]] = {}
    for m in mentions:
        if m.source not in by_person.setdefault(m.person_id, []):
            by_person[m.person_id].append(m.source)
    for p in crowd:
        p.sources = by_person.get(p.pid, [])

    files: list[Path] = []
    for key in sorted(docs):
        for d in docs[key]:
            _write(out, d.path, d.text)
            files.append(Path(d.path))
    sources: list[Path] = []
    for name, decl in _declarations(counts).items():
        if not counts.get(name):
            continue  # a small corpus may leave a site without pages: declare only what exists
        rel = f"sources/{name}.yml"
        _write(out, rel, _yaml(decl, seed))
        sources.append(out / rel)
    _write(out, "truth/people.csv", _people_csv(crowd))
    _write(out, "truth/mentions.csv", _mentions_csv(mentions))
    _write(out, "truth/README.md", README)
    matched = sum(1 for p in plan.family if not p.family_only)
    return DemoCorpus(out, sources, dict(sorted(counts.items())), len(crowd), len(mentions),
                      len(plan.family), matched, sorted(files))


README = """# Ground truth of the headcount demo corpus

Everything here is **fictional**: people are random combinations of common names,
sites and channels do not exist (domains end in `.example`), phone numbers are fake.
The corpus is regenerated byte for byte by `headcount.demo.generate(out, seed=…)`.

## people.csv

One row per person of the population.

- `person_id` — `P0001`…; `surname`, `given_name`, `patronymic` in Cyrillic as the
  person's own documents would have it (foreigners: the most common Russian-media spelling,
  usually no patronymic); `latin_name` — passport spelling (given name first).
- `sex` (M/F), `birth_date` (ISO), `region` (ISO 3166-2, empty for foreigners),
  `settlement` (Russian settlement, or home district abroad), `citizenship` (ISO alpha-2).
- `unit`, `branch` (`vocab.Branch`), `rank`, `channel` (`vocab.Channel`).
- `final_status`, `final_status_date`, `status_history` (`status:date;…` in order,
  dates when the status took effect: `missing:2023-01-10;killed:2023-01-10` means missing
  on that day and later confirmed killed on that day), `death_date`.
- `sources` — the sources that name the person; `family_only` — 1 when only the family
  list names the person (such rows match nobody elsewhere).

## mentions.csv

One row per naming of a person in a document (a person named twice in one page is one row).

- `source` — the source name (`sources/<source>.yml`); `path` — the file, relative to the
  corpus root; `locator` — Telegram message `id`, the 0-based row index for
  `corpus/lists/mediazona.json` and for the data rows of `corpus/family/missing_persons.csv`
  (header excluded), empty for HTML pages.
- `name_form` — the name as first written in that document (case forms, typos, variant
  transliterations kept); `case` — its grammatical case (nom, gen, dat, acc, ins, prep).
- The facts that the mention itself states (empty when it does not state them):
  `status`, `status_date`, `death_date` (may differ by a day or two from the truth, as in
  real sources), `birth_date` (ISO date, or a year when only the year is given), `age`,
  `region`, `settlement`, `unit`, `rank`, `channel`, `citizenship`.

Names in page chrome (related-news links, reader comments, officials' signatures) are
noise: they belong to nobody in `people.csv` and have no row here.
"""
