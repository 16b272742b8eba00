"""Generated lists of the dead, missing and captured, read back against what was written.

Lists are how volunteers, regional pages and Ukrainian channels publish names: a heading
that tells the fate ("Список погибших:", "Зниклі безвісти:", "Confirmed losses this week:"),
then one entry per person — numbered or dashed, written surname first or given name first,
the surname or the whole name in capitals, with a year or a date of birth, an age, a life's
range, a town or a citizenship. This module writes such lists in Russian, Ukrainian and
English with names of many origins (Russian, Siberian, Central Asian, South Asian, Spanish,
African, Arabic), so the benchmark can check, by each way of writing, that every entry is one
person with the right name, birth, age, citizenship and the heading's fate.

    python bench/list_texts.py --texts 300 --seed 1

prints a table by dimension, side by side with bare natasha (one person per PER span).
"""

from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: (given, surname, patronymic or "", country code or "") per origin and language
NAMES: dict[str, dict[str, list[tuple[str, str, str, str]]]] = {
    "russian": {
        "ru": [("Иван", "Петров", "Сергеевич", ""), ("Алексей", "Кузнецов", "Игоревич", ""),
               ("Дмитрий", "Лебедев", "Андреевич", ""), ("Николай", "Григорьев", "Петрович", ""),
               ("Артём", "Соколов", "Владимирович", ""), ("Евгений", "Белоусов", "Олегович", ""),
               ("Роман", "Тихонов", "Викторович", ""), ("Павел", "Зайцев", "Николаевич", "")],
        "uk": [("Іван", "Петров", "Сергійович", ""), ("Олексій", "Кузнєцов", "Ігорович", ""),
               ("Дмитро", "Лебедєв", "Андрійович", ""), ("Микола", "Григор'єв", "Петрович", ""),
               ("Артем", "Соколов", "Володимирович", ""), ("Євген", "Білоусов", "Олегович", ""),
               ("Роман", "Тихонов", "Вікторович", ""), ("Павло", "Зайцев", "Миколайович", "")],
        "en": [("Ivan", "Petrov", "Sergeyevich", ""), ("Alexei", "Kuznetsov", "Igorevich", ""),
               ("Dmitry", "Lebedev", "Andreyevich", ""), ("Nikolai", "Grigoryev", "Petrovich", ""),
               ("Artyom", "Sokolov", "Vladimirovich", ""), ("Yevgeny", "Belousov", "Olegovich", ""),
               ("Roman", "Tikhonov", "Viktorovich", ""), ("Pavel", "Zaitsev", "Nikolayevich", "")],
    },
    "siberian": {
        "ru": [("Баир", "Дашиев", "Цыренович", ""), ("Аюр", "Гомбоев", "Баторович", ""),
               ("Чингис", "Монгуш", "Алексеевич", ""), ("Айдыс", "Ооржак", "Владимирович", ""),
               ("Буян", "Куулар", "Олегович", ""), ("Саян", "Ондар", "Романович", "")],
        "uk": [("Баїр", "Дашиєв", "Циренович", ""), ("Аюр", "Гомбоєв", "Баторович", ""),
               ("Чингіс", "Монгуш", "Олексійович", ""), ("Айдис", "Ооржак", "Володимирович", ""),
               ("Буян", "Куулар", "Олегович", ""), ("Саян", "Ондар", "Романович", "")],
        "en": [("Bair", "Dashiyev", "Tsyrenovich", ""), ("Ayur", "Gomboyev", "Batorovich", ""),
               ("Chingis", "Mongush", "Alekseyevich", ""),
               ("Aidys", "Oorzhak", "Vladimirovich", ""),
               ("Buyan", "Kuular", "Olegovich", ""), ("Sayan", "Ondar", "Romanovich", "")],
    },
    "central_asian": {
        "ru": [("Фаррух", "Саидов", "", "TJ"), ("Шерзод", "Юлдашев", "", "UZ"),
               ("Нурбек", "Асанов", "", "KG"), ("Бекзод", "Рахимов", "", "UZ"),
               ("Азамат", "Турсунов", "", "KG"), ("Далер", "Назаров", "", "TJ")],
        "uk": [("Фаррух", "Саїдов", "", "TJ"), ("Шерзод", "Юлдашев", "", "UZ"),
               ("Нурбек", "Асанов", "", "KG"), ("Бекзод", "Рахімов", "", "UZ"),
               ("Азамат", "Турсунов", "", "KG"), ("Далер", "Назаров", "", "TJ")],
        "en": [("Farrukh", "Saidov", "", "TJ"), ("Sherzod", "Yuldashev", "", "UZ"),
               ("Nurbek", "Asanov", "", "KG"), ("Bekzod", "Rakhimov", "", "UZ"),
               ("Azamat", "Tursunov", "", "KG"), ("Daler", "Nazarov", "", "TJ")],
    },
    "south_asian": {
        "ru": [("Суман Бахадур", "Тапа", "", "NP"), ("Раджу Кумар", "Шрестха", "", "NP"),
               ("Бишал", "Гурунг", "", "NP"), ("Динеш Прасанна", "Перера", "", "LK"),
               ("Рамеш", "Магар", "", "NP"), ("Санджив Кумар", "Ядав", "", "IN")],
        "uk": [("Суман Бахадур", "Тапа", "", "NP"), ("Раджу Кумар", "Шрестха", "", "NP"),
               ("Бішал", "Гурунг", "", "NP"), ("Дінеш Прасанна", "Перера", "", "LK"),
               ("Рамеш", "Магар", "", "NP"), ("Санджів Кумар", "Ядав", "", "IN")],
        "en": [("Suman Bahadur", "Thapa", "", "NP"), ("Raju Kumar", "Shrestha", "", "NP"),
               ("Bishal", "Gurung", "", "NP"), ("Dinesh Prasanna", "Perera", "", "LK"),
               ("Ramesh", "Magar", "", "NP"), ("Sanjeev Kumar", "Yadav", "", "IN")],
    },
    "spanish": {
        "ru": [("Йоандри", "Мартинес Сантана", "", "CU"), ("Луис Альберто", "Перес Рока", "", "CU"),
               ("Юниор", "Родригес Кастро", "", "CU"), ("Йосвани", "Эрнандес Руис", "", "CU"),
               ("Алексис", "Гарсия Лопес", "", "CU")],
        "uk": [("Йоандрі", "Мартінес Сантана", "", "CU"), ("Луїс Альберто", "Перес Рока", "", "CU"),
               ("Юніор", "Родрігес Кастро", "", "CU"), ("Йосвані", "Ернандес Руїс", "", "CU"),
               ("Алексіс", "Гарсія Лопес", "", "CU")],
        "en": [("Yoandri", "Martinez Santana", "", "CU"), ("Luis Alberto", "Perez Roca", "", "CU"),
               ("Junior", "Rodriguez Castro", "", "CU"), ("Yosvany", "Hernandez Ruiz", "", "CU"),
               ("Alexis", "Garcia Lopez", "", "CU")],
    },
    "african": {
        "ru": [("Джозеф Кипроно", "Мутуа", "", "KE"), ("Эмека", "Нджоку", "", "NG"),
               ("Чиди", "Окафор", "", "NG"), ("Эрве", "Мбарга", "", "CM"),
               ("Кваме", "Асанте", "", "GH"), ("Питер", "Очиенг", "", "KE")],
        "uk": [("Джозеф Кіпроно", "Мутуа", "", "KE"), ("Емека", "Нджоку", "", "NG"),
               ("Чіді", "Окафор", "", "NG"), ("Ерве", "Мбарга", "", "CM"),
               ("Кваме", "Асанте", "", "GH"), ("Пітер", "Очієнг", "", "KE")],
        "en": [("Joseph Kiprono", "Mutua", "", "KE"), ("Emeka", "Njoku", "", "NG"),
               ("Chidi", "Okafor", "", "NG"), ("Herve", "Mbarga", "", "CM"),
               ("Kwame", "Asante", "", "GH"), ("Peter", "Ochieng", "", "KE")],
    },
    "arabic": {
        "ru": [("Ахмед", "аль-Джубури", "", "IQ"), ("Мустафа", "аль-Обейди", "", "IQ"),
               ("Хасан", "аль-Халаби", "", "SY")],
        "uk": [("Ахмед", "аль-Джубурі", "", "IQ"), ("Мустафа", "аль-Обейді", "", "IQ"),
               ("Хасан", "аль-Халабі", "", "SY")],
        "en": [("Ahmed", "al-Jubouri", "", "IQ"), ("Mustafa", "al-Obeidi", "", "IQ"),
               ("Hassan", "al-Halabi", "", "SY")],
    },
}

#: a country's name after "citizen of" in each language
COUNTRY = {
    "ru": {"TJ": "Таджикистана", "UZ": "Узбекистана", "KG": "Киргизии", "NP": "Непала",
           "LK": "Шри-Ланки", "IN": "Индии", "CU": "Кубы", "KE": "Кении", "NG": "Нигерии",
           "CM": "Камеруна", "GH": "Ганы", "IQ": "Ирака", "SY": "Сирии"},
    "uk": {"TJ": "Таджикистану", "UZ": "Узбекистану", "KG": "Киргизстану", "NP": "Непалу",
           "LK": "Шрі-Ланки", "IN": "Індії", "CU": "Куби", "KE": "Кенії", "NG": "Нігерії",
           "CM": "Камеруну", "GH": "Гани", "IQ": "Іраку", "SY": "Сирії"},
    "en": {"TJ": "Tajikistan", "UZ": "Uzbekistan", "KG": "Kyrgyzstan", "NP": "Nepal",
           "LK": "Sri Lanka", "IN": "India", "CU": "Cuba", "KE": "Kenya", "NG": "Nigeria",
           "CM": "Cameroon", "GH": "Ghana", "IQ": "Iraq", "SY": "Syria"},
}
CITIZEN = {"ru": "гражданин {c}", "uk": "громадянин {c}", "en": "citizen of {c}"}

#: headings by fate and language
HEADINGS = {
    "ru": {"killed": ["Список погибших:", "Подтверждённые потери за неделю:",
                      "Погибли при выполнении задач СВО:", "Вечная память павшим 🕯",
                      "Новые имена погибших:"],
           "missing": ["Пропали без вести:", "Считаются пропавшими без вести:"],
           "captured": ["Попали в плен:", "Взяты в плен:"]},
    "uk": {"killed": ["Ліквідовані окупанти:", "Загиблі:", "Втрати ворога за тиждень:",
                      "Ідентифіковано загиблих:"],
           "missing": ["Зниклі безвісти:", "Вважаються зниклими безвісти:"],
           "captured": ["Взяті в полон:", "У полон потрапили:"]},
    "en": {"killed": ["Confirmed losses this week:", "Killed in action:",
                      "The dead identified so far:", "Names of the fallen:"],
           "missing": ["Missing in action:", "Listed as missing:"],
           "captured": ["Taken prisoner:", "Captured:"]},
}

MARKERS = ["{n}. ", "{n}) ", "— ", "- ", "• ", ""]
TOWNS = {"ru": ["г. Курск", "с. Ключи", "Кызыл", "г. Улан-Удэ", "Рыбинск"],
         "uk": ["м. Курськ", "с. Ключі", "Кизил", "м. Улан-Уде", "Рибінськ"],
         "en": ["Kursk", "Klyuchi", "Kyzyl", "Ulan-Ude", "Rybinsk"]}


@dataclass(frozen=True)
class Entry:
    """What one list entry says: the truth to read back."""

    surname: str
    given: str
    patronymic: str
    citizenship: str
    birth: str | None
    age: int | None
    status: str
    origin: str
    extra: str


@dataclass
class ListText:
    """A generated list and its truth."""

    lang: str
    text: str
    entries: list[Entry]
    dims: dict[str, str] = field(default_factory=dict)


def _age_ru(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} года"
    return f"{n} лет"


def _age_uk(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} рік"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} роки"
    return f"{n} років"


_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


def _extra(rng: random.Random, lang: str, kind: str) -> tuple[str, str | None, int | None]:
    """(the words, birth, age) of one extra fact."""
    year = rng.randint(1965, 2004)
    if kind == "year":
        words = {"ru": rng.choice([f"{year} г.р.", f"{year}г.р.", f"{year} года рождения"]),
                 "uk": rng.choice([f"{year} р.н.", f"{year} року народження"]),
                 "en": rng.choice([f"b. {year}", f"born {year}"])}[lang]
        return words, str(year), None
    if kind == "date":
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        iso = f"{year}-{month:02d}-{day:02d}"
        words = {"ru": f"{day:02d}.{month:02d}.{year} г.р.",
                 "uk": f"{day:02d}.{month:02d}.{year} р.н.",
                 "en": f"born {day} {_MONTHS_EN[month - 1]} {year}"}[lang]
        return words, iso, None
    if kind == "age":
        n = rng.randint(19, 58)
        words = {"ru": _age_ru(n), "uk": _age_uk(n),
                 "en": rng.choice([f"{n}", f"aged {n}", f"{n} y.o."])}[lang]
        return words, None, n
    if kind == "range":
        end = rng.choice([2023, 2024])
        return f"({year}–{end})", str(year), None
    raise ValueError(kind)


def _written(rng: random.Random, given: str, surname: str, patronymic: str, order: str,
             caps: str) -> str:
    sur = surname.upper() if caps in ("surname", "all") else surname
    giv = given.upper() if caps == "all" else given
    pat = patronymic.upper() if caps == "all" else patronymic
    if order == "surname_first":
        return " ".join(w for w in (sur, giv, pat) if w)
    return " ".join(w for w in (giv, pat, sur) if w)


def list_text(rng: random.Random, lang: str | None = None) -> ListText:
    """One list, its dimensions drawn at random."""
    lang = lang or rng.choice(["ru", "ru", "uk", "en"])
    fate = rng.choice(["killed", "killed", "killed", "missing", "captured"])
    heading = rng.choice(HEADINGS[lang][fate])
    marker = rng.choice(MARKERS)
    order = rng.choice(["surname_first", "surname_first", "given_first"])
    caps = rng.choice(["none", "none", "surname", "all"])
    if order == "given_first" and caps == "all":
        caps = "none"
    foreign = rng.random() < 0.5
    origins = (["central_asian", "south_asian", "spanish", "african", "arabic"] if foreign
               else ["russian", "russian", "siberian"])
    n = rng.randint(2, 5)
    entries: list[Entry] = []
    lines: list[str] = []
    used: set[str] = set()
    for k in range(n):
        origin = rng.choice(origins)
        choices = [x for x in NAMES[origin][lang] if x[1] not in used]
        if not choices:
            continue
        given, surname, patronymic, country = rng.choice(choices)
        used.add(surname)
        if patronymic and rng.random() < 0.25:
            patronymic = ""
        name = _written(rng, given, surname, patronymic, order, caps)
        kinds = rng.choice(["year", "date", "age", "none"] + (["range"] if fate == "killed"
                                                              else []))
        parts = [name]
        birth: str | None = None
        age: int | None = None
        if kinds != "none":
            words, birth, age = _extra(rng, lang, kinds)
            parts.append(words)
        if country:
            parts.append(CITIZEN[lang].format(c=COUNTRY[lang][country]))
        elif rng.random() < 0.5:
            parts.append(rng.choice(TOWNS[lang]))
        sep = rng.choice([", ", " — "]) if len(parts) > 1 else ""
        body = parts[0] + (sep + ", ".join(parts[1:]) if len(parts) > 1 else "")
        lines.append(marker.format(n=k + 1) + body)
        entries.append(Entry(surname, given, patronymic, country, birth, age, fate, origin,
                             kinds))
    end = rng.choice([";", "", "."])
    text = heading + "\n" + "\n".join(
        line + ("" if line.endswith(".") else end if i < len(lines) - 1 else ".")
        for i, line in enumerate(lines))
    dims = {"lang": lang, "fate": fate, "marker": marker.replace("{n}", "1").strip() or "none",
            "order": order, "caps": caps, "foreign": "foreign" if foreign else "russian"}
    return ListText(lang, text, entries, dims)


def texts(count: int, seed: int) -> list[ListText]:
    rng = random.Random(seed)
    return [list_text(rng) for _ in range(count)]


def norm(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value or "")).lower().replace("ё", "е")
    return " ".join(text.replace("’", "'").split())


def score(lt: ListText, predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """Per entry: found (by surname and given name), each field right; spurious persons."""
    by_key = {(norm(p.get("surname")), norm(p.get("given_name"))): p for p in predicted}
    rows = []
    for e in lt.entries:
        p = by_key.get((norm(e.surname), norm(e.given)))
        row = {"found": p is not None, "origin": e.origin, "extra": e.extra}
        if p is not None:
            row["birth"] = norm(p.get("birth_date")) == norm(e.birth)
            row["age"] = (p.get("age") or None) == e.age
            row["status"] = p.get("status") == e.status
            row["citizenship"] = norm(p.get("citizenship")) == norm(e.citizenship) or (
                not e.citizenship)
            row["patronymic"] = norm(p.get("patronymic")) == norm(e.patronymic)
        rows.append(row)
    truth = {(norm(e.surname), norm(e.given)) for e in lt.entries}
    spurious = sum(1 for k in by_key if k not in truth)
    return {"rows": rows, "spurious": spurious, "predicted": len(by_key)}


def _bare(text: str) -> list[dict[str, Any]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extract import _bare_persons

    return _bare_persons(text)


FIELDS = ("birth", "age", "status", "citizenship", "patronymic")


def table(results: list[tuple[ListText, dict[str, Any], dict[str, Any]]]) -> list[str]:
    """Markdown rows: by dimension, entries, found (headcount, bare natasha), fields right."""
    groups: dict[tuple[str, str], list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for lt, ours, bare in results:
        keys = [("all", "all"), *lt.dims.items()]
        for k in keys:
            groups[k].append((ours, bare))
    out = ["| dimension | value | lists | entries | found | bare natasha found | spurious | "
           + " | ".join(FIELDS) + " | all right |",
           "|---|---|---:|---:|---:|---:|---:|" + "---:|" * (len(FIELDS) + 1)]
    for (dim, value), items in sorted(groups.items()):
        rows = [r for ours, _ in items for r in ours["rows"]]
        bare_rows = [r for _, bare in items for r in bare["rows"]]
        found = [r for r in rows if r["found"]]
        cells = []
        for f in FIELDS:
            cells.append(f"{sum(r[f] for r in found) / len(found):.2f}" if found else "—")
        right = sum(1 for r in rows if r["found"] and all(r[f] for f in FIELDS))
        out.append(f"| {dim} | {value} | {len(items)} | {len(rows)} | "
                   f"{len(found) / len(rows):.2f} | "
                   f"{sum(r['found'] for r in bare_rows) / len(bare_rows):.2f} | "
                   f"{sum(o['spurious'] for o, _ in items)} | " + " | ".join(cells)
                   + f" | {right / len(rows):.2f} |")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print this many misread lists")
    args = ap.parse_args()
    from headcount.extract import extract_text

    results = []
    shown = 0
    for lt in texts(args.texts, args.seed):
        predicted = extract_text(lt.text, lt.lang, "2024-10-15")
        ours = score(lt, predicted)
        bare = score(lt, _bare(lt.text)) if lt.lang != "en" else {
            "rows": [{"found": False} for _ in lt.entries], "spurious": 0}
        results.append((lt, ours, bare))
        wrong = [r for r in ours["rows"] if not r["found"] or not all(r[f] for f in FIELDS)]
        if (wrong or ours["spurious"]) and shown < args.show:
            shown += 1
            print(lt.text, file=sys.stderr)
            for p in predicted:
                print("   ", {k: p.get(k) for k in ("surname", "given_name", "patronymic",
                                                  "birth_date", "age", "citizenship", "status")},
                      file=sys.stderr)
            print(file=sys.stderr)
    print("\n".join(table(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
