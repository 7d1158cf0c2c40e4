#!/usr/bin/env bash
# Measures incremental rebuilds on a generated guide (default 1000 sources x 12 episodes): for `spoilergen
# serve`, the time from a save to the rebuilt page being served (the page is polled until it changes), for
# a one-page text edit, a new page, a deleted page, a title, level or tags change and a template edit; the
# serve's resident memory after the first build and after many edits; `spoilergen build` after one edit
# against a cold build. Where `hugo` is installed, `hugo server` gets the same one-page edit and template
# edit on the same text. Medians of EDITS edits (default 5).
#
#   bench/incremental.sh                 1000x12
#   EDITS=7 bench/incremental.sh 2000x60 another size
#   BENCH_DIR=/tmp/spoilergen-bench      where the guides go
#   REUSE=1 bench/incremental.sh         keep the published tool and generate the guide again only
#   SPOILERGEN=path/to/spoilergen        measure that executable instead of publishing one
#   MANY_EDITS=1000 bench/incremental.sh  how many text edits the memory is measured over (default 100)
#   BUILD_ONLY=1 bench/incremental.sh    only the `spoilergen build` row (no serve, no Hugo)
#   BUILD_RUNS=3 bench/incremental.sh    how many cold builds and edited builds (default EDITS)
#
# Both servers run at once and their edits alternate (a SpoilerGen edit, then a Hugo edit): on a shared machine the
# load changes from minute to minute, and alternating gives both tools the same. serve runs with --verbose: its log
# ($BENCH_DIR/incremental-SIZE/serve.log) has each rebuild's stages, wall and CPU time.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
case_="${1:-1000x12}"
sources="${case_%x*}"; episodes="${case_#*x}"
edits="${EDITS:-5}"
many="${MANY_EDITS:-100}"
build_runs="${BUILD_RUNS:-$edits}"
work="${BENCH_DIR:-/tmp/spoilergen-bench}"
dir="$work/incremental-$case_"
mkdir -p "$work"

if ! command -v hugo >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo) >/dev/null 2>&1 || true
fi
has_hugo=0; command -v hugo >/dev/null && has_hugo=1

if [ -n "${SPOILERGEN:-}" ]; then
  spoilergen="$SPOILERGEN"
else
  if [ -z "${REUSE:-}" ] || [ ! -x "$work/spoilergen/spoilergen" ]; then
    echo "building SpoilerGen (Release, ready-to-run) and the generator..." >&2
    # Ready-to-run rather than the project's native (AOT) publish: the tool as `dotnet tool install` gives it.
    dotnet publish "$repo/src/SpoilerGen.Cli" -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true \
      -o "$work/spoilergen" -v quiet -nologo >/dev/null
  fi
  spoilergen="$work/spoilergen/spoilergen"
fi
[ -f "$repo/bench/SpoilerGen.GuideGenerator/bin/Release/net10.0/guide-generator.dll" ] && [ -n "${REUSE:-}" ] \
  || dotnet build "$repo/bench/SpoilerGen.GuideGenerator" -c Release -v quiet -nologo >/dev/null
rm -rf "$dir"; mkdir -p "$dir"
hugo_args=(); [ $has_hugo = 1 ] && hugo_args=(--hugo "$dir/hugo")
dotnet "$repo/bench/SpoilerGen.GuideGenerator/bin/Release/net10.0/guide-generator.dll" \
  --sources "$sources" --episodes "$episodes" --seed 1 --spoilergen "$dir/site" "${hugo_args[@]}" >&2
site="$dir/site"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_for URL MODE TEXT: polls URL until its body contains TEXT (MODE has), lacks it (MODE lacks), or its
# status is TEXT (MODE status); gives up after 120 s.
wait_for() {
  local url="$1" mode="$2" text="$3" deadline=$(( $(now_ms) + 120000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    case "$mode" in
      has) curl -s "$url" | grep -qF -- "$text" && return 0 ;;
      lacks) curl -s "$url" | grep -qF -- "$text" || return 0 ;;
      status) [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = "$text" ] && return 0 ;;
    esac
    sleep 0.005
  done
  echo "bench: gave up waiting for $url ($mode $text)" >&2; return 1
}

# timed NAME URL MODE TEXT COMMAND...: runs COMMAND (the save) and waits; appends the milliseconds to $dir/NAME.
timed() {
  local name="$1" url="$2" mode="$3" text="$4"; shift 4
  local start; start=$(now_ms)
  "$@"
  wait_for "$url" "$mode" "$text"
  echo $(( $(now_ms) - start )) >>"$dir/$name"
}

# A page that every tree shows (no spoiler: line), and the same page in the Hugo site's last tree.
mapfile -t candidates < <(grep -L '^spoiler:' "$site"/content/*/*.md | grep -v _index)
page_source="${candidates[0]}"
page_path="${page_source#"$site/content/"}"; page_path="${page_path%.md}"
last_tree="$(awk -v e="$episodes" 'BEGIN { printf "s%02de%02d", int((e - 1) / 12) + 1, (e - 1) % 12 + 1 }')"
other_source="${candidates[1]}"
other_path="${other_source#"$site/content/"}"; other_path="${other_path%.md}"
section="$(dirname "$page_path")"

# ---- spoilergen serve
if [ -z "${BUILD_ONLY:-}" ]; then
port=$(free_port)
"$spoilergen" serve "$site" --port "$port" --verbose >"$dir/serve.log" 2>&1 &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null || true; [ -n "${hugo_pid:-}" ] && kill $hugo_pid 2>/dev/null || true' EXIT
start=$(now_ms)
until grep -q '^Serving at ' "$dir/serve.log"; do
  kill -0 $serve_pid 2>/dev/null || { echo "bench: serve stopped" >&2; cat "$dir/serve.log" >&2; exit 1; }
  sleep 0.005
done
base="$(sed -n 's/^Serving at \(.*\)\/$/\1/p' "$dir/serve.log")"
wait_for "$base/start/$page_path/" status 200
first_ms=$(( $(now_ms) - start ))
tree_url="$(curl -s "$base/levels.json" | python3 -c 'import json, sys; print(json.load(sys.stdin)[-1]["path"])')"
page_url="$base/$tree_url$page_path/"
rss_first=$(rss_mb $serve_pid)
echo "serve: first page after $first_ms ms, $rss_first MB; editing $page_path" >&2

# ---- hugo server, started beside serve: the two tools' edits alternate, so that both meet the same load
if [ $has_hugo = 1 ]; then
  hport=$(free_port)
  hugo_source="$dir/hugo/content/$last_tree/$page_path.md"
  hugo server -s "$dir/hugo" --port "$hport" --disableLiveReload >"$dir/hugo.log" 2>&1 &
  hugo_pid=$!
  hugo_url="http://localhost:$hport/bench/$last_tree/$page_path/"
  start=$(now_ms); wait_for "$hugo_url" status 200; hugo_first=$(( $(now_ms) - start ))
  hugo_rss_first=$(rss_mb $hugo_pid)
fi

for i in $(seq 1 "$edits"); do
  if [ $has_hugo = 1 ]; then
    timed hugo-text "$hugo_url" has "BenchEdit$i" sh -c "printf '\nBenchEdit%s is new text.\n' $i >>'$hugo_source'"
    timed hugo-template "$hugo_url" has "BenchFooter$i" sed -i "s|</body>|<footer>BenchFooter$i</footer></body>|; s|<footer>BenchFooter$((i - 1))</footer>||" "$dir/hugo/layouts/_default/baseof.html"
  fi
  timed sg-text "$page_url" has "BenchEdit$i" sh -c "printf '\nBenchEdit%s is new text.\n' $i >>'$page_source'"
  timed sg-new "$base/start/$section/bench-new-$i/" status 200 sh -c "printf -- '---\ntitle: Bench new $i\n---\nNew page $i.\n' >'$site/content/$section/bench-new-$i.md'"
  timed sg-delete "$base/start/$section/bench-new-$i/" status 404 rm "$site/content/$section/bench-new-$i.md"
  # A progressive title's first value, or a plain title.
  if grep -q '^  start: ' "$page_source"; then title_edit="0,/^  start: /s/^  start: .*/  start: BenchTitle$i/"; else title_edit="0,/^title: /s/^title: .*/title: BenchTitle$i/"; fi
  timed sg-title "$page_url" has "BenchTitle$i" sed -i "$title_edit" "$page_source"
  timed sg-level "$base/start/$other_path/" status 404 sed -i '1a spoiler: s01e01' "$other_source"
  timed sg-level "$base/start/$other_path/" status 200 sed -i '/^spoiler: s01e01$/d' "$other_source"
  cp "$other_source" "$dir/untagged.md"
  if grep -q '^tags: \[' "$other_source"; then tag_edit="s/^tags: \[/tags: [benchtag$i, /"; else tag_edit="1a tags: [benchtag$i]"; fi
  timed sg-tags "$base/start/tags/" has "benchtag$i" sed -i "$tag_edit" "$other_source"
  cp "$dir/untagged.md" "$other_source"; wait_for "$base/start/tags/" lacks "benchtag$i"
  timed sg-template "$page_url" has "BenchFooter$i" sh -c "mkdir -p '$site/templates/partials' && printf '<footer>BenchFooter$i</footer>\n' >'$site/templates/partials/footer.html'"
done
rm -f "$site/templates/partials/footer.html"; wait_for "$page_url" lacks "BenchFooter$edits"
rss_edits=$(rss_mb $serve_pid)
for i in $(seq 1 "$many"); do
  printf '\nManyEdit%s.\n' "$i" >>"$page_source"; wait_for "$page_url" has "ManyEdit$i"
done
rss_many=$(rss_mb $serve_pid)
kill $serve_pid; wait $serve_pid 2>/dev/null || true
rebuilt_ms=$(grep -o 'Rebuilt in [0-9]* ms' "$dir/serve.log" | awk '{ print $3 }' | median)

# ---- hugo server: stopped after the edits (it ran beside serve, its edits alternating with serve's)
if [ $has_hugo = 1 ]; then
  hugo_rss=$(rss_mb $hugo_pid)
  kill $hugo_pid; wait $hugo_pid 2>/dev/null || true
fi
fi

# ---- spoilergen build: cold, then after one edit
# Alternating, into two folders. Cold: into a folder with nothing in it or beside it (no record, cache or spare).
# After an edit: the build an author runs after saving, each after the one before into the same output, as in a
# working session; the first build and the first edit's (which has no spare yet) are not timed.
out="$dir/out"; cold="$dir/cold/out"
: >"$dir/build-cold"; : >"$dir/build-edit"
"$spoilergen" build "$site" -o "$out" >/dev/null
printf '\nBuildEdit0.\n' >>"$page_source"; "$spoilergen" build "$site" -o "$out" >/dev/null
for i in $(seq 1 "$build_runs"); do
  rm -rf "$dir/cold"; mkdir -p "$dir/cold"
  start=$(now_ms); "$spoilergen" build "$site" -o "$cold" >/dev/null; echo $(( $(now_ms) - start )) >>"$dir/build-cold"
  printf '\nBuildEdit%s.\n' "$i" >>"$page_source"
  start=$(now_ms); "$spoilergen" build "$site" -o "$out" >/dev/null; echo $(( $(now_ms) - start )) >>"$dir/build-edit"
done
rm -rf "$dir/cold"
touch "$page_source"
start=$(now_ms); "$spoilergen" build "$site" -o "$out" >/dev/null; touched_ms=$(( $(now_ms) - start ))

m() { median <"$dir/$1"; }
# SpoilerGen's median over Hugo's, for a row both tools have.
ratio() { [ $has_hugo = 1 ] && awk -v s="$(m "$1")" -v h="$(m "$2")" 'BEGIN { printf " (%.1f× Hugo)", s / h }' || true; }
echo
echo "Medians of $edits edits, $case_ ($(find "$out" -type f | wc -l) files), $(nproc) cores, $(date -u +%Y-%m-%d); SpoilerGen $("$spoilergen" --version)$([ $has_hugo = 1 ] && echo ", $(hugo version | cut -d' ' -f1-2)")."
echo
echo "| $case_ | SpoilerGen \`serve\` | Hugo \`hugo server\` |"
echo "|---|---|---|"
if [ -z "${BUILD_ONLY:-}" ]; then
echo "| serve: first page served | $first_ms ms | ${hugo_first:-–} ms |"
echo "| one page's text edited: save → page served | $(m sg-text) ms$(ratio sg-text hugo-text) (serve's own 'Rebuilt in': $rebuilt_ms ms) | $([ $has_hugo = 1 ] && echo "$(m hugo-text) ms" || echo –) |"
echo "| a new page | $(m sg-new) ms | – |"
echo "| a deleted page | $(m sg-delete) ms | – |"
echo "| a title changed | $(m sg-title) ms | – |"
echo "| a level changed (and back) | $(m sg-level) ms | – |"
echo "| tags changed | $(m sg-tags) ms | – |"
echo "| a template edited | $(m sg-template) ms$(ratio sg-template hugo-template) | $([ $has_hugo = 1 ] && echo "$(m hugo-template) ms" || echo –) |"
echo "| resident memory: first build / after the edits / after $many more | $rss_first / $rss_edits / $rss_many MB | $([ $has_hugo = 1 ] && echo "$hugo_rss_first / $hugo_rss MB" || echo –) |"
fi
echo "| build: cold / after one edit / after a touch (medians of $build_runs) | $(m build-cold) / $(m build-edit) / $touched_ms ms (after one edit: $(awk -v e="$(m build-edit)" -v c="$(m build-cold)" 'BEGIN { printf "%.2f", e / c }')× cold) | – |"
echo
echo "Load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: figures are noisy, ratios within this run are what to compare)."
