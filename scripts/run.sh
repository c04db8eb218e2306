#!/usr/bin/env bash
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds a release and starts Annalist. On first start the library is filled
# with the bundled sample articles. Extra arguments go to the app (e.g. a file to open).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
install_dependencies

cmake --preset release >/dev/null
cmake --build --preset release --target annalist annalist-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Annalist inside a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/app/annalist "$@"
fi
exec build/release/app/annalist "$@"
