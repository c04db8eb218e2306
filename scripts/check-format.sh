#!/usr/bin/env bash
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from what clang-format (the repository's .clang-format) makes of it.
set -uo pipefail
cd "$(dirname "$0")/.."
unformatted=()
while IFS= read -r file; do
    if ! clang-format --dry-run -Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done < <(git ls-files '*.cpp' '*.h')
if [ "${#unformatted[@]}" -ne 0 ]; then
    printf 'clang-format: not formatted: %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "clang-format: all $(git ls-files '*.cpp' '*.h' | wc -l) C++ files are formatted"
