#!/usr/bin/env bash
# Photo benchmark (issue 17): Warta's bake-time photo processing against Hugo's image processing, same photos,
# same run (figures: bench/README.md, "Foto (issue 17)").
#
#   bench/foto.sh          N = 1,000 releases, each with a 12-megapixel JPEG of its own (about 100 min: Hugo's cold
#                          run takes 4-5 s a photo, one image operation at a time)
#   bench/foto.sh 200      other N (200: about 22 min)
#   HUGO=0 bench/foto.sh   Warta only (1,000: about 16 min)
#
# The corpus (kept under bench/target/foto-<N>/ for the next run): bench/korpus/Korpus.java's N releases, each
# given by bench/foto/FotoKorpus.java a lead photo `<slug>-foto.jpg` beside it, 4032 × 3024, made from one of 8
# base photos (bench/target/foto-dasar/, made once with ImageMagick from the sample's photos in content/berita/)
# with a JPEG comment naming the release added: every file has bytes of its own, the decoding work is real. The
# same releases as Hugo leaf bundles (index.md, the photo hard-linked beside it).
#
# Each tool bakes twice into a fresh output folder under /usr/bin/time -v: cold (Warta: target/warta-cache/foto/
# of the corpus deleted; Hugo: its resources folder deleted) and warm (the cache kept, nothing changed). Warta: the
# whole `mvn -o package` (Maven, JBake, every page, search index, link check) and its own "Warta: foto:" line;
# Hugo: `hugo` with bench/foto/hugo/ (every derived file resized from the original, as its documentation shows;
# Fill crops at the centre, as Warta does).
# Output bytes: the whole site, its photo files, and Warta's per-release photo archives (press kit zips).
# Then the weight of four release pages (one per base photo) on a phone, first view, in Chromium at 390 px, DPR 2
# (bench/foto/halaman.mjs), on both sites. Prints one table at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n=${1:-1000}
work=$root/bench/target
corpus=$work/foto-$n
out=$work/foto-$n-uji
mkdir -p "$work"
for tool in hugo convert exiftool node /usr/bin/chromium /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (apt-get install hugo imagemagick libimage-exiftool-perl nodejs chromium time)" >&2; exit 1; }
done
echo "== building warta-jbake ($(hugo version | cut -d' ' -f1-2), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM)"
mvn -q -o -DskipTests install -f warta-jbake/pom.xml > /dev/null

# seconds and peak MB of a /usr/bin/time -v report
seconds() { awk -F': ' '/Elapsed/ {split($2, t, ":"); s = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]} END {printf "%.1f", s}' "$1"; }
cpu_s() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$1"; }
peak_mb() { awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$1"; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1e6}'; }
bytes_of() { find "$@" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}'; }  # %d stops at 2^31 in mawk

# 8 base photos, 4032 × 3024, landscape, orientation 1, JPEG quality 90 with the sources' camera EXIF (GPS, serial
# numbers): the sample's 12-MP phone photo as stored, the 4000 × 3000 one scaled by 0.8 %, and two smaller ones
# scaled up to fill the frame; sensor-like noise on the scaled ones (else they would compress like drawings);
# then each mirrored with brightness and saturation moved a little.
bases=$work/foto-dasar
if [ ! -f "$bases/8.jpg" ]; then
  echo "== base photos (ImageMagick) into $bases"
  mkdir -p "$bases"
  src=content/berita
  for f in 2023/rakorda-sultra-2023-foto.jpg 2024/rakor-pengawasan-koperasi-sulsel-foto.jpg 2025/rakor-koperasi-desa-aceh-1.jpg \
      2025/rakor-koperasi-desa-aceh-2.jpg; do
    [ -f "$src/$f" ] || { echo "$src/$f is missing: the base photos are made from the sample's photos" >&2; exit 1; }
  done
  convert "$src/2023/rakorda-sultra-2023-foto.jpg" -quality 90 "$bases/1.jpg"
  convert "$src/2024/rakor-pengawasan-koperasi-sulsel-foto.jpg" -resize '4032x3024!' -attenuate 0.3 +noise Gaussian -quality 90 "$bases/2.jpg"
  convert "$src/2025/rakor-koperasi-desa-aceh-1.jpg" -resize 4536x3024 -gravity center -crop 4032x3024+0+0 +repage \
    -attenuate 0.4 +noise Gaussian -quality 90 "$bases/3.jpg"
  convert "$src/2025/rakor-koperasi-desa-aceh-2.jpg" -resize 5376x3024 -gravity center -crop 4032x3024+0+0 +repage \
    -attenuate 0.4 +noise Gaussian -quality 90 "$bases/4.jpg"
  for i in 1 2 3 4; do convert "$bases/$i.jpg" -flop -modulate 104,108 -quality 90 "$bases/$((i + 4)).jpg"; done
  # orientation 1 (the phone photo then shows on its side): Hugo 0.111 does not turn photos by their EXIF
  # orientation, Warta does; with 1 both make the same landscape files
  exiftool -q -overwrite_original -Orientation#=1 "$bases"/[1-8].jpg
fi

if [ ! -d "$corpus/hugo-content" ]; then
  echo "== $n releases: generating the corpus"
  rm -rf "$corpus"
  java bench/korpus/Korpus.java "$n" "$corpus/warta"
  java bench/foto/FotoKorpus.java "$corpus/warta" "$corpus/hugo-content" "$bases"/[1-8].jpg
fi
# copies, not links: the bake refuses symbolic links in a project (org.warta.content.ProjectFiles)
for f in templates assets jbake.properties; do rm -rf "${corpus:?}/warta/$f"; cp -r "$root/$f" "$corpus/warta/$f"; done
photos=$(find "$corpus/warta/content" -name '*-foto.jpg' | wc -l)
echo "   $photos photos, $(mb "$(bytes_of "$corpus/warta/content" -name '*-foto.jpg')") MB"
rm -rf "$out"
mkdir -p "$out"

# warta <cold|warm>: one bake; sets w_s, w_mb, w_ms (the photo step's own time), w_site, w_foto, w_zip (bytes)
warta() {
  [ "$1" = cold ] && rm -rf "$corpus/warta/target/warta-cache"
  rm -rf "$out/warta" "$out/warta-staging" "$out/warta-"[0-9]*
  sync
  echo "== $n releases: Warta, $1 (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -v mvn -B -o package -DskipTests -Dwarta.project="$corpus/warta" -Dwarta.staging="$out/warta-staging" \
    -Dwarta.site="$out/warta" > "$out/warta-$1.log" 2> "$out/warta-$1.time" || { tail -40 "$out/warta-$1.log" "$out/warta-$1.time"; exit 1; }
  local site
  site=$(readlink -f "$out/warta")
  w_s=$(seconds "$out/warta-$1.time"); w_mb=$(peak_mb "$out/warta-$1.time"); w_cpu=$(cpu_s "$out/warta-$1.time")
  w_line=$(grep -o 'Warta: foto: [0-9]* foto ([^)]*) dalam [0-9]* ms' "$out/warta-$1.log")
  w_ms=$(echo "$w_line" | grep -o '[0-9]* ms' | grep -o '[0-9]*')
  w_write=$(grep -o 'Warta: foto: [0-9]* berkas dalam [0-9]* ms' "$out/warta-$1.log" | grep -o '[0-9]* ms' | grep -o '[0-9]*')
  w_site=$(bytes_of "$site"); w_foto=$(bytes_of "$site/foto"); w_zip=$(bytes_of "$site" -name 'foto-*.zip')
  echo "   $w_s s ($w_cpu s CPU), $w_mb MB peak; $w_line, files and zips written in $w_write ms; site $(mb "$w_site") MB, /foto/ $(mb "$w_foto") MB, zips $(mb "$w_zip") MB"
}

# hugo_bake <cold|warm>: one build; sets h_s, h_mb, h_site, h_foto (bytes)
hugo_bake() {
  [ "$1" = cold ] && rm -rf "$out/hugo-resources"
  rm -rf "$out/hugo"
  sync
  echo "== $n releases: Hugo, $1 (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  HUGO_RESOURCEDIR="$out/hugo-resources" HUGO_CACHEDIR="$out/hugo-cache" /usr/bin/time -v hugo --quiet \
    --source bench/foto/hugo --contentDir "$corpus/hugo-content" --destination "$out/hugo" \
    > "$out/hugo-$1.log" 2> "$out/hugo-$1.time" || { cat "$out/hugo-$1.log" "$out/hugo-$1.time"; exit 1; }
  h_s=$(seconds "$out/hugo-$1.time"); h_mb=$(peak_mb "$out/hugo-$1.time"); h_cpu=$(cpu_s "$out/hugo-$1.time")
  h_site=$(bytes_of "$out/hugo"); h_foto=$(bytes_of "$out/hugo" \( -name '*.jpg' -o -name '*.webp' \))
  echo "   $h_s s ($h_cpu s CPU), $h_mb MB peak; site $(mb "$h_site") MB, photo files $(mb "$h_foto") MB"
}

warta cold; wc_s=$w_s wc_cpu=$w_cpu wc_mb=$w_mb wc_ms=$w_ms wc_write=$w_write
warta warm; ww_s=$w_s ww_cpu=$w_cpu ww_mb=$w_mb ww_ms=$w_ms ww_write=$w_write
with_hugo=${HUGO:-1}
if [ "$with_hugo" != 0 ]; then
  hugo_bake cold; hc_s=$h_s hc_cpu=$h_cpu hc_mb=$h_mb
  hugo_bake warm; hw_s=$h_s hw_cpu=$h_cpu hw_mb=$h_mb
fi

echo "== page weight: 390 × 844 px, DPR 2, first view, Chromium $(chromium --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1)"
mapfile -t pages < <(cd "$corpus/warta/content" && find . -name '*.md' | sort | head -4 | sed 's|^\.||; s|\.md$|/|')
node bench/foto/halaman.mjs "$out/warta" "${pages[@]}" > "$out/halaman-warta.json"
if [ "$with_hugo" != 0 ]; then
  node bench/foto/halaman.mjs "$out/hugo" "${pages[@]}" > "$out/halaman-hugo.json"
else
  echo '{"bytes":0,"lead":{"bytes":0}}' | sed p | sed p > "$out/halaman-hugo.json"
fi
weights=()
for i in "${!pages[@]}"; do
  p=${pages[$i]}
  original=$(stat -c %s "$corpus/warta/content${p%/}-foto.jpg")
  weights+=("$(node -e '
    const [w, h] = process.argv.slice(1, 3).map(f => require("fs").readFileSync(f, "utf8").trim().split("\n").map(JSON.parse));
    const i = +process.argv[3], original = +process.argv[4], kb = b => (b / 1000).toFixed(1);
    const a = w[i], b = h[i];
    console.log([String(i + 1).padStart(4), (original / 1e6).toFixed(2).padStart(11), kb(a.bytes).padStart(12),
      String(a.requests).padStart(4), kb(a.lead.bytes).padStart(9), a.lead.file.replace(/.*-foto-/, "").padStart(10),
      ((100 * a.bytes) / original).toFixed(2).padStart(8) + " %", b.bytes ? kb(b.bytes).padStart(12) : "-".padStart(12),
      b.bytes ? kb(b.lead.bytes).padStart(9) : "-".padStart(9),
      b.bytes ? (a.lead.bytes / b.lead.bytes).toFixed(2).padStart(7) : "-".padStart(7)].join(" "));
  ' "$out/halaman-warta.json" "$out/halaman-hugo.json" "$i" "$original")")
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b == 0) print "-"; else printf "%.2f", a / b}'; }
row() { printf '%6s  %-6s %8s %8s %8s %8s %8s %8s %9s %10s %8s  %s\n' "$@"; }
echo
row N tool "cold s" "cold CPU" "warm s" "warm CPU" "MB cold" "MB warm" "site MB" "photos MB" "zips MB" "photo step, cold / warm"
row "$n" Warta "$wc_s" "$wc_cpu" "$ww_s" "$ww_cpu" "$wc_mb" "$ww_mb" "$(mb "$w_site")" "$(mb "$w_foto")" "$(mb "$w_zip")" \
  "$wc_ms + $wc_write ms / $ww_ms + $ww_write ms"
if [ "$with_hugo" = 0 ]; then row "$n" Hugo "(not run: HUGO=0)"; else
row "$n" Hugo "$hc_s" "$hc_cpu" "$hw_s" "$hw_cpu" "$hc_mb" "$hw_mb" "$(mb "$h_site")" "$(mb "$h_foto")" - -
row "$n" "W / H" "$(ratio "$wc_s" "$hc_s")" "$(ratio "$wc_cpu" "$hc_cpu")" "$(ratio "$ww_s" "$hw_s")" "$(ratio "$ww_cpu" "$hw_cpu")" \
  "$(ratio "$wc_mb" "$hc_mb")" "$(ratio "$ww_mb" "$hw_mb")" "$(ratio "$w_site" "$h_site")" "$(ratio "$w_foto" "$h_foto")" - -
fi
echo "(s: wall time of the whole command, fresh output folder each time; CPU: user + system s; MB: peak RSS;"
echo " cold: empty photo cache; warm: cache kept, nothing changed; photo step: Warta's own \"Warta: foto:\" lines,"
echo " photos made or taken from the cache + their files and the press-kit zips written into the site)"
echo
printf '%4s %11s %12s %4s %9s %10s %10s %12s %9s %7s\n' page "original MB" "Warta KB" req "lead KB" "lead file" "of orig." \
  "Hugo KB" "lead KB" "W / H"
printf '%s\n' "${weights[@]}"
echo "(bytes transferred on first view at 390 px, DPR 2, uncompressed server; pages: ${pages[*]})"
