"""The first-level divisions (and Nepal's and Sri Lanka's districts) of the countries whose
recruits English reporting on the war most often names, by their English names: a home
"from Surat in Gujarat", "of Thrissur, Kerala", "from Haryana's Kaithal district", "from
Jhapa" places the person in that country. A closed set, complete for each country listed:
India (states and union territories), Nepal (provinces and districts), Sri Lanka (provinces
and districts), Cuba (provinces), Kenya (counties). Cities are not listed (an open set),
except where a district bears the city's name (Kathmandu, Colombo, Nairobi).
"""

from __future__ import annotations

import re
from functools import cache

#: states and provinces that are no town of the same name
_PROVINCES: dict[str, str] = {
    "IN": "Andhra Pradesh;Arunachal Pradesh;Assam;Bihar;Chhattisgarh;Goa;Gujarat;Haryana;"
          "Himachal Pradesh;Jharkhand;Karnataka;Kerala;Madhya Pradesh;Maharashtra;Manipur;"
          "Meghalaya;Mizoram;Nagaland;Odisha;Orissa;Punjab;Rajasthan;Sikkim;Tamil Nadu;"
          "Telangana;Tripura;Uttar Pradesh;Uttarakhand;Uttaranchal;West Bengal;"
          "Andaman and Nicobar Islands;Dadra and Nagar Haveli;Daman and Diu;"
          "Jammu and Kashmir;Kashmir;Ladakh;Lakshadweep",
    "NP": "Koshi;Madhesh;Bagmati;Gandaki;Karnali;Sudurpashchim",
    "LK": "Uva;Sabaragamuwa",
    "CU": "Mayabeque;Isla de la Juventud",
    "KE": "",
}
#: every division, those named like their chief town too
_DIVISIONS: dict[str, str] = {
    "IN": "Chandigarh;Delhi;New Delhi;Jammu;Puducherry;Pondicherry;"
          # the districts of the states most recruits came from: Punjab, Haryana, Kerala
          "Amritsar;Barnala;Bathinda;Faridkot;Fatehgarh Sahib;Fazilka;Ferozepur;Firozpur;"
          "Gurdaspur;Hoshiarpur;Jalandhar;Kapurthala;Ludhiana;Malerkotla;Mansa;Moga;Muktsar;"
          "Sri Muktsar Sahib;Pathankot;Patiala;Rupnagar;Ropar;Mohali;Sangrur;Nawanshahr;"
          "Tarn Taran;Ambala;Bhiwani;Charkhi Dadri;Faridabad;Fatehabad;Gurugram;Gurgaon;Hisar;"
          "Jhajjar;Jind;Kaithal;Karnal;Kurukshetra;Mahendragarh;Palwal;Panchkula;Panipat;"
          "Rewari;Rohtak;Sirsa;Sonipat;Yamunanagar;Thiruvananthapuram;Trivandrum;Kollam;"
          "Pathanamthitta;Alappuzha;Alleppey;Kottayam;Idukki;Ernakulam;Kochi;Cochin;Thrissur;"
          "Palakkad;Malappuram;Kozhikode;Calicut;Wayanad;Kannur;Kasaragod",
    "NP": "Lumbini;Taplejung;Panchthar;Ilam;Jhapa;Morang;Sunsari;Dhankuta;Terhathum;Sankhuwasabha;"
          "Bhojpur;Solukhumbu;Okhaldhunga;Khotang;Udayapur;Saptari;Siraha;Dhanusha;Mahottari;"
          "Sarlahi;Bara;Parsa;Rautahat;Sindhuli;Ramechhap;Dolakha;Sindhupalchok;"
          "Kavrepalanchok;Kavre;Lalitpur;Bhaktapur;Kathmandu;Nuwakot;Rasuwa;Dhading;Makwanpur;"
          "Chitwan;Gorkha;Lamjung;Tanahun;Syangja;Kaski;Manang;Mustang;Myagdi;Parbat;Baglung;"
          "Nawalpur;Nawalparasi;Gulmi;Palpa;Parasi;Rupandehi;Kapilvastu;Arghakhanchi;Pyuthan;"
          "Rolpa;Rukum;Dang;Banke;Bardiya;Salyan;Dolpa;Humla;Jumla;Kalikot;Mugu;Surkhet;"
          "Dailekh;Jajarkot;Bajura;Bajhang;Achham;Doti;Kailali;Kanchanpur;Dadeldhura;Baitadi;"
          "Darchula",
    "LK": "Colombo;Gampaha;Kalutara;Kandy;Matale;Nuwara Eliya;Galle;Matara;"
          "Hambantota;Jaffna;Kilinochchi;Mannar;Vavuniya;Mullaitivu;Batticaloa;Ampara;"
          "Trincomalee;Kurunegala;Puttalam;Anuradhapura;Polonnaruwa;Badulla;Monaragala;"
          "Moneragala;Ratnapura;Kegalle",
    "CU": "Pinar del Río;Pinar del Rio;Artemisa;La Habana;Havana;Matanzas;"
          "Cienfuegos;Villa Clara;Sancti Spíritus;Sancti Spiritus;Ciego de Ávila;"
          "Ciego de Avila;Camagüey;Camaguey;Las Tunas;Holguín;Holguin;Granma;Santiago de Cuba;"
          "Guantánamo;Guantanamo",
    "KE": "Mombasa;Kwale;Kilifi;Tana River;Lamu;Taita-Taveta;Taita Taveta;Garissa;Wajir;"
          "Mandera;Marsabit;Isiolo;Meru;Tharaka-Nithi;Tharaka Nithi;Embu;Kitui;Machakos;"
          "Makueni;Nyandarua;Nyeri;Kirinyaga;Murang'a;Muranga;Kiambu;Turkana;West Pokot;"
          "Samburu;Trans-Nzoia;Trans Nzoia;Uasin Gishu;Elgeyo-Marakwet;Elgeyo Marakwet;Nandi;"
          "Baringo;Laikipia;Nakuru;Narok;Kajiado;Kericho;Bomet;Kakamega;Vihiga;Bungoma;Busia;"
          "Siaya;Kisumu;Homa Bay;Migori;Kisii;Nyamira;Nairobi",
}


#: names shared with a place of another country ("Punjab" and "Kashmir" are in Pakistan too,
#: "Bhojpur", "Lalitpur" and "Darchula" in India, "Ilam" in Iran, "Busia" in Uganda, "Meru" in
#: Tanzania): no country from them alone, only from a country named with them
_SHARED = frozenset({"punjab", "kashmir", "jammu", "jammu and kashmir", "bhojpur", "lalitpur",
                     "darchula", "ilam", "busia", "meru", "mansa"})
#: names that are also surnames or common words ("Dang", "Parsa", "Colombo", "Granma"): a
#: place only after a home cue, never in a person's name position
_NAME_LIKE = frozenset({"dang", "parsa", "colombo", "nandi", "bara", "kandy", "galle", "matara",
                        "doti", "mustang", "granma", "uva"})


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def is_name_like(name: str) -> bool:
    """Whether a division's name is also a surname or a common word ("Dang", "Colombo")."""
    return _key(name) in _NAME_LIKE


_NO_TOWN = frozenset(n.lower() for names in _PROVINCES.values() for n in names.split(";") if n)


def is_province(name: str) -> bool:
    """Whether ``name`` is a state or province abroad and no town ("Kerala", "Gandaki")."""
    return " ".join(name.lower().split()) in _NO_TOWN


@cache
def _by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in (_PROVINCES, _DIVISIONS):
        for code, names in table.items():
            for name in filter(None, names.split(";")):
                out[name.lower().replace("’", "'")] = code
    return out


def division_country(name: str) -> str | None:
    """The country (ISO alpha-2) whose division ``name`` is ("Gujarat" → IN), or None, also
    for a name that other countries share ("Punjab", "Ilam")."""
    key = _key(name)
    return None if key in _SHARED else _by_name().get(key)


@cache
def _unshared_names() -> re.Pattern[str]:
    names = sorted((n for n in _by_name() if n not in _SHARED and n not in _NAME_LIKE),
                   key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in names) +
                      r")(?![\w'’-])", re.I)


def shared_division_country(name: str, text: str) -> str | None:
    """A name other countries share ("Punjab") settled by the text: the one country whose
    divisions it otherwise names ("… from Punjab …, both from villages near Amritsar" → IN);
    None for a name not shared, or a text naming none or several countries' divisions."""
    if _key(name) not in _SHARED:
        return None
    codes = {_by_name()[_key(m.group(0))] for m in _unshared_names().finditer(text)
             if m.group(0)[:1].isupper()}
    listed = _by_name().get(_key(name))
    return listed if codes == {listed} else None


def is_division(name: str) -> bool:
    """Whether ``name`` is a division listed here, of one country or several."""
    return _key(name) in _by_name()
