#!/bin/sh
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: install_layout_test.sh CMAKE BUILD_DIR SEED_ARTICLE WITH_GUI(0|1)
set -eu
cmake=$1
build=$2
seed=$3
gui=$4
app_id=io.github.annalist.Annalist
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

"$cmake" --install "$build" --prefix "$prefix" >"$prefix/install.log"

failures=0
expect_file() {
    if [ ! -s "$prefix/$1" ]; then
        echo "not installed: $1"
        failures=$((failures + 1))
    fi
}

expect_file bin/annalist-cli
expect_file share/annalist/gazetteer.bin
expect_file share/annalist/samples
[ -n "$(ls "$prefix/share/annalist/samples")" ] || { echo "no sample articles installed"; failures=$((failures + 1)); }
if [ "$gui" = 1 ]; then
    expect_file bin/annalist
    expect_file share/applications/$app_id.desktop
    expect_file share/metainfo/$app_id.metainfo.xml
    expect_file share/icons/hicolor/scalable/apps/$app_id.svg
    for size in 16 32 48 64 128 256; do
        expect_file share/icons/hicolor/${size}x${size}/apps/$app_id.png
    done
    desktop-file-validate "$prefix/share/applications/$app_id.desktop" || failures=$((failures + 1))
    appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" || failures=$((failures + 1))
    # The entry launches the installed program and names the installed icon.
    grep -qx "Exec=annalist %f" "$prefix/share/applications/$app_id.desktop" || { echo "bad Exec line"; failures=$((failures + 1)); }
    grep -qx "Icon=$app_id" "$prefix/share/applications/$app_id.desktop" || { echo "bad Icon line"; failures=$((failures + 1)); }
fi

# The installed command line finds its data beside itself, away from the build tree.
if ! "$prefix/bin/annalist-cli" annotate --format json "$seed" | grep -q '"Vladimir Putin"'; then
    echo "the installed annalist-cli did not recognise Vladimir Putin in the model article"
    failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s) with the installed layout"
    exit 1
fi
echo "installed layout complete"
