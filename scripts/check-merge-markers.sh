#!/usr/bin/env bash
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked file keeps the marker lines of an unresolved merge. Word lists are read word by word,
# so a marker left in one would silently add words such as "head" to a list.
set -uo pipefail
cd "$(dirname "$0")/.."
marked=$(git grep -lE '^(<{7} |>{7} |={7}$)' -- . ':!*.png' ':!*.bin' || true)
if [ -n "$marked" ]; then
    printf 'merge markers left in: %s\n' $marked >&2
    exit 1
fi
echo "merge markers: none in $(git ls-files | wc -l) tracked files"
