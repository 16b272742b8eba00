"""The reference tables: complete, coded, flagged, with the census column."""

from __future__ import annotations

from headcount.reference import countries, country, region, regions, settlements


def test_regions_are_the_83_subjects_plus_six_occupied_territories() -> None:
    rs = regions()
    assert len(rs) == 89
    assert sum(r.occupied for r in rs) == 6
    assert {r.code for r in rs if r.occupied} == {"UA-43", "UA-40", "UA-14", "UA-09", "UA-23",
                                                   "UA-65"}
    assert all(r.code.startswith("RU-") for r in rs if not r.occupied)


def test_men_16_61_is_there_for_every_russian_region() -> None:
    assert all(r.men_16_61 and r.men_16_61 > 10_000 for r in regions() if not r.occupied)
    assert (region("RU-TY").men_16_61 or 0) > 50_000
    assert region("UA-43").men_16_61 is not None  # the census counted Crimea
    assert region("UA-14").men_16_61 is None


def test_settlements_point_at_known_regions() -> None:
    codes = {r.code for r in regions()}
    ss = settlements()
    assert len(ss) > 1000
    assert all(s.region_code in codes for s in ss)
    kyakhta = [s for s in ss if s.name == "Кяхта"]
    assert [s.region_code for s in kyakhta] == ["RU-BU"]


def test_countries_flag_contested_entities_with_their_sovereign() -> None:
    assert country("NP").name_gen == "Непала"
    contested = {c.code: c.sovereign for c in countries() if c.contested}
    assert contested["GE-AB"] == "GE"
    assert contested["MD-SN"] == "MD"
    assert contested["XS-OS"] == "GE"
    assert not any(code.startswith("UA-") for code in contested)  # occupied oblasts: regions
    assert not country("TJ").contested
