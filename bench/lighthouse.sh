#!/bin/sh
# Lighthouse (mobile profile, Debian's Chromium) on one page of every kind of the baked sample site; prints
# the four scores per page. A benchmark, not a test: run it by hand, write its figures in bench/README.md.
#
#   bench/lighthouse.sh            # bakes the site first (mvn -DskipTests package)
#   NO_BAKE=1 bench/lighthouse.sh  # uses target/site as it is
#
# The site is served at http://localhost:8820, the address jbake.properties gives as site.host, so that
# canonical links and sharing tags point where the pages are (stop the preview first: same port).
set -eu
cd "$(dirname "$0")/.."
PORT=8820
ORIGIN="http://localhost:$PORT"
PAGES="/ /berita/2023/rakorda-sultra-2023/ /pengumuman/2025/jadwal-layanan-konsultasi/ /publikasi/2024/laporan-kinerja-2023/
/berita/ /arsip/ /arsip/2023/ /wilayah/ /wilayah/sulawesi-tenggara/ /topik/ /topik/perencanaan/ /narasumber/ /agenda/ /cari/
/aksesibilitas/ /404.html"

[ -x /usr/bin/chromium ] || { echo "Debian's chromium is missing: sudo apt-get install -y chromium" >&2; exit 1; }
if [ -z "${NO_BAKE:-}" ]; then mvn -q -DskipTests package; fi
[ -d target/site ] || { echo "target/site is missing: run without NO_BAKE" >&2; exit 1; }
(cd bench && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)

if curl -s -o /dev/null "$ORIGIN/"; then echo "port $PORT is in use (the preview?): stop it first" >&2; exit 1; fi
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory target/site >/dev/null 2>&1 &
SERVER=$!
OUT=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null; rm -rf "$OUT"' EXIT INT TERM
until curl -s -o /dev/null "$ORIGIN/"; do sleep 0.2; done

echo "Lighthouse $(bench/node_modules/.bin/lighthouse --version), mobile profile, $(chromium --version 2>/dev/null)"
printf '%-46s %5s %5s %5s %5s %7s %7s %6s %7s\n' page perf a11y best seo FCP_ms LCP_ms CLS KB
n=0
for page in $PAGES; do
  n=$((n + 1))
  CHROME_PATH=/usr/bin/chromium bench/node_modules/.bin/lighthouse "$ORIGIN$page" --quiet \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$OUT/$n.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
--disable-component-update --disable-sync --no-first-run --disable-quic --user-data-dir=$OUT/profile-$n"
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    const lost = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map(a => a.id);
    const v = id => r.audits[id].numericValue;
    console.log(process.argv[2].padEnd(46), ...["performance", "accessibility", "best-practices", "seo"].map(k => String(s(k)).padStart(5)),
      String(Math.round(v("first-contentful-paint"))).padStart(7), String(Math.round(v("largest-contentful-paint"))).padStart(7),
      v("cumulative-layout-shift").toFixed(3).padStart(6), (v("total-byte-weight") / 1024).toFixed(1).padStart(7),
      lost.length ? "  failed: " + lost.join(", ") : "");
  ' "$OUT/$n.json" "$page"
done
