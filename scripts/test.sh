#!/usr/bin/env bash
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds a release and runs the whole test suite (core, cli and ui tests;
# the ui tests run offscreen). Set ANNALIST_PRESET=asan to use the sanitizer build instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh
install_dependencies

preset="${ANNALIST_PRESET:-release}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j2
