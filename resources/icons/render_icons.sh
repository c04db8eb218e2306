#!/bin/sh
# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the PNG sizes of the application icon from annalist.svg (needs ImageMagick).
# The PNGs are committed because Qt reads SVG icons only when its optional SVG plugin is installed.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    convert -background none -density 384 annalist.svg -resize "${size}x${size}" "annalist-${size}.png"
done
