#!/bin/sh
# Makes the PNG icons (assets/icons/ikon-{180,192,512}.png: Apple touch icon and the web manifest's icons)
# from assets/favicon.svg, drawn by headless Chromium. Run after changing favicon.svg; commit the PNGs.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp assets/favicon.svg "$work/"
for size in 180 192 512; do
  # the page's background is the icon's, so the rounded corners of favicon.svg become a full square
  printf '<!DOCTYPE html><html><body style="margin:0;background:#0b3d5c"><img src="favicon.svg" width="%s" height="%s" style="display:block"></body></html>' \
    "$size" "$size" > "$work/ikon.html"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profil-$size" \
    --window-size="$size,$size" --screenshot="$PWD/assets/icons/ikon-$size.png" "file://$work/ikon.html" 2>/dev/null
done
ls -l assets/icons
