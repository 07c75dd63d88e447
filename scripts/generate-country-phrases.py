#!/usr/bin/env python3
"""Writes the Russian and Turkish names of every country the reports may name:
Sources/CorridorReports/Language/Phrases/{ru,tr}/countries.json, mapping the English short name of
Sources/CorridorModel/Geography/CountryTable.swift to its translation.

Source: the ISO 3166-1 translations of the Debian iso-codes database, read through the PyPI package
pycountry (its gettext catalogues). A few common names that the catalogue gives in a formal style
are kept short in OVERRIDES. Regenerate with:

    pip install pycountry
    python3 scripts/generate-country-phrases.py
"""
import gettext
import json
import pathlib
import re

import pycountry

ROOT = pathlib.Path(__file__).resolve().parent.parent
TABLE = ROOT / "Sources/CorridorModel/Geography/CountryTable.swift"
OUT = ROOT / "Sources/CorridorReports/Language/Phrases"

# Short everyday names where the catalogue's is formal ("Российская Федерация").
OVERRIDES = {
    "ru": {"RU": "Россия", "KG": "Кыргызстан", "IR": "Иран", "MD": "Молдова", "KR": "Южная Корея", "KP": "КНДР",
           "SY": "Сирия", "VN": "Вьетнам", "LA": "Лаос", "TZ": "Танзания", "BO": "Боливия",
           "VE": "Венесуэла", "GB": "Великобритания", "US": "США", "CZ": "Чехия", "TR": "Турция"},
    "tr": {"RU": "Rusya", "IR": "İran", "MD": "Moldova", "KR": "Güney Kore", "KP": "Kuzey Kore",
           "SY": "Suriye", "GB": "Birleşik Krallık", "US": "ABD", "CZ": "Çekya", "TR": "Türkiye"},
}

pattern = re.compile(r'Country\(alpha2: "([A-Z]{2})", alpha3: "[A-Z]{3}", name: "([^"]+)"')
names = pattern.findall(TABLE.read_text(encoding="utf-8"))
for language in ("ru", "tr"):
    catalogue = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    phrases = {}
    for alpha2, english in names:
        country = pycountry.countries.get(alpha_2=alpha2)
        if country is None:
            continue
        local = OVERRIDES[language].get(alpha2)
        if local is None:
            local = catalogue.gettext(getattr(country, "common_name", None) or country.name)
        if local:
            phrases[english] = local
    folder = OUT / language
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dict(sorted(phrases.items())), ensure_ascii=False, indent=2)
    (folder / "countries.json").write_text(text + "\n", encoding="utf-8")
    print(f"{language}: {len(phrases)} country names")
