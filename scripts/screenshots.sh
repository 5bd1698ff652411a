#!/bin/sh
# Remakes docs/screenshots/*.png: eight views of the baked site (target/site) at 390 and 1280 px wide, taken by
# headless Chromium. Run after `mvn -DskipTests package`; look at the PNGs before committing them.
set -eu
cd "$(dirname "$0")/.."
[ -d target/site ] || { echo "target/site is missing: run mvn -DskipTests package first" >&2; exit 1; }
PORT=8765
work=$(mktemp -d)
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory target/site >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT INT TERM
until curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.2; done

shot() { # name width height url
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile-$1-$2" --virtual-time-budget=3000 \
    --window-size="$2,$3" --screenshot="$PWD/docs/screenshots/$1-$2.png" "$4" 2>/dev/null
}
# a part of a page, from its anchor down: the page in a frame as tall as the picture
part() { # name width height path#anchor
  printf '<!DOCTYPE html><body style="margin:0"><iframe src="http://127.0.0.1:%s%s" style="border:0;width:%spx;height:%spx"></iframe>' \
    "$PORT" "$4" "$2" "$3" > "$work/$1-$2.html"
  shot "$1" "$2" "$3" "file://$work/$1-$2.html"
}
for width in 390 1280; do
  shot beranda "$width" 1600 "http://127.0.0.1:$PORT/"
  shot rilis "$width" 2400 "http://127.0.0.1:$PORT/berita/2023/rakorda-sultra-2023/"
  part rilis-media "$width" 1300 "/berita/2023/rakorda-sultra-2023/#media"
  shot agenda "$width" 1600 "http://127.0.0.1:$PORT/agenda/"
  shot arsip-tahun "$width" 1400 "http://127.0.0.1:$PORT/arsip/2023/"
  shot wilayah "$width" 1400 "http://127.0.0.1:$PORT/wilayah/"
  shot aksesibilitas "$width" 1400 "http://127.0.0.1:$PORT/aksesibilitas/"
  shot cari "$width" 1600 "http://127.0.0.1:$PORT/cari/?q=pengawasan+koperasi&provinsi=Sulawesi+Selatan"
done
ls -l docs/screenshots
