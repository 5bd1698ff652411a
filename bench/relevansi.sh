#!/usr/bin/env bash
# Search relevance: Warta against Pagefind 1.6.0 on judged queries (issue 21; bench/README.md, "Relevansi pencarian").
#
#   bench/relevansi.sh               bake the sample site and the 1,000-release corpus, index both with Pagefind, score
#   NO_BAKE=1 bench/relevansi.sh     score the sites of the last run again (after editing a judged set)
#
# The judged sets are bench/relevansi/sampel.tsv (the sample site, content/) and bench/relevansi/korpus.tsv (the
# synthetic corpus of bench/korpus/Korpus.java, N = 1000, its fixed seed). Both sites are baked by the real
# pipeline (Warta's index is built inside the bake); Pagefind indexes the same release pages and the same region
# Warta indexes: [data-search-body] without its [data-search-ignore] parts. bench/relevansi/nilai.mjs then asks both
# engines every query in Node and prints nDCG@10 and the share of the judged results in the top 10, per class, side
# by side, and the rank of the first grade-3 result of every title query. Per-query figures:
# bench/target/relevansi/detail.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/bench/target/relevansi
mkdir -p "$work"
# the lock file lacks the optional Pagefind binaries of other platforms, which newer npm refuses in `npm ci`;
# then install the pinned versions of package.json without touching the lock file
(cd bench && { npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --silent --no-audit --no-fund --no-package-lock; })
pagefind=$root/bench/node_modules/.bin/pagefind
sample=$work/sampel-site
project=$work/korpus-1000

if [ -z "${NO_BAKE:-}" ]; then
  echo "== building warta-jbake and baking the sample site"
  mvn -q -DskipTests install
  rm -rf "$sample" && cp -rL target/site "$sample"

  echo "== the corpus of 1,000 releases (bench/korpus/Korpus.java), baked"
  [ -d "$project/content" ] || java bench/korpus/Korpus.java 1000 "$project"
  # copies, not links: the bake refuses symbolic links in a project
  for f in templates assets jbake.properties; do rm -rf "${project:?}/$f"; cp -r "$root/$f" "$project/$f"; done
  rm -rf "$project/out"
  mvn -B package -DskipTests -Dwarta.project="$project" -Dwarta.staging="$project/out/staging" \
    -Dwarta.site="$project/out/site" > "$project/bake.log" 2>&1 || { tail -50 "$project/bake.log"; exit 1; }

  echo "== Pagefind on both (release pages; [data-search-body] without [data-search-ignore])"
  for site in "$sample" "$(readlink -f "$project/out/site")"; do
    rm -rf "$site/pagefind"
    "$pagefind" --site "$site" --glob "{berita,pengumuman,publikasi}/*/*/index.html" \
      --root-selector "[data-search-body]" --exclude-selectors "[data-search-ignore]" > "$site.pagefind.log"
    echo "   $(basename "$site"): $(grep -o 'Indexed [0-9]* pages' "$site.pagefind.log")"
  done
fi

echo "== scoring"
git log -1 --format='   commit %h %cd (working tree may differ)' --date=short 2>/dev/null || true
node --no-warnings bench/relevansi/nilai.mjs --detail "$work/detail.tsv" \
  bench/relevansi/sampel.tsv "$sample" bench/relevansi/korpus.tsv "$project/out/site"
