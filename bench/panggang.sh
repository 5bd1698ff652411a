#!/usr/bin/env bash
# Bake benchmark: Warta against Hugo (Debian's `hugo`) on the same synthetic corpus (figures: bench/README.md).
#
#   bench/panggang.sh                        N = 1,000, 10,000 and 50,000 releases (the 50,000 run takes long)
#   SIZES="1000 10000" bench/panggang.sh     other sizes
#   NO_INSTALL=1 bench/panggang.sh           skip `mvn install`: bake with the warta-jbake already in ~/.m2
#
# For each N, on the corpus of bench/korpus/Korpus.java (fixed seed; kept under bench/target/ for the next run),
# for Warta and for Hugo (the minimal templates of bench/hugo/):
#
# - full bake: one build into a fresh output folder, wall time and peak memory from /usr/bin/time -v (Warta: the
#   whole `mvn package`, Maven's start-up and the publisher's link check included, its bake cache in the corpus's
#   target/ removed first; Hugo: `hugo`);
# - second bake: right after it, one release changed (a sentence appended to its body), then the same command
#   again into the same folders, no clean (Warta takes over from its cache what did not change), timed the same
#   way; the release is put back afterwards;
# - edit loop: each tool's own local server (Warta's preview `mvn -Ppratinjau`, a warm JVM; `hugo server`), four
#   edits one after the other, each timed from just before the file is written until the server answers the
#   page concerned with the edit in it, polled over HTTP (curl every ~20 ms, 120 s at most):
#     changed release  a sentence with a unique word appended to a release; its page, until the word is in it
#     new release      a copy of that release under a new name, its title with a unique word; the new page,
#                      until it is served with the word
#     deleted release  the release's file deleted; its page, until the server answers 404
#     moved release    its `province:` set to another province of the corpus; that province's list page
#                      (/wilayah/<slug>/ for both), until the release's title is on it
#   Each edit is undone and the server left to settle (the undo visible over HTTP, the tool's rebuilt line
#   logged, its log quiet for 2 s) before the next. The tool's own figure from its log ("Situs dipanggang dalam
#   X ms", to which the preview's 150 ms quiet time adds; hugo's "Total in X ms") is printed beside each.
#
# The release the edits use is the newest one in berita/ with a province and no status or aliases, so that it
# is on the first page of any province's list. Prints one table at the end, with the command and the machine.
set -euo pipefail
# the command as given, with the settings it read from the environment, for the table's footer
invocation=$0${*:+ $*}
[ -z "${SIZES+x}" ] || invocation="SIZES=\"$SIZES\" $invocation"
[ -z "${NO_INSTALL+x}" ] || invocation="NO_INSTALL=$NO_INSTALL $invocation"
cd "$(dirname "$0")/.."
root=$PWD
work=$root/bench/target
mkdir -p "$work"
command -v hugo > /dev/null || { echo "hugo is missing: apt-get install hugo" >&2; exit 1; }
command -v curl > /dev/null || { echo "curl is missing: apt-get install curl" >&2; exit 1; }
warta_port=8831
hugo_port=1331
for port in $warta_port $hugo_port; do
  if ss -Hltn "sport = :$port" | grep -q .; then echo "port $port is in use; stop what listens on it" >&2; exit 1; fi
done
if [ "${NO_INSTALL:-}" = 1 ]; then
  echo "== NO_INSTALL=1: baking with the warta-jbake in ~/.m2 as it is ($(hugo version | cut -d' ' -f1-2))"
else
  echo "== building warta-jbake ($(hugo version | cut -d' ' -f1-2))"
  mvn -q -DskipTests install > /dev/null
fi

# --- what a run leaves behind is put back on any exit: servers stopped, the corpus as generated
server_pid=
release=
new_release=
out=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; fi
  if [ -n "$release" ] && [ -f "$out/release.bak" ]; then cmp -s "$out/release.bak" "$release" || cp "$out/release.bak" "$release"; fi
  if [ -n "$new_release" ]; then rm -f "$new_release"; fi
}
trap cleanup EXIT

# --- small helpers
# seconds and peak MB of a /usr/bin/time -v report
seconds() { awk -F': ' '/Elapsed/ {split($2, t, ":"); s = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]} END {printf "%.2f", s}' "$1"; }
peak_mb() { awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$1"; }
now_ms() { date +%s%3N; }
# how many lines of log $1 match $2
count() { grep -c -- "$2" "$1" || true; }
# waits until the server <pid> has logged a line matching $3 in $2 (its ready line); fails if it dies first
await_ready() {
  local pid=$1 log=$2 line=$3 deadline=$((SECONDS + 1800))
  until grep -qs -- "$line" "$log"; do
    kill -0 "$pid" 2> /dev/null || { tail -30 "$log" >&2; echo "the server stopped before it was ready" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for '$line' in $log" >&2; exit 1; }
    sleep 0.2
  done
}
# the figure of the first line of log $1 matching $2 after the first $3 such lines ("2435 ms"), waiting up to
# 30 s for it; "-" when none comes
logged() {
  local deadline=$((SECONDS + 30))
  until [ "$(count "$1" "$2")" -gt "$3" ]; do
    [ $SECONDS -lt $deadline ] || { echo "-"; return; }
    sleep 0.1
  done
  grep -- "$2" "$1" | sed -n "$(($3 + 1))p" | grep -o '[0-9]* ms' || echo "-"
}
# waits until log $1 has not grown for 2 s: the server is idle
quiet() {
  local size=-1 now
  while now=$(stat -c %s "$1"); [ "$now" != "$size" ]; do size=$now; sleep 2; done
}
# HTTP checks of one address, as the polls use them
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true; }
served() { [ "$(status "$1")" = 200 ]; }
gone() { [ "$(status "$1")" = 404 ]; }
has() { local body; body=$(curl -s --max-time 5 "$1" || true); [[ $body == *"$2"* ]]; }
lacks() { local body; body=$(curl -s --max-time 5 "$1" || true); [ -n "$body" ] && [[ $body != *"$2"* ]]; }
# poll <t0 ms> <limit ms> <check> <args>: runs the check every ~20 ms until it holds; prints the ms since t0, or
# "timeout" once the limit has passed
poll() {
  local t0=$1 limit=$2; shift 2
  until "$@"; do
    if [ $(($(now_ms) - t0)) -gt "$limit" ]; then echo timeout; return; fi
    sleep 0.02
  done
  echo $(($(now_ms) - t0))
}
# a poll's result as the progress lines show it
shown() { if [ "$1" = timeout ]; then echo "not within 120 s"; else echo "$1 ms"; fi; }
# sleeps 0-1 s at random before an edit: a watcher that looks on a fixed tick (hugo server starts its rebuilds
# on a 500 ms tick) would otherwise be met at the same point of it each time, the settling being whole seconds
jitter() { sleep "$(awk -v r="$RANDOM" 'BEGIN {printf "%.3f", r / 32768}')"; }
# a word found nowhere else, to mark one edit
marker() { printf 'penanda%05d%05d\n' "$RANDOM" "$RANDOM"; }
# a name's address slug as both tools make it: lower case, every run of other characters one '-'
slug_of() { echo "$1" | tr '[:upper:]' '[:lower:]' | sed 's/[^a-z0-9]\{1,\}/-/g; s/^-//; s/-$//'; }
# the release the edits use: the newest in berita/ with a province and no status or aliases (newest first on
# every list, so on the first page of any province's)
subject_release() {
  find "$1/content/berita" -name '*.md' -print0 | xargs -0 awk '
    FNR == 1 { fm = 0; d = ""; p = 0; bad = 0 }
    /^---$/ { if (++fm == 2 && p && !bad) print d, FILENAME; next }
    fm == 1 && /^date: / { d = $2 }
    fm == 1 && /^province: / { p = 1 }
    fm == 1 && /^(status|aliases):/ { bad = 1 }' | sort | tail -1 | cut -d' ' -f2-
}

# undo <log> <rebuilt line> <check> <args>: puts the release back and removes the new one, waits until the check
# shows the undo over HTTP and the tool has logged its rebuild, then until its log is quiet
undo() {
  local log=$1 rebuilt=$2 before; shift 2
  before=$(count "$log" "$rebuilt")
  cmp -s "$out/release.bak" "$release" || cp "$out/release.bak" "$release"
  rm -f "$new_release"
  # as long as a bake may take: the next edit must not start while this one is still being baked
  [ "$(poll "$(now_ms)" 1800000 "$@")" != timeout ] || echo "   (the undo was not visible within 1800 s)"
  logged "$log" "$rebuilt" "$before" > /dev/null
  quiet "$log"
}

# edit_loop <base address> <log> <rebuilt line>: the four timed edits against a running server; sets
# e_changed e_new e_deleted e_moved (ms or "timeout") and prints each with the tool's logged figure
edit_loop() {
  local base=$1 log=$2 rebuilt=$3 word page new_page province_page before t0
  page=$base$release_path
  province_page=$base/wilayah/$to_slug/
  served "$page" || { echo "$page is not served: $(status "$page")" >&2; exit 1; }
  has "$base/wilayah/$from_slug/" "$title" || { echo "'$title' is not on $base/wilayah/$from_slug/" >&2; exit 1; }
  lacks "$province_page" "$title" || { echo "$province_page is not served, or has '$title' already" >&2; exit 1; }

  # changed release: a sentence with a unique word appended; its page until the word is in it
  word=$(marker)
  jitter; before=$(count "$log" "$rebuilt"); t0=$(now_ms)
  printf '\nKalimat tambahan untuk uji bangun ulang, %s.\n' "$word" >> "$release"
  e_changed=$(poll "$t0" 120000 has "$page" "$word")
  echo "   changed release: $(shown "$e_changed") over HTTP, $page (log: $(logged "$log" "$rebuilt" "$before"))"
  undo "$log" "$rebuilt" lacks "$page" "$word"

  # new release: a copy under a new name with a unique word in its title; the new page until served with it
  word=$(marker)
  new_release=$(dirname "$release")/bench-rilis-baru-$word.md
  new_page=$base$(dirname "$release_path")/bench-rilis-baru-$word/
  sed "s/^title: .*/title: \"Rilis Baru Uji Bangun Ulang $word\"/" "$out/release.bak" > "$out/new-release.md"
  gone "$new_page" || { echo "$new_page is served before it is written" >&2; exit 1; }
  jitter; before=$(count "$log" "$rebuilt"); t0=$(now_ms)
  cp "$out/new-release.md" "$new_release"
  e_new=$(poll "$t0" 120000 has "$new_page" "$word")
  echo "   new release: $(shown "$e_new") over HTTP, $new_page (log: $(logged "$log" "$rebuilt" "$before"))"
  # undone when the new release is off the province's list: hugo server keeps serving a deleted page
  undo "$log" "$rebuilt" lacks "$base/wilayah/$from_slug/" "$word"
  new_release=

  # deleted release: its file deleted; its page until the server answers 404
  jitter; before=$(count "$log" "$rebuilt"); t0=$(now_ms)
  rm "$release"
  e_deleted=$(poll "$t0" 120000 gone "$page")
  echo "   deleted release: $(shown "$e_deleted") over HTTP, $page (log: $(logged "$log" "$rebuilt" "$before"));" \
    "$(lacks "$base/wilayah/$from_slug/" "$title" && echo "off" || echo "STILL ON") its province's list"
  undo "$log" "$rebuilt" has "$base/wilayah/$from_slug/" "$title"

  # moved release: its province changed; the new province's list page until the release's title is on it
  sed "s/^province: .*/province: $to_province/" "$out/release.bak" > "$out/moved-release.md"
  jitter; before=$(count "$log" "$rebuilt"); t0=$(now_ms)
  cp "$out/moved-release.md" "$release"
  e_moved=$(poll "$t0" 120000 has "$province_page" "$title")
  echo "   release moved to $to_province: $(shown "$e_moved") over HTTP, $province_page (log: $(logged "$log" "$rebuilt" "$before"))"
  undo "$log" "$rebuilt" lacks "$province_page" "$title"
}

# stop <pid> <port>: stops a server (both stop on SIGTERM) and checks that it is gone and its port free
stop() {
  kill "$1"; wait "$1" 2> /dev/null || true
  server_pid=
  ! kill -0 "$1" 2> /dev/null || { echo "process $1 is still running" >&2; exit 1; }
  local deadline=$((SECONDS + 30))
  while ss -Hltn "sport = :$2" | grep -q .; do
    [ $SECONDS -lt $deadline ] || { echo "port $2 is still in use after the server stopped" >&2; exit 1; }
    sleep 0.5
  done
}

# ratio a / b with one decimal, "-" when either is not a number
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.1f", a / b; else print "-"}'; }
row() { printf '%7s  %-10s %8s %8s %8s   %9s %9s %9s %9s\n' "$@"; }

rows=()
per_release_all=()
started=$(date '+%Y-%m-%d %H:%M')
load=$(cut -d' ' -f1-3 /proc/loadavg)  # other work on the machine moves every figure
for n in ${SIZES:-1000 10000 50000}; do
  project=$work/korpus-$n
  if [ ! -d "$project/content" ]; then
    echo "== $n releases: generating the corpus"
    java bench/korpus/Korpus.java "$n" "$project"
  fi
  # what an interrupted earlier run may have left
  find "$project/content" -name 'bench-rilis-baru*.md' -delete
  # copies, not links: the bake refuses a symbolic link anywhere in a project (issue 16); fresh every run, so
  # that a changed template or stylesheet is measured
  for f in templates assets jbake.properties; do rm -rf "${project:?}/$f"; cp -r "$root/$f" "$project/$f"; done
  out=$work/panggang-$n
  rm -rf "$out" "$project/out"
  mkdir -p "$out"

  # the release every edit uses, its address, title and province, and the province it moves to: the corpus's
  # most common other one
  release=$(subject_release "$project")
  cp "$release" "$out/release.bak"
  release_path=/${release#"$project/content/"}; release_path=${release_path%.md}/
  title=$(sed -n 's/^title: "\(.*\)"$/\1/p' "$release" | sed -n 1p)
  from_province=$(sed -n 's/^province: //p' "$release" | sed -n 1p)
  to_province=$(grep -rh '^province: ' "$project/content" | sed 's/^province: //' | sort | uniq -c | sort -k1,1nr -k2 \
    | sed 's/^ *[0-9]* //' | grep -vFx -- "$from_province" | sed -n 1p)
  from_slug=$(slug_of "$from_province"); to_slug=$(slug_of "$to_province")
  echo "== $n releases: edits on $release_path ($title), moved from $from_province to $to_province"
  sync

  # full bake (without the cache of an earlier run), then the second bake after one changed release, same folders
  echo "== $n releases: Warta, full bake"
  rm -rf "$project/target/warta-cache/bake" "$project/target/warta-cache/tautan.bin"
  warta_bake=(mvn -B package -DskipTests -Dwarta.project="$project" -Dwarta.staging="$out/warta-staging"
    -Dwarta.site="$out/warta")
  /usr/bin/time -v "${warta_bake[@]}" > "$out/warta.log" 2> "$out/warta.time" || { tail -40 "$out/warta.log"; exit 1; }
  w_s=$(seconds "$out/warta.time"); w_mb=$(peak_mb "$out/warta.time")
  w_files=$(find -L "$out/warta" -type f | wc -l)
  per_release=$(awk -v s="$w_s" -v n="$n" 'BEGIN {printf "%.2f", s * 1000 / n}')
  echo "   $w_s s, $w_mb MB peak, $w_files files, $per_release ms a release"
  echo "== $n releases: Warta, second bake after one changed release"
  printf '\nKalimat tambahan untuk uji bake kedua.\n' >> "$release"
  /usr/bin/time -v "${warta_bake[@]}" > "$out/warta-2.log" 2> "$out/warta-2.time" || { tail -40 "$out/warta-2.log"; exit 1; }
  cp "$out/release.bak" "$release"
  w2_s=$(seconds "$out/warta-2.time")
  grep -rq 'uji bake kedua' "$out/warta$release_path" || { echo "the second bake's site lacks the change" >&2; exit 1; }
  echo "   $w2_s s, $(peak_mb "$out/warta-2.time") MB peak; $(grep -ao 'cache bake dipakai\|cache bake tidak dipakai: [^;]*\|[0-9]* rilis dan [0-9]* halaman tidak berubah' "$out/warta-2.log" | tr '\n' ';')"

  echo "== $n releases: Hugo, full bake"
  hugo_bake=(hugo --quiet --source bench/hugo --contentDir "$project/content" --destination "$out/hugo")
  /usr/bin/time -v "${hugo_bake[@]}" > "$out/hugo.log" 2> "$out/hugo.time" || { cat "$out/hugo.log" "$out/hugo.time"; exit 1; }
  h_s=$(seconds "$out/hugo.time"); h_mb=$(peak_mb "$out/hugo.time")
  h_files=$(find "$out/hugo" -type f | wc -l)
  echo "   $h_s s, $h_mb MB peak, $h_files files"
  echo "== $n releases: Hugo, second bake after one changed release"
  printf '\nKalimat tambahan untuk uji bake kedua.\n' >> "$release"
  /usr/bin/time -v "${hugo_bake[@]}" > "$out/hugo-2.log" 2> "$out/hugo-2.time" || { cat "$out/hugo-2.log" "$out/hugo-2.time"; exit 1; }
  cp "$out/release.bak" "$release"
  h2_s=$(seconds "$out/hugo-2.time")
  grep -rq 'uji bake kedua' "$out/hugo$release_path" || { echo "the second bake's site lacks the change" >&2; exit 1; }
  echo "   $h2_s s, $(peak_mb "$out/hugo-2.time") MB peak"

  # edit loop, Warta's preview
  echo "== $n releases: Warta preview, edit loop"
  mvn -B -q -Ppratinjau -DskipTests package -Dwarta.project="$project" -Dwarta.preview="$out/pratinjau" \
    -Dwarta.port=$warta_port > "$out/pratinjau.log" 2>&1 &
  server_pid=$!
  await_ready "$server_pid" "$out/pratinjau.log" "Pratinjau: http"
  quiet "$out/pratinjau.log"
  edit_loop "http://127.0.0.1:$warta_port" "$out/pratinjau.log" "Situs dipanggang dalam"
  w_changed=$e_changed; w_new=$e_new; w_deleted=$e_deleted; w_moved=$e_moved
  stop "$server_pid" $warta_port
  # every bake of the preview must have been good: a failed one serves an error page (404 for other files)
  if grep -q ' masalah; halaman pratinjau' "$out/pratinjau.log"; then
    echo "   the preview reported problems: see $out/pratinjau.log" >&2; exit 1
  fi

  # edit loop, hugo server
  echo "== $n releases: hugo server, edit loop"
  hugo server --source bench/hugo --contentDir "$project/content" --port $hugo_port --disableLiveReload \
    > "$out/hugo-server.log" 2>&1 &
  server_pid=$!
  await_ready "$server_pid" "$out/hugo-server.log" "Web Server is available"
  quiet "$out/hugo-server.log"
  edit_loop "http://127.0.0.1:$hugo_port" "$out/hugo-server.log" "Total in"
  h_changed=$e_changed; h_new=$e_new; h_deleted=$e_deleted; h_moved=$e_moved
  stop "$server_pid" $hugo_port
  cmp -s "$out/release.bak" "$release" || { echo "$release was not put back" >&2; exit 1; }

  per_release_all+=("$n:$per_release")
  rows+=("$(row "$n" Warta "$w_s" "$w_mb" "$w2_s" "$w_changed" "$w_new" "$w_deleted" "$w_moved")")
  rows+=("$(row "$n" Hugo "$h_s" "$h_mb" "$h2_s" "$h_changed" "$h_new" "$h_deleted" "$h_moved")")
  rows+=("$(row "$n" "Warta/Hugo" "$(ratio "$w_s" "$h_s")" "$(ratio "$w_mb" "$h_mb")" "$(ratio "$w2_s" "$h2_s")" \
    "$(ratio "$w_changed" "$h_changed")" "$(ratio "$w_new" "$h_new")" "$(ratio "$w_deleted" "$h_deleted")" \
    "$(ratio "$w_moved" "$h_moved")")")
  rm -rf "$out/warta-"* "$out/warta" "$out/hugo" "$out/pratinjau"
done

echo
printf '%7s  %-10s %8s %8s %8s   %s\n' "" "" "full" "" "second" "edit loop, ms: file written -> page served with the edit"
row N tool "bake s" "peak MB" "bake s" changed new deleted moved
printf '%s\n' "${rows[@]}"
if [ ${#per_release_all[@]} -gt 1 ]; then
  first=${per_release_all[0]}; last=${per_release_all[-1]}
  echo "linearity: Warta's time per release at ${last%%:*} is $(awk -v a="${last#*:}" -v b="${first#*:}" \
    'BEGIN {printf "%.2f", a / b}')x that at ${first%%:*} (target: at most 1.3x)"
fi
echo "(bakes: wall time of the whole command, the full one into a fresh folder, the second after one changed release"
echo " into the same folders; edit loop: each tool's own server, warm, polled over HTTP every ~20 ms; timeout: not"
echo " served so within 120 s: hugo server 0.111 keeps serving a deleted release's page until it restarts)"
echo "command: $invocation  (in $root at $(git -C "$root" describe --always --dirty), started $started)"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, load $load at the start, $(date '+%Y-%m-%d %H:%M %Z'), $(hugo version | cut -d' ' -f1-2), $(java -version 2>&1 | head -1)"
