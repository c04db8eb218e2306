#!/usr/bin/env python3
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores annalist-cli on the hand-annotated articles in tests/data/en (English) and tests/data/it (Italian).

Runs the shared scorer's `gold` mode (score.py gold --cli CLI TEXT GOLD) on every TEXT.LANG.txt that has a
TEXT.LANG.gold.tsv beside it, prints each article's result, then the totals per type and the micro
P/R/F1 over all required mentions of each language.

    tests/eval/score_english.py --cli build/release/app/annalist-cli [--lang en|it|all] [--score PATH/score.py] [-v]

--lang defaults to en; with `all` each language is totalled on its own, English first.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data"
LANGUAGES = {"en": "English", "it": "Italian"}
LINE = re.compile(r"^(\w+)\s+P [\d.]+ R [\d.]+ F1 [\d.]+\s+\(tp (\d+) fp (\d+) fn (\d+)\)")


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="path to annalist-cli")
    ap.add_argument("--score", default=os.environ.get("ANNALIST_SCORE"),
                    help="path to the evaluation kit's score.py (default $ANNALIST_SCORE)")
    ap.add_argument("--lang", choices=(*LANGUAGES, "all"), default="en",
                    help="which articles to score: en (default), it, or all (each language totalled apart)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every false positive and miss")
    args = ap.parse_args()
    if not args.score:
        ap.error("say where the evaluation kit's score.py is, with --score or $ANNALIST_SCORE")
    for lang in (LANGUAGES if args.lang == "all" else (args.lang,)):
        score_language(args, lang)


def score_language(args, lang):
    totals = defaultdict(Counter)
    for gold in sorted((DATA / lang).glob(f"*.{lang}.gold.tsv")):
        text = gold.with_name(gold.name.replace(".gold.tsv", ".txt"))
        out = subprocess.run([sys.executable, args.score, "gold", "--cli", args.cli, str(text), str(gold)],
                             capture_output=True, text=True, check=True).stdout
        print(f"== {text.name}")
        for line in out.splitlines():
            m = LINE.match(line)
            if m:
                for key, value in zip(("tp", "fp", "fn"), m.groups()[1:]):
                    totals[m.group(1)][key] += int(value)
            if args.verbose or not line.startswith("  "):
                print(line)
    print(f"== all {LANGUAGES[lang]} articles")
    all_counts = Counter()
    for typ in sorted(totals):
        c = totals[typ]
        all_counts.update(c)
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{typ:13s} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
    p, r, f = prf(all_counts["tp"], all_counts["fp"], all_counts["fn"])
    print(f"required-P {p:.3f} required-R {r:.3f}")
    print(f"required-F1 {f:.3f}")

if __name__ == "__main__":
    main()
