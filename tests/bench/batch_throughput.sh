#!/usr/bin/env bash
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Times the whole annalist-cli process in batch mode on one thread (--jobs 1) over a JSON-lines corpus,
# start-up and resource loading included, and prints tokens per second. Tokens are the whitespace-separated
# words of the records' "text" fields, counted as annalist_bench counts them. Needs python3 to count them.
# The process runs RUNS times (default 5); each run prints its wall-clock and processor seconds, then the
# median and best rates follow, since a shared machine's speed drifts from one minute to the next.
# usage: tests/bench/batch_throughput.sh CLI CORPUS.jsonl [RUNS]
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 CLI CORPUS.jsonl [RUNS]" >&2
    exit 2
fi
cli=$1
corpus=$2
runs=${3:-5}
if ! [[ "$runs" =~ ^[1-9][0-9]?$ ]]; then
    echo "$0: RUNS must be a number from 1 to 99, not '$runs'" >&2
    exit 2
fi
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

# One line per run: wall-clock seconds, then user and system processor seconds of the process.
if ! timings=$(
    TIMEFORMAT='%R %U %S'
    for _ in $(seq "$runs"); do
        { time "$cli" annotate --input-format jsonl --format jsonl --jobs 1 "$corpus" > /dev/null 2> /dev/null; } 2>&1 || exit 1
    done
); then
    echo "$0: $cli failed on $corpus" >&2
    exit 1
fi

echo "$timings" | awk -v records="$records" -v tokens="$tokens" '
function median(values, count,    sorted, i, j, swap) {
    for (i = 1; i <= count; ++i) sorted[i] = values[i]
    for (i = 1; i <= count; ++i)
        for (j = i + 1; j <= count; ++j)
            if (sorted[j] < sorted[i]) { swap = sorted[i]; sorted[i] = sorted[j]; sorted[j] = swap }
    return count % 2 ? sorted[(count + 1) / 2] : (sorted[count / 2] + sorted[count / 2 + 1]) / 2
}
{
    ++runs
    wall[runs] = $1
    cpu[runs] = $2 + $3
    printf "run %d seconds %.2f cpu_seconds %.2f tokens_per_second %.0f\n", runs, $1, $2 + $3, tokens / $1
}
END {
    best = wall[1]
    for (i = 2; i <= runs; ++i) if (wall[i] < best) best = wall[i]
    printf "records %d\ntokens %d\nruns %d\n", records, tokens, runs
    printf "median_seconds %.2f\nmedian_cpu_seconds %.2f\n", median(wall, runs), median(cpu, runs)
    printf "tokens_per_second %.0f\n", tokens / median(wall, runs)
    printf "tokens_per_cpu_second %.0f\n", tokens / median(cpu, runs)
    printf "best_tokens_per_second %.0f\n", tokens / best
}'
