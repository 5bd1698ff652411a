#!/usr/bin/env bash
# Bake benchmark: Warta against Hugo (Debian's `hugo`) on the same synthetic corpus (figures: bench/README.md).
#
#   bench/panggang.sh                        N = 1,000, 10,000 and 50,000 releases (the 50,000 run takes long)
#   SIZES="1000 10000" bench/panggang.sh     other sizes
#
# For each N: the corpus of bench/korpus/Korpus.java (fixed seed; kept under bench/target/ for the next run);
# a full bake by each into a fresh output folder, wall time and peak memory from /usr/bin/time -v (Warta: the
# whole `mvn package`, Maven's start-up and the publisher's link check included; Hugo: `hugo` with the minimal
# templates of bench/hugo/); then the rebuild after one changed release and after one new release, each by the
# tool's own watcher: Warta's preview (`mvn -Ppratinjau`, a warm JVM, its log line "Situs dipanggang dalam X ms"
# plus its 150 ms quiet time) and `hugo server` (its "Total in X ms" line). Prints one table at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/bench/target
mkdir -p "$work"
command -v hugo > /dev/null || { echo "hugo is missing: apt-get install hugo" >&2; exit 1; }
echo "== building warta-jbake ($(hugo version | cut -d' ' -f1-2))"
mvn -q -DskipTests install > /dev/null

# seconds and peak MB of a /usr/bin/time -v report
seconds() { awk -F': ' '/Elapsed/ {split($2, t, ":"); s = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]} END {printf "%.1f", s}' "$1"; }
peak_mb() { awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$1"; }
# waits until file $1 has more than $2 lines matching $3; prints the last match
await_line() {
  local deadline=$((SECONDS + 1800))
  until [ "$(grep -c -- "$3" "$1" || true)" -gt "$2" ]; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for '$3' in $1" >&2; exit 1; }
    sleep 0.2
  done
  grep -- "$3" "$1" | tail -1
}
# rebuilds <pid> <log> <ready line> <rebuilt line> <index of the first rebuild's line>: once the watcher is ready,
# changes one release, then adds one, each time waiting for its rebuilt line; sets $changed and $new (e.g.
# "2435 ms"), stops the watcher and puts the corpus back. Not in a subshell: `wait` needs the watcher as a child.
rebuilds() {
  local pid=$1 log=$2 ready=$3 rebuilt=$4 first=$5
  await_line "$log" 0 "$ready" > /dev/null
  echo "Kalimat tambahan untuk uji bangun ulang." >> "$release"
  changed=$(await_line "$log" "$first" "$rebuilt" | grep -o '[0-9]* ms')
  cp "$out/new-release.md" "$new_release"
  new=$(await_line "$log" $((first + 1)) "$rebuilt" | grep -o '[0-9]* ms')
  kill "$pid"; wait "$pid" 2> /dev/null || true
  cp "$out/release.bak" "$release"; rm -f "$new_release"
}
# the first release file of a corpus, the one the rebuild runs change
first_release() { find "$1/content/berita" -name '*.md' | sort | sed -n 1p; }

rows=()
per_release_all=()
for n in ${SIZES:-1000 10000 50000}; do
  project=$work/korpus-$n
  if [ ! -d "$project/content" ]; then
    echo "== $n releases: generating the corpus"
    java bench/korpus/Korpus.java "$n" "$project"
  fi
  # copies, not links: the bake refuses a symbolic link anywhere in a project (issue 16); fresh every run, so
  # that a changed template or stylesheet is measured
  for f in templates assets jbake.properties; do rm -rf "${project:?}/$f"; cp -r "$root/$f" "$project/$f"; done
  out=$work/panggang-$n
  rm -rf "$out" "$project/out"
  mkdir -p "$out"
  sync

  echo "== $n releases: Warta, full bake"
  /usr/bin/time -v mvn -B package -DskipTests -Dwarta.project="$project" -Dwarta.staging="$out/warta-staging" \
    -Dwarta.site="$out/warta" > "$out/warta.log" 2> "$out/warta.time" || { tail -40 "$out/warta.log"; exit 1; }
  w_s=$(seconds "$out/warta.time"); w_mb=$(peak_mb "$out/warta.time")
  w_files=$(find -L "$out/warta" -type f | wc -l)
  echo "   $w_s s, $w_mb MB peak, $w_files files"

  echo "== $n releases: Hugo, full bake"
  /usr/bin/time -v hugo --quiet --source bench/hugo --contentDir "$project/content" --destination "$out/hugo" \
    > "$out/hugo.log" 2> "$out/hugo.time" || { cat "$out/hugo.log" "$out/hugo.time"; exit 1; }
  h_s=$(seconds "$out/hugo.time"); h_mb=$(peak_mb "$out/hugo.time")
  h_files=$(find "$out/hugo" -type f | wc -l)
  echo "   $h_s s, $h_mb MB peak, $h_files files"

  release=$(first_release "$project")
  cp "$release" "$out/release.bak"
  new_release=$(dirname "$release")/bench-rilis-baru.md
  sed 's/^title: .*/title: "Rilis baru untuk uji bangun ulang"/' "$release" > "$out/new-release.md"

  echo "== $n releases: Warta preview, rebuilds"
  mvn -B -q -Ppratinjau -DskipTests package -Dwarta.project="$project" -Dwarta.preview="$out/pratinjau" \
    -Dwarta.port=8831 > "$out/pratinjau.log" 2>&1 &
  # its first bake's line is the 1st "Situs dipanggang"; the rebuilds' are the 2nd and 3rd
  rebuilds $! "$out/pratinjau.log" "Pratinjau: http" "Situs dipanggang dalam" 1
  w_changed=$changed; w_new=$new
  echo "   changed release: $w_changed, new release: $w_new (+150 ms quiet time each)"

  echo "== $n releases: hugo server, rebuilds"
  hugo server --source bench/hugo --contentDir "$project/content" --port 1331 --disableLiveReload \
    > "$out/hugo-server.log" 2>&1 &
  # hugo prints "Total in" only for rebuilds
  rebuilds $! "$out/hugo-server.log" "Web Server is available" "Total in" 0
  h_changed=$changed; h_new=$new
  echo "   changed release: $h_changed, new release: $h_new"

  per_release=$(awk -v s="$w_s" -v n="$n" 'BEGIN {printf "%.2f", s * 1000 / n}')
  per_release_all+=("$n:$per_release")
  rows+=("$(printf '%7s  %9s %8s %8s %8s  %9s %8s %8s  %7s  %12s %12s  %12s %12s' "$n" "$w_s" "$w_mb" "$w_files" \
    "$per_release" "$h_s" "$h_mb" "$h_files" "$(awk -v a="$w_s" -v b="$h_s" 'BEGIN {printf "%.1f", a / b}')" \
    "$w_changed" "$w_new" "$h_changed" "$h_new")")
  rm -rf "$out/warta-"* "$out/hugo" "$out/pratinjau"
done

echo
printf '%7s  %9s %8s %8s %8s  %9s %8s %8s  %7s  %12s %12s  %12s %12s\n' N "Warta s" "MB peak" files "ms/rilis" \
  "Hugo s" "MB peak" files "W / H" "W changed" "W new" "H changed" "H new"
printf '%s\n' "${rows[@]}"
if [ ${#per_release_all[@]} -gt 1 ]; then
  first=${per_release_all[0]}; last=${per_release_all[-1]}
  echo "linearity: Warta's time per release at ${last%%:*} is $(awk -v a="${last#*:}" -v b="${first#*:}" \
    'BEGIN {printf "%.2f", a / b}')x that at ${first%%:*} (target: at most 1.3x)"
fi
echo "(full bakes: wall time of the whole command into a fresh folder; rebuilds: each tool's own watcher, warm)"
