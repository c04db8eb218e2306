#!/usr/bin/env python3
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the common-word, proper-noun and German noun lexicons from Debian's word lists.

Reads the word lists that the Debian packages wamerican, wbritish, witalian, wfrench, wngerman and
wspanish install under /usr/share/dict, and writes under resources/gazetteers/lexicon/:

  common-<lang>.txt  [common]       words written entirely in lowercase in the source list
  proper-<lang>.txt  [proper]       words listed only capitalised (no lowercase form), lowercased
  nouns-de.txt       [common-noun]  capitalised German words without evidence of being a name

Two lists need more than their own letter case:
- German capitalises every noun, so a German word listed only capitalised is usually an ordinary
  noun. proper-de.txt keeps only the capitalised German words that are also proper nouns in the
  it, en or es lists, or single-word country or subdivision names of Debian's iso-codes; the other
  capitalised German words go to nouns-de.txt.
- wspanish writes every word in lowercase, names included (españa, carlos, barcelona). A word of it
  that the Spanish Hunspell dictionary (Debian package hunspell-es) knows only capitalised is taken
  for a proper noun: it goes to proper-es.txt instead of common-es.txt.
wfrench holds no proper nouns at all, so proper-fr.txt has none.

Usage: python3 common_words.py   (any directory; the packages above and iso-codes must be installed)
"""

import gettext
import json
import os
import re
import sys
import unicodedata

DICT_DIR = "/usr/share/dict"
DPKG_STATUS = "/var/lib/dpkg/status"
ISO_CODES_JSON = "/usr/share/iso-codes/json"
LOCALE_DIR = "/usr/share/locale"
HUNSPELL_DIR = "/usr/share/hunspell"

LANGUAGES = ("it", "en", "fr", "de", "es")
LANGUAGE_NAMES = {"it": "Italian", "en": "English", "fr": "French", "de": "German", "es": "Spanish"}

# Language -> [(Debian package, word list under /usr/share/dict)].
SOURCES = {
    "it": [("witalian", "italian")],
    "en": [("wamerican", "american-english"), ("wbritish", "british-english")],
    "fr": [("wfrench", "french")],
    "de": [("wngerman", "ngerman")],
    "es": [("wspanish", "spanish")],
}

# The Hunspell dictionary that tells which Spanish words are names (see the module comment).
SPANISH_CASE_REFERENCE = ("hunspell-es", "es_ES")

# Elided articles, prepositions and pronouns of Italian and French that the recogniser splits off
# the following word ("all'", "dell'", "l'", "qu'"): a list form that starts with one of them, such as
# "all'abate" or "l'homme", is never looked up whole. Lexicalised forms ("aujourd'hui", "quelqu'un",
# "presqu'île", "ch'è") do not start with one of them and are kept.
ELIDED_PREFIXES = {
    "l", "d", "dell", "dall", "nell", "sull", "all", "coll", "un", "quell", "quest", "bell", "sant",
    "c", "s", "n", "m", "t", "j", "qu", "lorsqu", "jusqu", "puisqu", "tutt", "po", "mezz", "cent",
    "senz", "nessun", "ciascun", "ogn", "com",
}
ELIDING_LANGUAGES = {"it", "fr"}

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(os.path.dirname(HERE), "lexicon")


def fail(message):
    sys.exit(f"common_words.py: {message}")


def package_version(package):
    """The installed version of a Debian package, read from dpkg's status file."""
    with open(DPKG_STATUS, encoding="utf-8") as status:
        name, installed = None, False
        for line in status:
            line = line.rstrip("\n")
            if line.startswith("Package: "):
                name, installed = line[len("Package: "):], False
            elif line.startswith("Status: "):
                installed = line.endswith(" installed")
            elif line.startswith("Version: ") and name == package and installed:
                return line[len("Version: "):]
    fail(f"the Debian package {package} is not installed (apt-get install {package})")


def read_lines(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return [unicodedata.normalize("NFC", line.strip()) for line in handle if line.strip()]
    except FileNotFoundError:
        fail(f"{path} is missing")


# --- word filters -----------------------------------------------------------------------------

def is_wordlike(word):
    """Letters, apostrophes and hyphens only (no digits, dots or other marks), at least 2 letters."""
    if not all(c.isalpha() or c in "'-" for c in word):
        return False
    return sum(1 for c in word if c.isalpha()) >= 2


def is_possessive(word):
    return word.endswith("'s") or word.endswith("'S")


def is_elided_combination(word):
    at = word.find("'")
    return 0 < at < len(word) - 1 and word[:at].lower() in ELIDED_PREFIXES


def is_capitalised(word):
    """Starts with a capital and is no acronym (AIDS, ABCs): its second character is not a capital."""
    return word[0].isupper() and (len(word) < 2 or not word[1].isupper())


def source_words(language):
    words = []
    for _, file_name in SOURCES[language]:
        words.extend(read_lines(os.path.join(DICT_DIR, file_name)))
    words = [w for w in words if is_wordlike(w) and not is_possessive(w)]
    if language in ELIDING_LANGUAGES:
        words = [w for w in words if not is_elided_combination(w)]
    return words


# --- Hunspell: the word forms of a .dic/.aff pair, suffixes only -----------------------------------

def hunspell_forms(name):
    """Returns (lowercase forms, lowercased forms of capitalised entries) of a Hunspell dictionary,
    expanding its suffix rules (with one level of continuation). Prefix rules are not applied: they
    do not change whether a word starts with a capital."""
    aff = read_lines(os.path.join(HUNSPELL_DIR, name + ".aff"))
    dic = read_lines(os.path.join(HUNSPELL_DIR, name + ".dic"))[1:]  # first line: entry count
    if not any(line.split() == ["FLAG", "UTF-8"] for line in aff):
        fail(f"{name}.aff: expected FLAG UTF-8 (one character per flag)")
    suffixes = {}
    for line in aff:
        fields = line.split()
        if len(fields) >= 5 and fields[0] == "SFX":
            flag, strip, add, condition = fields[1:5]
            add, _, continuation = add.partition("/")
            suffixes.setdefault(flag, []).append((
                "" if strip == "0" else strip,
                "" if add == "0" else add,
                continuation,
                None if condition == "." else re.compile(f"(?:{condition})$"),
            ))

    def expand(word, flags, depth):
        forms = {word}
        for flag in flags:
            for strip, add, continuation, condition in suffixes.get(flag, ()):
                if word.endswith(strip) and (condition is None or condition.search(word)):
                    form = word[:len(word) - len(strip)] + add
                    forms.add(form)
                    if continuation and depth == 0:
                        forms |= expand(form, continuation, 1)
        return forms

    lowercase, capitalised = set(), set()
    for entry in dic:
        word, _, flags = entry.split()[0].partition("/")
        for form in expand(word, flags, 0):
            if form == form.lower():
                lowercase.add(form)
            elif is_capitalised(form):
                capitalised.add(form.lower())
    return lowercase, capitalised


# --- iso-codes: single-word country and subdivision names -----------------------------------------

def iso_place_names():
    """Single-word country and subdivision names of iso-codes in English, it, fr, de, es, lowercased."""
    names = set()
    for domain, key, fields in (("iso_3166-1", "3166-1", ("name", "common_name")),
                                ("iso_3166-2", "3166-2", ("name",))):
        catalogs = []
        for language in ("it", "fr", "de", "es"):
            try:
                catalogs.append(gettext.translation(domain, LOCALE_DIR, [language]))
            except OSError:
                fail(f"the {language} translations of {domain} are missing (apt-get install iso-codes)")
        with open(os.path.join(ISO_CODES_JSON, domain + ".json"), encoding="utf-8") as handle:
            entries = json.load(handle)[key]
        for entry in entries:
            for field in fields:
                if field in entry:
                    for form in [entry[field]] + [c.gettext(entry[field]) for c in catalogs]:
                        form = unicodedata.normalize("NFC", form.strip())
                        if form and is_wordlike(form) and is_capitalised(form):
                            names.add(form.lower())
    return names


# --- output ---------------------------------------------------------------------------------------

def write_list(file_name, header, section, words):
    path = os.path.join(OUT_DIR, file_name)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header:
            out.write(f"# {line}\n")
        out.write(f"[{section}]\n")
        for word in sorted(words):
            out.write(word + "\n")
    return path


def described_sources(language):
    return " and ".join(f"{package} {package_version(package)} ({DICT_DIR}/{file_name})"
                        for package, file_name in SOURCES[language])


FOOTER = "Licence and source: see resources/NOTICE. Rebuilt by tools/common_words.py. NFC, sorted."


def build():
    """Returns the word sets: {"common", "proper", "capitalised"} by language, "nouns-de", and
    "spanish-capitalised" (every form that the Spanish Hunspell dictionary writes capitalised)."""
    common, capitalised = {}, {}
    for language in LANGUAGES:
        words = source_words(language)
        common[language] = {w for w in words if w == w.lower()}
        capitalised[language] = {w.lower() for w in words if is_capitalised(w)}
    proper = {language: capitalised[language] - common[language] for language in LANGUAGES}

    # Spanish: names hide among the lowercase words.
    reference_lower, reference_capitalised = hunspell_forms(SPANISH_CASE_REFERENCE[1])
    spanish_names = {w for w in common["es"] if w in reference_capitalised and w not in reference_lower}
    common["es"] -= spanish_names
    proper["es"] = spanish_names

    # German: capitalised words are nouns unless something says they are names.
    name_evidence = proper["it"] | proper["en"] | proper["es"] | iso_place_names()
    german_names = {w for w in proper["de"] if w in name_evidence}
    german_nouns = capitalised["de"] - german_names
    proper["de"] = german_names
    return {"common": common, "proper": proper, "capitalised": capitalised, "nouns-de": german_nouns,
            "spanish-capitalised": reference_capitalised}


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    words = build()
    common, proper, german_nouns = words["common"], words["proper"], words["nouns-de"]
    reference_package, reference_name = SPANISH_CASE_REFERENCE
    reference = (f"{reference_package} {package_version(reference_package)} "
                 f"({HUNSPELL_DIR}/{reference_name}.dic and .aff)")

    written = []
    for language in LANGUAGES:
        name, sources = LANGUAGE_NAMES[language], described_sources(language)
        header = [f"Common {name} words: the words written entirely in lowercase in the word list of",
                  f"the Debian package {sources}."]
        if language == "es":
            header += ["Words that the Spanish Hunspell dictionary of the Debian package",
                       f"{reference} knows only capitalised are names and are left out."]
        header.append("Possessives, forms with digits or other marks and words of one letter are left out.")
        if language in ELIDING_LANGUAGES:
            header.append("So are forms that begin with an elided article or preposition (all'abate, l'homme).")
        header.append(FOOTER)
        written.append(write_list(f"common-{language}.txt", header, "common", common[language]))

        if language == "de":
            header = ["German proper nouns: the capitalised words of the word list of the Debian package",
                      f"{sources} that have no lowercase form there and are",
                      "also proper nouns in the Italian, English or Spanish lists (proper-*.txt) or single-word country or",
                      "subdivision names of the Debian package iso-codes. The other capitalised German words",
                      "are ordinary nouns (nouns-de.txt).", FOOTER]
        elif language == "es":
            header = [f"Spanish proper nouns: the words of the word list of the Debian package {sources}",
                      "(which writes every word in lowercase) that the Spanish Hunspell dictionary of the Debian",
                      f"package {reference} knows only capitalised.", FOOTER]
        elif language == "fr":
            header = [f"French proper nouns: none. The word list of the Debian package {sources}",
                      "holds no capitalised words; the section is kept so that every language has its file.", FOOTER]
        else:
            header = [f"{name} proper nouns: the words listed only capitalised (no lowercase form) in the word",
                      f"list of the Debian package {sources}, lowercased.",
                      "Acronyms, possessives and forms with digits or other marks are left out.", FOOTER]
        written.append(write_list(f"proper-{language}.txt", header, "proper", proper[language]))

        if language == "de":
            header = ["German nouns: the capitalised words of the word list of the Debian package",
                      f"{sources}, lowercased (German capitalises every noun), except",
                      "those that proper-de.txt lists as names.", FOOTER]
            written.append(write_list("nouns-de.txt", header, "common-noun", german_nouns))

    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    for path in written:
        with open(path, encoding="utf-8") as handle:
            count = sum(1 for line in handle if line.strip() and line[0] not in "#[")
        print(f"{os.path.relpath(path, root)}: {count} words, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
