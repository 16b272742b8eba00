"""The first-level divisions (and Nepal's and Sri Lanka's districts) of the countries whose
recruits English reporting on the war most often names, by their English names: a home
"from Surat in Gujarat", "of Thrissur, Kerala", "from Haryana's Kaithal district", "from
Jhapa" places the person in that country. A closed set, complete for each country listed:
India (states and union territories), Nepal (provinces and districts), Sri Lanka (provinces
and districts), Cuba (provinces), Kenya (counties). Cities are not listed (an open set),
except where a district bears the city's name (Kathmandu, Colombo, Nairobi).
"""

from __future__ import annotations

from functools import cache

_DIVISIONS: dict[str, str] = {
    "IN": "Andhra Pradesh;Arunachal Pradesh;Assam;Bihar;Chhattisgarh;Goa;Gujarat;Haryana;"
          "Himachal Pradesh;Jharkhand;Karnataka;Kerala;Madhya Pradesh;Maharashtra;Manipur;"
          "Meghalaya;Mizoram;Nagaland;Odisha;Orissa;Punjab;Rajasthan;Sikkim;Tamil Nadu;"
          "Telangana;Tripura;Uttar Pradesh;Uttarakhand;Uttaranchal;West Bengal;"
          "Andaman and Nicobar Islands;Chandigarh;Dadra and Nagar Haveli;Daman and Diu;Delhi;"
          "New Delhi;Jammu and Kashmir;Jammu;Kashmir;Ladakh;Lakshadweep;Puducherry;Pondicherry",
    "NP": "Koshi;Madhesh;Bagmati;Gandaki;Lumbini;Karnali;Sudurpashchim;"
          "Taplejung;Panchthar;Ilam;Jhapa;Morang;Sunsari;Dhankuta;Terhathum;Sankhuwasabha;"
          "Bhojpur;Solukhumbu;Okhaldhunga;Khotang;Udayapur;Saptari;Siraha;Dhanusha;Mahottari;"
          "Sarlahi;Bara;Parsa;Rautahat;Sindhuli;Ramechhap;Dolakha;Sindhupalchok;"
          "Kavrepalanchok;Kavre;Lalitpur;Bhaktapur;Kathmandu;Nuwakot;Rasuwa;Dhading;Makwanpur;"
          "Chitwan;Gorkha;Lamjung;Tanahun;Syangja;Kaski;Manang;Mustang;Myagdi;Parbat;Baglung;"
          "Nawalpur;Nawalparasi;Gulmi;Palpa;Parasi;Rupandehi;Kapilvastu;Arghakhanchi;Pyuthan;"
          "Rolpa;Rukum;Dang;Banke;Bardiya;Salyan;Dolpa;Humla;Jumla;Kalikot;Mugu;Surkhet;"
          "Dailekh;Jajarkot;Bajura;Bajhang;Achham;Doti;Kailali;Kanchanpur;Dadeldhura;Baitadi;"
          "Darchula",
    "LK": "Uva;Sabaragamuwa;Colombo;Gampaha;Kalutara;Kandy;Matale;Nuwara Eliya;Galle;Matara;"
          "Hambantota;Jaffna;Kilinochchi;Mannar;Vavuniya;Mullaitivu;Batticaloa;Ampara;"
          "Trincomalee;Kurunegala;Puttalam;Anuradhapura;Polonnaruwa;Badulla;Monaragala;"
          "Moneragala;Ratnapura;Kegalle",
    "CU": "Pinar del Río;Pinar del Rio;Artemisa;La Habana;Havana;Mayabeque;Matanzas;"
          "Cienfuegos;Villa Clara;Sancti Spíritus;Sancti Spiritus;Ciego de Ávila;"
          "Ciego de Avila;Camagüey;Camaguey;Las Tunas;Holguín;Holguin;Granma;Santiago de Cuba;"
          "Guantánamo;Guantanamo;Isla de la Juventud",
    "KE": "Mombasa;Kwale;Kilifi;Tana River;Lamu;Taita-Taveta;Taita Taveta;Garissa;Wajir;"
          "Mandera;Marsabit;Isiolo;Meru;Tharaka-Nithi;Tharaka Nithi;Embu;Kitui;Machakos;"
          "Makueni;Nyandarua;Nyeri;Kirinyaga;Murang'a;Muranga;Kiambu;Turkana;West Pokot;"
          "Samburu;Trans-Nzoia;Trans Nzoia;Uasin Gishu;Elgeyo-Marakwet;Elgeyo Marakwet;Nandi;"
          "Baringo;Laikipia;Nakuru;Narok;Kajiado;Kericho;Bomet;Kakamega;Vihiga;Bungoma;Busia;"
          "Siaya;Kisumu;Homa Bay;Migori;Kisii;Nyamira;Nairobi",
}


@cache
def _by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, names in _DIVISIONS.items():
        for name in names.split(";"):
            out[name.lower().replace("’", "'")] = code
    return out


def division_country(name: str) -> str | None:
    """The country (ISO alpha-2) whose division ``name`` is ("Gujarat" → IN), or None."""
    return _by_name().get(" ".join(name.lower().replace("’", "'").split()))
