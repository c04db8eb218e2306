#!/usr/bin/env python3
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/gazetteers/regions.tsv, world subdivisions with translated names, from Debian's
iso-codes.

Reads /usr/share/iso-codes/json/iso_3166-2.json (subdivisions) and iso_3166-1.json (countries)
and the translations in /usr/share/locale/{en,it,fr,de,es}/LC_MESSAGES/iso_3166-2.mo, all of the
Debian package iso-codes (the English .mo gives the English name where it differs from the ISO
one: Bayern -> Bavaria). Writes the name-table format that the recogniser reads:

  region:<ISO 3166-2 code> <TAB> place <TAB> English name <TAB> alias|alias|... <TAB> description

Only subdivision types that news names as places are kept (see KEPT_TYPES). Names that would be
taken for something else are dropped: names of 3 letters or fewer, compass words, and names equal
to a common word of it, en, fr, de or es (the [common] lists that common_words.py builds from
Debian's word lists, compared without case and accents as the recogniser matches; see NameFilter
for the few exceptions, and --strict to make none). Subdivisions of one country that share a name
(FR-971 and FR-GP Guadeloupe) are written once, under the one that is not part of the other.

Usage: python3 regions.py [--strict] [--report FILE]
  --strict  drop every name equal to a common word of any of the five languages (see NameFilter)
  --report  write the names dropped, merged or reassigned, and why, to FILE
(any directory; needs iso-codes, the word-list packages and hunspell-es installed)
"""

import gettext
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
import common_words  # noqa: E402  (sibling script: the word lists and their filters)

ISO_CODES_JSON = "/usr/share/iso-codes/json"
LOCALE_DIR = "/usr/share/locale"
OUTPUT = os.path.join(os.path.dirname(HERE), "regions.tsv")

TRANSLATIONS = ("it", "fr", "de", "es")

# Subdivision types kept everywhere: first-level units and cities or territories with the status
# of one, which news names as places.
KEPT_TYPES = {
    "Administration", "Administrative region", "Administrative territory", "Arctic region", "Area",
    "Autonomous city", "Autonomous city in north africa", "Autonomous community", "Autonomous district",
    "Autonomous municipality", "Autonomous province", "Autonomous region", "Autonomous republic",
    "Autonomous sector", "Autonomous territorial unit", "Canton", "Capital", "Capital city",
    "Capital district", "Capital territory", "Chain (of islands)", "City", "City corporation",
    "City municipality", "City with county rights", "Council area", "Country", "County",
    "Decentralized regional entity", "Department", "Dependency", "Development region",
    "District with special status", "Districts under republic administration", "Division",
    "Economic prefecture", "Emirate", "Entity", "Federal capital territory", "Federal dependency",
    "Federal district", "Federal territory", "Free municipal consortium", "Geographical entity",
    "Geographical region", "Geographical unit", "Governorate", "Group of islands (20 inhabited islands)",
    "Indigenous region", "Island", "Islands, groups of islands", "Land",
    "Metropolitan administration", "Metropolitan city", "Metropolitan collectivity with special status",
    "Metropolitan department", "Metropolitan region", "Oblast", "Outlying area", "Overseas collectivity",
    "Overseas collectivity with special status", "Overseas department", "Overseas region",
    "Overseas territory", "Pakistan administered area", "Popularate", "Prefecture", "Province",
    "Region", "Regional state", "Republic", "Republican city", "Self-governed part",
    "Special administrative city", "Special administrative region", "Special city",
    "Special island authority", "Special municipality", "Special region",
    "Special self-governing city", "Special self-governing province", "State", "Territorial unit",
    "Territory", "Two-tier county", "Unitary authority", "Union territory", "Urban community",
    "Voivodship", "Zone",
}

# Types kept only for the listed subdivisions: capital and federal districts, and cities with the
# status of a province (Beijing, Hanoi, Bucharest, Lima, Sana'a, Bangui). Elsewhere these types
# count in tens or hundreds per country and are rarely news places on their own.
KEPT_ONLY = {
    "District": {"US-DC", "DO-01", "ML-BKO", "PG-NCD"},
    "Municipality": {"CN-BJ", "CN-CQ", "CN-SH", "CN-TJ", "VN-CT", "VN-DN", "VN-HN", "VN-HP", "VN-SG",
                     "RO-B", "PE-LMA", "YE-SA"},
    "Commune": {"CF-BGF"},
}

# Types dropped: municipalities, districts, parishes, boroughs and wards of local government.
DROPPED_TYPES = {
    "Administrative atoll", "Administrative precinct", "Borough", "District", "District municipality",
    "Island council", "Local council", "London borough", "Metropolitan district", "Municipality",
    "Parish", "Quarter", "Rayon", "Rural municipality", "Town", "Town council", "Urban municipality",
    "Ward", "Commune",
}

# Type names reworded for the description; the others are the ISO type in lowercase.
TYPE_LABELS = {
    "Autonomous city in north africa": "autonomous city",
    "Chain (of islands)": "island chain",
    "Group of islands (20 inhabited islands)": "island group",
    "Islands, groups of islands": "island group",
    "Land": "federal state (Land)",
    "Pakistan administered area": "administered area",
    "Voivodship": "voivodeship",
}

# Compass words in the five languages: a region called "Nord" or "West" is not told apart from
# the direction.
COMPASS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "nord", "sud", "est", "ovest", "centro", "nordest",
    "nordovest", "sudest", "sudovest", "nord-est", "nord-ovest", "sud-est", "sud-ovest", "ouest",
    "nord-ouest", "sud-ouest", "norte", "sur", "este", "oeste", "noreste", "noroeste", "sureste",
    "suroeste", "nordeste", "sudeste", "süd", "ost", "nordost", "nordwest", "südost", "südwest",
    "mitte", "zentrum", "zentral", "centrale", "central", "septentrional", "meridional", "oriental",
    "occidental", "orientale", "occidentale", "settentrionale",
}

# Well-known places kept although an Italian or English common word is spelled the same: the
# word is rare, or lowercase wherever it is not the place (it "florida", "indiana", "veneto",
# "toscana", "marche", "corse"; en "wales").
ALLOWED = {
    ("US-FL", "Florida"), ("US-IN", "Indiana"), ("GB-WLS", "Wales"), ("IT-34", "Veneto"),
    ("IT-52", "Toscana"), ("IT-57", "Marche"), ("FR-20R", "Corse"),
}

# Besides letters (with combining marks) and spaces, the marks that names use: Côte-d’Or, U.S.,
# Ra’s al Khaymah, ‘Ajmān, "Bournemouth, Christchurch and Poole".
NAME_MARKS = set("'’‘ʻʼ.,-")

# Subdivisions left out: Taiwan is a country of ISO 3166-1 (TW, with its own subdivisions); CN-TW
# would only repeat it under a contested description.
EXCLUDED = {"CN-TW"}

# Alias forms not to derive: the City of London is not London.
NO_SHORT_FORM = {"GB-LND"}

# Comma-inverted names whose short form is the usual name ("Adygeja, Respublika" -> "Adygeja");
# other inverted names read better whole ("Comunidad Valenciana", "County Durham").
SHORT_PRIMARY_DESIGNATORS = {"Respublika", "Region"}

# Country names that take "the" in English.
THE_COUNTRY = re.compile(r"^(United |Dominican |Czech |Central African |Marshall |Solomon |Cayman |State of |"
                         r"Federated States |Falkland |Faroe |Cook |Northern Mariana )|(Islands|Republic|Federation|Emirates|"
                         r"Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)$")

ISO_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
LIST_MARK = re.compile(r" (and|y|et|e|und) ")


def fail(message):
    sys.exit(f"regions.py: {message}")


def load_json(name, key):
    path = os.path.join(ISO_CODES_JSON, name)
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)[key]
    except FileNotFoundError:
        fail(f"{path} is missing (apt-get install iso-codes)")


def catalog(language):
    try:
        return gettext.translation("iso_3166-2", LOCALE_DIR, [language])
    except OSError:
        fail(f"the {language} translations of iso_3166-2 are missing (apt-get install iso-codes)")


def nfc(text):
    return unicodedata.normalize("NFC", text)


def fold(text):
    """Case- and accent-insensitive form, as the recogniser compares names."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def tidy(text):
    text = re.sub(r"\s+", " ", text.replace("*", "")).strip()  # "Alacant*": ISO marks a local name
    text = re.sub(r"(\w)- (\w)", r"\1-\2", text)  # "Trentin- Haut Adige"
    return text.strip(" ,;")


def name_forms(raw, code):
    """Parses one ISO or translated name into (primary form, other forms).

    "Wales [Cymru GB-CYM]" -> Wales, Cymru; "Madrid, Comunidad de" -> Comunidad de Madrid, Madrid;
    "Guyane (française)" -> Guyane; "Elgeyo/Marakwet" -> Elgeyo-Marakwet; "Bolama / Bijagós" -> both.
    Parentheses hold capitals, region numbers or status notes and are dropped, except acronyms.
    """
    text = nfc(raw).strip()
    extra = []
    for inner in re.findall(r"\[([^\]]*)\]", text):
        words = [w for w in inner.split() if not ISO_CODE.match(w)]
        if words and words != ["city"]:
            extra.append(" ".join(words))
    text = re.sub(r"\s*\[[^\]]*\]", "", text)
    for inner in re.findall(r"\(([^)]*)\)", text):
        if re.fullmatch(r"[A-Z]{4,}", inner):
            extra.append(inner)
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = text.lstrip("/")

    alternatives = [part for part in re.split(r"\s+/\s+", text) if part]
    forms = []
    for part in alternatives:
        part = re.sub(r"(?<=\w)/(?=\w)", "-", part)
        if "," in part and not LIST_MARK.search(part):
            base, _, designator = part.partition(",")
            base, designator = tidy(base), tidy(designator)
            whole = tidy(f"{designator} {base}")
            if designator in SHORT_PRIMARY_DESIGNATORS and base[:1].isupper():
                forms += [base, whole]
            else:
                forms += [whole] + ([] if code in NO_SHORT_FORM else [base])
        else:
            forms.append(tidy(part))
        if " - " in part:
            forms.append(tidy(part.replace(" - ", "-")))
    forms += [tidy(e) for e in extra]
    forms += [f.lstrip("'’‘ʻʼ") for f in forms if f[:1] in "'’‘ʻʼ"]  # ‘Ajmān -> Ajmān
    forms = [f for f in forms if f]
    return forms[0], forms[1:]


def country_names():
    names = {}
    for entry in load_json("iso_3166-1.json", "3166-1"):
        name = entry.get("common_name", entry["name"])
        if "," in name and not LIST_MARK.search(name):
            base, _, designator = name.partition(",")
            name = f"{designator.strip()} {base.strip()}"
            name = name[0].upper() + name[1:]
        if THE_COUNTRY.search(name) or name.startswith("The "):
            name = "the " + (name[4:] if name.startswith("The ") else name)
        names[entry["alpha_2"]] = name
    return names


def keep_type(entry):
    kind, code = entry["type"], entry["code"]
    if code in EXCLUDED:
        return False
    if kind in KEPT_ONLY and code in KEPT_ONLY[kind]:
        return True
    if kind in KEPT_TYPES:
        return True
    if kind not in DROPPED_TYPES and kind not in KEPT_ONLY:
        print(f"regions.py: unknown subdivision type {kind!r} ({code}) dropped; classify it", file=sys.stderr)
    return False


GENERIC_COMPASS = "compass word"
GENERIC_COMMON_MAIN = "common word of it or en"
GENERIC_COMMON_OTHER = "common word of fr, de or es"


class NameFilter:
    """Drops names that would be taken for something other than the place.

    A name equal to a common word of Italian or English, the languages Annalist mostly reads, is
    dropped (except ALLOWED). A name equal to a common word of French, German or Spanish only is
    dropped unless one of the word lists also writes it capitalised, as a name: "Roma" and "Florida"
    stay although Spanish has "roma" and "florida", "Cher" and "Aube" go. With strict=True every
    name equal to a common word of any of the five languages is dropped.
    """

    def __init__(self, strict):
        words = common_words.build()
        self.strict = strict
        self.main = {fold(w) for language in ("it", "en") for w in words["common"][language]}
        self.other = {fold(w) for language in ("fr", "de", "es") for w in words["common"][language]}
        self.named = {fold(w) for language in common_words.LANGUAGES for w in words["capitalised"][language]}
        self.named |= {fold(w) for w in words["spanish-capitalised"]}
        self.compass = {fold(w) for w in COMPASS}
        self.dropped = {}
        self.allowed = []

    def why_not(self, name, code):
        letters = [c for c in name if c.isalpha()]
        if not letters or not letters[0].isupper():
            return "does not start with a capital"
        if not all(c.isalnum() or c.isspace() or c in NAME_MARKS or unicodedata.category(c).startswith("M")
                   for c in name):
            return "punctuation"
        if len(letters) <= 3:
            return "3 letters or fewer"
        folded = fold(name)
        if all(w in self.compass for w in re.split(r"[\s-]+", folded) if w):
            return GENERIC_COMPASS
        if not self.strict and (code, name) in ALLOWED:
            return None
        if folded in self.main:
            return GENERIC_COMMON_MAIN
        if folded in self.other and (self.strict or folded not in self.named):
            return GENERIC_COMMON_OTHER
        return None

    def is_generic(self, name, code):
        """True when a name is a compass or common word: its translations are then generic words too
        ("Plateau" -> "Altopiano", "Atlantique" -> "Atlantico")."""
        return self.why_not(name, code) in (GENERIC_COMPASS, GENERIC_COMMON_MAIN, GENERIC_COMMON_OTHER)

    def accept(self, name, code):
        reason = self.why_not(name, code)
        if reason:
            self.dropped.setdefault(reason, []).append(f"{code} {name}")
        elif (code, name) in ALLOWED and not self.strict:
            self.allowed.append(f"{code} {name}")
        return reason is None


def main(argv):
    args = argv[1:]
    strict = "--strict" in args
    args = [a for a in args if a != "--strict"]
    report = args[1] if len(args) == 2 and args[0] == "--report" else None
    if args and not report:
        fail("usage: regions.py [--strict] [--report FILE]   (FILE: the names dropped, merged or reassigned)")
    subdivisions = load_json("iso_3166-2.json", "3166-2")
    countries = country_names()
    english = catalog("en")
    catalogs = {language: catalog(language) for language in TRANSLATIONS}
    names = NameFilter(strict)

    kept_types = {}
    rows = []
    promoted = []
    generic = []
    for entry in sorted(subdivisions, key=lambda e: e["code"]):
        if not keep_type(entry):
            continue
        code, iso_name = entry["code"], entry["name"]
        source_primary, source_other = name_forms(iso_name, code)
        english_name = english.gettext(iso_name)
        if english_name != iso_name:
            primary, english_other = name_forms(english_name, code)
            own = [source_primary] + source_other + english_other
        else:
            primary, own = source_primary, source_other
        translated = []
        for language in TRANSLATIONS:
            text = catalogs[language].gettext(iso_name)
            if text != iso_name:
                first, other = name_forms(text, code)
                translated += [first] + other
        if names.is_generic(source_primary, code) and names.is_generic(primary, code):
            # "Plateau", "Littoral", "Centre": a word rather than a name, in every language.
            names.accept(primary, code)
            generic.append(f"{code} {primary}: {len(own) + len(translated)} other names dropped with it")
            continue
        own = [n for n in own if names.accept(n, code)]
        translated = [n for n in translated if names.accept(n, code)]
        if not names.accept(primary, code):
            # "Stînga Nistrului, unitatea teritorială din", "Zug": the first usable name stands in.
            if not own + translated:
                continue
            primary = (own + translated)[0]
            promoted.append(f"{code} {primary}")
        rows.append({
            "code": code, "country": code.split("-")[0], "type": entry["type"],
            "parent": entry.get("parent"), "primary": primary, "own": own, "translated": translated,
            "iso_name": iso_name,
        })

    # The same place under two codes (FR-971 and FR-GP Guadeloupe, ES-PM and ES-IB Illes Balears):
    # keep the one that is not part of the other.
    by_name = {}
    for row in rows:
        by_name.setdefault((row["country"], fold(row["primary"])), []).append(row)
    merged = []
    for group in by_name.values():
        if len(group) > 1:
            group.sort(key=lambda r: (r["parent"] is not None, r["code"]))
            for row in group[1:]:
                merged.append(f"{row['code']} into {group[0]['code']} ({row['primary']})")
                row["merged"] = True
    rows = [r for r in rows if not r.get("merged")]

    # A translated name claimed by two subdivisions of one country is a translation slip unless the
    # ISO name of one of them begins with it (Italian "Xinjiang" for Tibet): keep it only there.
    claims = {}
    for row in rows:
        for name in set(fold(n) for n in [row["primary"]] + row["own"] + row["translated"]):
            claims.setdefault((row["country"], name), []).append(row)
    conflicts = []
    for (country, name), claimants in claims.items():
        if len(claimants) < 2:
            continue
        owners = [r for r in claimants
                  if name in {fold(n) for n in [r["primary"]] + r["own"]} or fold(r["iso_name"]).startswith(name + " ")]
        if owners and len(owners) < len(claimants):
            for row in claimants:
                if row not in owners:
                    row["translated"] = [n for n in row["translated"] if fold(n) != name]
                    conflicts.append(f"{row['code']} loses {name!r} to {', '.join(r['code'] for r in owners)}")

    lines = []
    alias_count = 0
    for row in rows:
        seen = {fold(row["primary"])}
        aliases = []
        for name in row["own"] + row["translated"]:
            if fold(name) not in seen:
                seen.add(fold(name))
                aliases.append(name)
        label = TYPE_LABELS.get(row["type"], row["type"].lower())
        description = f"{label} of {countries[row['country']]}"
        for field in [row["primary"], description] + aliases:
            if "\t" in field or "|" in field or "\n" in field:
                fail(f"{row['code']}: unexpected separator in {field!r}")
        lines.append("\t".join([f"region:{row['code']}", "place", row["primary"], "|".join(aliases), description]))
        alias_count += len(aliases)
        kept_types[row["type"]] = kept_types.get(row["type"], 0) + 1

    version = common_words.package_version("iso-codes")
    header = [
        "# World subdivisions (ISO 3166-2) with their names in English, it, fr, de and es, from the Debian",
        f"# package iso-codes {version} (/usr/share/iso-codes/json/iso_3166-2.json, iso_3166-1.json and the",
        "# iso_3166-2 translations under /usr/share/locale). Licence: LGPL-2.1-or-later; see resources/NOTICE.",
        "# Only types that news names as places are kept (states, regions, provinces, departments, counties,",
        "# governorates, prefectures, capital districts, cities with the status of a province...). Names of",
        "# 3 letters or fewer, compass words and names equal to a common word of it, en, fr, de or es",
        "# (lexicon/common-*.txt; a few exceptions are listed in the script) are left out.",
        "# Rebuilt by tools/regions.py.",
        "# Columns: key<TAB>type<TAB>canonical name<TAB>aliases separated by |<TAB>description.",
    ]
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(header + lines) + "\n")

    print(f"{os.path.relpath(OUTPUT, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))}: "
          f"{len(lines)} entries, {len(lines) + alias_count} names, "
          f"{os.path.getsize(OUTPUT)} bytes")
    for kind, count in sorted(kept_types.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {count:4d} {kind}")
    if report:
        with open(report, "w", encoding="utf-8") as out:
            for reason, items in sorted(names.dropped.items()):
                out.write(f"== dropped, {reason}: {len(items)}\n" + "\n".join(items) + "\n")
            out.write(f"== kept although an it or en common word: {len(names.allowed)}\n" + "\n".join(names.allowed) + "\n")
            out.write(f"== subdivisions dropped, generic name: {len(generic)}\n" + "\n".join(generic) + "\n")
            out.write(f"== canonical name from an alias: {len(promoted)}\n" + "\n".join(promoted) + "\n")
            out.write(f"== merged: {len(merged)}\n" + "\n".join(merged) + "\n")
            out.write(f"== conflicts: {len(conflicts)}\n" + "\n".join(conflicts) + "\n")


if __name__ == "__main__":
    main(sys.argv)
