#!/usr/bin/env bash
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Annalist needs to build, run and test, when any is missing.
# Sourced by run.sh and test.sh; uses sudo when not run as root.
set -euo pipefail

ANNALIST_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libicu-dev libsqlite3-dev libxml2-dev nlohmann-json3-dev libcld2-dev libgoogle-perftools-dev
    catch2 clang-format xvfb xauth fonts-dejavu-core fonts-urw-base35
    desktop-file-utils appstream qt6-translations-l10n
)

missing_packages() {
    local package
    for package in "${ANNALIST_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            echo "$package"
        fi
    done
}

install_dependencies() {
    local missing
    missing=$(missing_packages)
    if [ -z "$missing" ]; then
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    echo "Installing missing packages:" $missing
    $sudo apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
}
