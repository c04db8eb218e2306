#!/usr/bin/env bash
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Times the whole annalist-cli process in batch mode on one thread (--jobs 1) over a JSON-lines corpus,
# start-up and resource loading included, and prints tokens per second. Tokens are the whitespace-separated
# words of the records' "text" fields, counted as annalist_bench counts them. Needs python3 to count them.
# usage: tests/bench/batch_throughput.sh CLI CORPUS.jsonl
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 CLI CORPUS.jsonl" >&2
    exit 2
fi
cli=$1
corpus=$2
if [ ! -x "$cli" ]; then
    echo "$0: $cli is not an executable" >&2
    exit 1
fi
if [ ! -r "$corpus" ]; then
    echo "$0: cannot read $corpus" >&2
    exit 1
fi
if ! command -v python3 > /dev/null; then
    echo "$0: python3 is needed to count the tokens of the corpus" >&2
    exit 1
fi

read -r records tokens < <(python3 - "$corpus" << 'PYTHON'
import json
import re
import sys

records = tokens = 0
with open(sys.argv[1], encoding="utf-8") as corpus:
    for line in corpus:
        if line.strip():
            records += 1
            tokens += len(re.findall(r"[^ \t\n\r\f\v]+", json.loads(line)["text"]))
print(records, tokens)
PYTHON
)

start=$(date +%s.%N)
"$cli" annotate --input-format jsonl --format jsonl --jobs 1 "$corpus" > /dev/null
end=$(date +%s.%N)

awk -v records="$records" -v tokens="$tokens" -v start="$start" -v end="$end" 'BEGIN {
    seconds = end - start
    printf "records %d\ntokens %d\nseconds %.2f\ntokens_per_second %.0f\n", records, tokens, seconds, tokens / seconds
}'
