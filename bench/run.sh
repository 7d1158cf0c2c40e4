#!/usr/bin/env bash
# Cold builds of generated guides, side by side: SpoilerGen's native executable (Native AOT, what a
# release attaches), SpoilerGen as the .NET tool (framework-dependent and ready-to-run, as `dotnet tool
# install` gives it, run as `dotnet spoilergen.dll`) and, where hugo is installed, the same text as a Hugo
# site with the same pages. Every run builds into an absent output folder; the three alternate, run after
# run; the table holds medians of wall time, CPU time (user + system) and peak memory from /usr/bin/time -v,
# and each SpoilerGen figure as a ratio to Hugo's of the same runs. Then the goals of the Performance
# section, each met or not, and the native executable's size and start-up time.
#
#   bench/run.sh                      20x12, 300x12, 1000x12 with Hugo; 5 runs each
#   RUNS=7 bench/run.sh 20x12 1000x12 chosen cases; a case is SOURCESxEPISODES, or SOURCESxEPISODES:seasons
#                                     to build it with `checkpoints: seasons` (one tree per season)
#   HUGO_CASES="20x12 1000x12"        the cases that Hugo builds too (default: 20x12 300x12 1000x12)
#   NATIVE=path/to/spoilergen         time this native executable instead of publishing one (the publish
#                                     takes minutes; scripts/test.sh leaves one in artifacts/native/linux-x64)
#   REUSE=1                           keep the executables and guides of the previous run in BENCH_DIR
#   BENCH_DIR=/tmp/spoilergen-bench   where the executables and guides go
#   BENCH_OUT=/dev/shm/spoilergen-bench where the outputs go (about 2.3 GB for 2000x60; removed after each
#                                     case). Memory (tmpfs) by default: on these shared machines the disk is
#                                     busy with other work, and ext4 gets slow at making inodes right after
#                                     100,000 were deleted, which the alternating runs do; that would time the
#                                     disk, not the tools. BENCH_OUT=$BENCH_DIR times them on disk.
#
# Rebuilds (an output folder already there) are bench/incremental.sh's.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(20x12 300x12 1000x12)
hugo_cases=" ${HUGO_CASES:-20x12 300x12 1000x12} "
work="${BENCH_DIR:-/tmp/spoilergen-bench}"
reuse="${REUSE:-0}"
default_out="$work"; [ -d /dev/shm ] && [ -w /dev/shm ] && default_out=/dev/shm/spoilergen-bench
out_root="${BENCH_OUT:-$default_out}"
mkdir -p "$work" "$out_root"

if [ ! -x /usr/bin/time ] || ! command -v hugo >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time hugo) >/dev/null 2>&1 || true
  fi
fi
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (Debian package 'time')" >&2; exit 2; }
has_hugo=0
command -v hugo >/dev/null && has_hugo=1

tool_dll="$work/tool/spoilergen.dll"
if [ "$reuse" != 1 ] || [ ! -f "$tool_dll" ]; then
  echo "publishing SpoilerGen as the .NET tool is packed (framework-dependent, ready-to-run)..." >&2
  rm -rf "$work/tool"
  dotnet publish "$repo/src/SpoilerGen.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishAot=false -p:PublishReadyToRun=true -o "$work/tool" -v quiet -nologo >/dev/null
fi
native="${NATIVE:-$work/native/spoilergen}"
if [ -z "${NATIVE:-}" ] && { [ "$reuse" != 1 ] || [ ! -x "$native" ]; }; then
  echo "publishing the native executable (Native AOT, linux-x64; a few minutes)..." >&2
  rm -rf "$work/native"
  dotnet publish "$repo/src/SpoilerGen.Cli" -c Release -r linux-x64 -o "$work/native" -v quiet -nologo >/dev/null
fi
[ -x "$native" ] || { echo "bench: no native executable at $native" >&2; exit 2; }
dotnet build "$repo/bench/SpoilerGen.GuideGenerator" -c Release -v quiet -nologo >/dev/null
generator="$repo/bench/SpoilerGen.GuideGenerator/bin/Release/net10.0/guide-generator.dll"

# time_run FILE COMMAND...: runs COMMAND under /usr/bin/time -v, appends "wall cpu peak_kb" to FILE.
time_run() {
  local file="$1"; shift
  local log; log="$(mktemp)"
  if ! /usr/bin/time -v "$@" >"$log.out" 2>"$log"; then
    echo "bench: failed: $*" >&2; tail -n 5 "$log.out" "$log" >&2; exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident set size/ { peak = $2 }
    END { printf "%.3f %.3f %d\n", wall, user + sys, peak }' "$log" >>"$file"
  rm -f "$log" "$log.out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
# figure FILE COLUMN UNIT [HUGO_FILE]: "median unit", and "(ratio×)" to Hugo's median when given.
figure() {
  local value; value=$(column_median "$1" "$2")
  local hugo_value=""; [ -n "${4:-}" ] && hugo_value=$(column_median "$4" "$2")
  awk -v v="$value" -v h="$hugo_value" -v u="$3" 'BEGIN {
    if (u == "MB") printf "%d MB", v / 1024; else printf "%.2f s", v
    if (h != "" && h > 0) printf " (%.2f×)", v / h }'
}

rows=()
goals=()
for case in "${cases[@]}"; do
  size_case="${case%%:*}"; checkpoints=""; [[ "$case" == *:* ]] && checkpoints="${case#*:}"
  sources="${size_case%x*}"; episodes="${size_case#*x}"
  dir="$work/${case/:/-}"
  with_hugo=0
  [[ $has_hugo = 1 && "$hugo_cases" == *" $case "* ]] && with_hugo=1
  out="$out_root/${case/:/-}"
  rm -rf "$out"; mkdir -p "$out"
  if [ "$reuse" != 1 ] || [ ! -d "$dir/site" ] || { [ $with_hugo = 1 ] && [ ! -d "$dir/hugo" ]; }; then
    rm -rf "$dir"; mkdir -p "$dir"
    hugo_args=(); [ $with_hugo = 1 ] && hugo_args=(--hugo "$dir/hugo")
    echo "== $case: generating..." >&2
    dotnet "$generator" --sources "$sources" --episodes "$episodes" --seed 1 --spoilergen "$dir/site" "${hugo_args[@]}" >&2
    [ -n "$checkpoints" ] && echo "checkpoints: $checkpoints" >>"$dir/site/spoilergen.yml"
  fi
  echo "== $case: $runs alternating runs" >&2
  : >"$dir/native.txt"; : >"$dir/tool.txt"; : >"$dir/hugo.txt"
  for run in $(seq 1 "$runs"); do
    rm -rf "$out/native"
    time_run "$dir/native.txt" "$native" build "$dir/site" -o "$out/native"
    rm -rf "$out/tool"
    time_run "$dir/tool.txt" dotnet "$tool_dll" build "$dir/site" -o "$out/tool"
    if [ $with_hugo = 1 ]; then
      rm -rf "$out/hugo"
      time_run "$dir/hugo.txt" hugo --quiet -s "$dir/hugo" -d "$out/hugo"
    fi
    echo "   run $run/$runs (wall cpu peak-KB): native $(tail -1 "$dir/native.txt"), tool $(tail -1 "$dir/tool.txt")$([ $with_hugo = 1 ] && echo ", hugo $(tail -1 "$dir/hugo.txt")")" >&2
  done
  # The two SpoilerGen outputs are the same build: a difference is a bug, not noise.
  if ! diff -r -q -x .spoilergen "$out/native" "$out/tool" >/dev/null; then
    echo "bench: the native executable and the .NET tool wrote different files for $case" >&2; exit 1
  fi
  pages=$(thousands "$(find "$out/native" -name '*.html' | wc -l)")
  hugo_pages="–"; hugo_file=""
  if [ $with_hugo = 1 ]; then hugo_pages=$(thousands "$(find "$out/hugo" -name '*.html' | wc -l)"); hugo_file="$dir/hugo.txt"; fi
  label="$sources × $episodes"
  [ "$sources" -ge 1000 ] && label="$((sources / 1000)),$(printf %03d $((sources % 1000))) × $episodes"
  [ -n "$checkpoints" ] && label="$label, \`checkpoints: $checkpoints\`"
  hugo_wall="–"; hugo_cpu="–"; hugo_peak="–"
  if [ $with_hugo = 1 ]; then
    hugo_wall=$(figure "$dir/hugo.txt" 1 s); hugo_cpu=$(figure "$dir/hugo.txt" 2 s); hugo_peak=$(figure "$dir/hugo.txt" 3 MB)
  fi
  rows+=("| $label | $pages / $hugo_pages | $(figure "$dir/native.txt" 1 s "$hugo_file") | $(figure "$dir/tool.txt" 1 s "$hugo_file") | $hugo_wall | $(figure "$dir/native.txt" 2 s "$hugo_file") | $(figure "$dir/tool.txt" 2 s "$hugo_file") | $hugo_cpu | $(figure "$dir/native.txt" 3 MB "$hugo_file") | $(figure "$dir/tool.txt" 3 MB "$hugo_file") | $hugo_peak |")

  # The goals: wall ≤ 0.5× Hugo's at 1,000 × 12 and ≤ 1× at 20 × 12; peak memory ≤ 0.25× at 1,000 × 12.
  if [ $with_hugo = 1 ] && [ -z "$checkpoints" ]; then
    goal() { # goal NAME COLUMN LIMIT WHAT
      for tool in native tool; do
        goals+=("$(awk -v n="$1" -v t="$tool" -v v="$(column_median "$dir/$tool.txt" "$2")" -v h="$(column_median "$dir/hugo.txt" "$2")" -v l="$3" -v w="$4" 'BEGIN {
          r = v / h; printf "- %s, %s: %s ≤ %.2f× Hugo'\''s: %.2f× %s", n, (t == "native" ? "native executable" : ".NET tool"), w, l, r, (r <= l ? "met" : "NOT met") }')")
      done
    }
    case "$size_case" in
      1000x12) goal "$label" 1 0.5 "wall"; goal "$label" 3 0.25 "peak memory" ;;
      20x12) goal "$label" 1 1 "wall" ;;
    esac
  fi
  rm -rf "$out"
done

# Start-up: `spoilergen --version`, the least a run does.
: >"$work/start-native.txt"; : >"$work/start-tool.txt"
for run in $(seq 1 "$runs"); do
  time_run "$work/start-native.txt" "$native" --version
  time_run "$work/start-tool.txt" dotnet "$tool_dll" --version
done

echo
echo "Medians of $runs alternating cold runs (no output folder before each) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end,"
echo "outputs in $out_root, $(date -u +%Y-%m-%d); SpoilerGen $("$native" --version)$([ $has_hugo = 1 ] && echo ", $(hugo version | cut -d' ' -f1-2)")."
echo "In brackets: the ratio to Hugo's median of the same runs (lower is better). native = Native AOT executable;"
echo "tool = the .NET tool (ready-to-run, \`dotnet spoilergen.dll\`)."
echo
echo "| sources × episodes | HTML pages (SpoilerGen / Hugo) | wall, native | wall, tool | wall, Hugo | CPU, native | CPU, tool | CPU, Hugo | peak memory, native | peak memory, tool | peak memory, Hugo |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ ${#goals[@]} -gt 0 ]; then
  echo
  echo "Goals (issue 17):"
  printf '%s\n' "${goals[@]}"
fi
echo
echo "Native executable: $(awk -v b="$(stat -c %s "$native")" 'BEGIN { printf "%.1f MB", b / 1048576 }') ($native); start-up (\`--version\`): native $(figure "$work/start-native.txt" 1 s), tool $(figure "$work/start-tool.txt" 1 s); peak memory native $(figure "$work/start-native.txt" 3 MB), tool $(figure "$work/start-tool.txt" 3 MB)."
