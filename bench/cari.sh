#!/usr/bin/env bash
# Search benchmark: Warta's static index against Pagefind 1.6.0 on the same baked sites (bench/README.md).
#
#   bench/cari.sh                    corpora of 1,000 and 10,000 synthetic releases, plus recall on the sample
#   SIZES="1000" bench/cari.sh       other corpus sizes
#
# For each size: generate the corpus (bench/korpus/Korpus.java, fixed seed; kept under bench/target/ for the
# next run), bake it with the real pipeline (mvn package with -Dwarta.project), run Pagefind on the baked site
# (release pages only, the same region Warta indexes: [data-search-body] without its [data-search-ignore] parts),
# then measure both in headless Chromium (bench/cari/ukur.mjs), unthrottled and with Chromium's network throttling at
# 150 ms latency (LATENCY_MS=150), where every sequential round trip ("waves") shows. Recall: the hand-written
# queries of bench/cari/kueri.tsv on the sample site.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/bench/target
mkdir -p "$work"
(cd bench && npm ci --silent --no-audit --no-fund 2>&1 | grep -v nodedir || true)
pagefind=$root/bench/node_modules/.bin/pagefind
# one word, three words, a typo, a title phrase of the corpus (3 titles of 1,000, 14 of 10,000: "Rapat Evaluasi
# Ekonomi Kreatif Kalimantan Selatan 2019" …); each typed and pasted
queries=(koperasi "pelatihan koperasi nelayan" koprasi "ekonomi kreatif kalimantan selatan")

echo "== building warta-jbake and baking the sample site"
mvn -q -DskipTests install

# seconds and peak MB of a /usr/bin/time -v report
timed() { awk -F': ' '/Elapsed/ {split($2, t, ":"); s = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]}
                      /Maximum resident/ {m = $2 / 1024} END {printf "%.1f s, %.0f MB peak", s, m}' "$1"; }
size_of() { printf '%s bytes in %s files' "$(du -sb "$1" | cut -f1)" "$(find "$1" -type f | wc -l)"; }
pagefind_on() { # site folder, log prefix
  /usr/bin/time -v "$pagefind" --site "$1" --glob "{berita,pengumuman,publikasi}/*/*/index.html" \
    --root-selector "[data-search-body]" --exclude-selectors "[data-search-ignore]" > "$2-pagefind.log" 2> "$2-pagefind.time"
  cp "$root/bench/cari/pagefind-cari.html" "$1/"
}

for n in ${SIZES:-1000 10000}; do
  project=$work/korpus-$n
  if [ ! -d "$project/content" ]; then
    java bench/korpus/Korpus.java "$n" "$project"
  fi
  # copies, not links: the bake refuses a symbolic link anywhere in a project (issue 16); fresh every run, so
  # that a changed template or stylesheet is measured
  for f in templates assets jbake.properties; do rm -rf "${project:?}/$f"; cp -r "$root/$f" "$project/$f"; done
  rm -rf "$project/out"
  echo "== $n releases: Warta bake (index built inside it)"
  /usr/bin/time -v mvn -B package -DskipTests -Dwarta.project="$project" -Dwarta.staging="$project/out/staging" \
    -Dwarta.site="$project/out/site" > "$project/bake.log" 2> "$project/bake.time" || { cat "$project/bake.log"; exit 1; }
  site=$(readlink -f "$project/out/site")
  echo "   whole bake: $(timed "$project/bake.time")"
  echo "   index: $(grep -o 'indeks pencarian: .*' "$project/bake.log"), $(size_of "$site/cari/indeks")"
  echo "== $n releases: Pagefind"
  pagefind_on "$site" "$project/out/run"
  echo "   $(grep -o 'Indexed [0-9]* pages' "$project/out/run-pagefind.log"), $(timed "$project/out/run-pagefind.time"), $(size_of "$site/pagefind")"
  echo "== $n releases: queries in Chromium"
  node bench/cari/ukur.mjs "$site" "${queries[@]}" > "$project/queries.json"
  LATENCY_MS=150 node bench/cari/ukur.mjs "$site" "${queries[@]}" > "$project/queries-150.json"
  # waves: sequential round trips after the last key (ukur.mjs), unthrottled / at 150 ms; KB, files, shown unthrottled
  node -e '
    const fs = require("fs");
    const rows = JSON.parse(fs.readFileSync(process.argv[1], "utf8")), slow = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
    const kb = b => (b / 1024).toFixed(1);
    console.log("   " + ["mode", "query", "engine", "last key→results ms", "ms at 150 ms latency", "waves", "waves at 150", "KB", "KB gzip", "files", "shown"].join(" | "));
    for (const r of rows) {
      const s = slow.find(x => x.mode === r.mode && x.query === r.query && x.engine === r.engine) || {};
      console.log("   " + [r.mode, r.query, r.engine, r.ms, s.ms, r.waves, s.waves, kb(r.bytes), kb(r.gzip), r.files, r.shown].join(" | "));
    }
  ' "$project/queries.json" "$project/queries-150.json"
done

echo "== recall on the sample site (bench/cari/kueri.tsv)"
sample=$work/sample-site
rm -rf "$sample" && cp -rL target/site "$sample"
pagefind_on "$sample" "$work/sample"
node bench/cari/ukur.mjs "$sample" --recall bench/cari/kueri.tsv > "$work/recall.json"
node -e '
  const rows = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  let want = 0, w = 0, p = 0;
  for (const r of rows) {
    want += r.expected; w += r.warta.found; p += r.pagefind.found;
    const miss = e => r[e].missing.length ? " missing " + r[e].missing.join(" ") : "";
    console.log(`   ${r.query} | expected ${r.expected} | warta ${r.warta.found}/${r.warta.results}${miss("warta")} | pagefind ${r.pagefind.found}/${r.pagefind.results}${miss("pagefind")}`);
  }
  console.log(`   ${rows.length} queries, ${want} expected results: Warta found ${w} (${(100 * w / want).toFixed(1)} %), Pagefind ${p} (${(100 * p / want).toFixed(1)} %)`);
' "$work/recall.json"
