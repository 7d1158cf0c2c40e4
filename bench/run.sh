#!/usr/bin/env bash
# Builds generated guides with SpoilerGen (ready-to-run Release build) and, where hugo is installed, the
# same text as a Hugo site with the same pages; alternates the runs and prints medians and ratios of
# wall time, CPU time and peak memory, from /usr/bin/time -v.
#
#   bench/run.sh                      the three cases, 5 runs each
#   RUNS=7 bench/run.sh 20x12 1000x12 chosen cases; a case is SOURCESxEPISODES, or SOURCESxEPISODES:seasons
#                                     to build it with `checkpoints: seasons` (one tree per season)
#   HUGO_CASES="20x12 1000x12"        the cases that Hugo builds too (default: those two)
#   BENCH_DIR=/tmp/spoilergen-bench   where the guides go
#   BENCH_OUT=/dev/shm/spoilergen-bench where the outputs go (about 2.3 GB for 2000x60; removed after each
#                                     case). Memory (tmpfs) by default: on these shared machines the disk is
#                                     busy with other work, and ext4 gets slow at making inodes right after
#                                     100,000 were deleted, which the alternating runs do; that would time the
#                                     disk, not the tools. BENCH_OUT=$BENCH_DIR times them on disk.
#
# Each SpoilerGen run is a full build into an absent output folder, followed (not timed against Hugo)
# by a second build with nothing changed into the same folder: the "rebuild" columns.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(20x12 1000x12 2000x60)
hugo_cases=" ${HUGO_CASES:-20x12 1000x12} "
work="${BENCH_DIR:-/tmp/spoilergen-bench}"
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

echo "building SpoilerGen (Release, ready-to-run) and the generator..." >&2
dotnet publish "$repo/src/SpoilerGen.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/spoilergen" -v quiet -nologo >/dev/null
dotnet build "$repo/bench/SpoilerGen.GuideGenerator" -c Release -v quiet -nologo >/dev/null
generator="$repo/bench/SpoilerGen.GuideGenerator/bin/Release/net10.0/guide-generator.dll"

# time_run NAME FILE COMMAND...: runs COMMAND under /usr/bin/time -v, appends "wall cpu peak_kb" to FILE.
time_run() {
  local file="$1"; shift
  local log; log="$(mktemp)"
  if ! /usr/bin/time -v "$@" >"$log.out" 2>"$log"; then
    echo "bench: failed: $*" >&2; tail -n 5 "$log.out" "$log" >&2; exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident set size/ { peak = $2 }
    END { printf "%.2f %.2f %d\n", wall, user + sys, peak }' "$log" >>"$file"
  rm -f "$log" "$log.out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }

rows=()
for case in "${cases[@]}"; do
  size_case="${case%%:*}"; checkpoints=""; [[ "$case" == *:* ]] && checkpoints="${case#*:}"
  sources="${size_case%x*}"; episodes="${size_case#*x}"
  dir="$work/${case/:/-}"
  with_hugo=0
  [[ $has_hugo = 1 && "$hugo_cases" == *" $case "* ]] && with_hugo=1
  out="$out_root/${case/:/-}"
  rm -rf "$dir" "$out"; mkdir -p "$dir" "$out"
  hugo_args=(); [ $with_hugo = 1 ] && hugo_args=(--hugo "$dir/hugo")
  echo "== $case: generating..." >&2
  dotnet "$generator" --sources "$sources" --episodes "$episodes" --seed 1 --spoilergen "$dir/site" "${hugo_args[@]}" >&2
  [ -n "$checkpoints" ] && echo "checkpoints: $checkpoints" >>"$dir/site/spoilergen.yml"
  : >"$dir/sg.txt"; : >"$dir/sg-rebuild.txt"; : >"$dir/hugo.txt"
  for run in $(seq 1 "$runs"); do
    rm -rf "$out/spoilergen"
    time_run "$dir/sg.txt" "$work/spoilergen/spoilergen" build "$dir/site" -o "$out/spoilergen"
    time_run "$dir/sg-rebuild.txt" "$work/spoilergen/spoilergen" build "$dir/site" -o "$out/spoilergen"
    if [ $with_hugo = 1 ]; then
      rm -rf "$out/hugo"
      time_run "$dir/hugo.txt" hugo --quiet -s "$dir/hugo" -d "$out/hugo"
    fi
    echo "   run $run/$runs: spoilergen $(tail -1 "$dir/sg.txt"), rebuild $(tail -1 "$dir/sg-rebuild.txt")$([ $with_hugo = 1 ] && echo ", hugo $(tail -1 "$dir/hugo.txt")")" >&2
  done
  pages=$(find "$out/spoilergen" -name '*.html' | wc -l)
  size=$(find "$out/spoilergen" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  sg_wall=$(column_median "$dir/sg.txt" 1); sg_cpu=$(column_median "$dir/sg.txt" 2); sg_peak=$(column_median "$dir/sg.txt" 3)
  re_wall=$(column_median "$dir/sg-rebuild.txt" 1)
  if [ $with_hugo = 1 ]; then
    hugo_pages=$(find "$out/hugo" -name '*.html' | wc -l)
    h_wall=$(column_median "$dir/hugo.txt" 1); h_cpu=$(column_median "$dir/hugo.txt" 2); h_peak=$(column_median "$dir/hugo.txt" 3)
    rows+=("$(awk -v c="$case" -v p="$pages" -v hp="$hugo_pages" -v s="$size" -v sw="$sg_wall" -v sc="$sg_cpu" -v sp="$sg_peak" -v rw="$re_wall" \
      -v hw="$h_wall" -v hc="$h_cpu" -v hpk="$h_peak" 'BEGIN {
      printf "| %s | %d / %d | %.2f s / %.2f s = %.2f× | %.2f s / %.2f s = %.2f× | %d MB / %d MB = %.2f× | %.2f s (%.2f× full) | %.0f MB |",
        c, p, hp, sw, hw, sw / hw, sc, hc, sc / hc, sp / 1024, hpk / 1024, sp / hpk, rw, rw / sw, s / 1e6 }')")
  else
    rows+=("$(awk -v c="$case" -v p="$pages" -v s="$size" -v sw="$sg_wall" -v sc="$sg_cpu" -v sp="$sg_peak" -v rw="$re_wall" 'BEGIN {
      printf "| %s | %d / – | %.2f s / – | %.2f s / – | %d MB / – | %.2f s (%.2f× full) | %.0f MB |",
        c, p, sw, sc, sp / 1024, rw, rw / sw, s / 1e6 }')")
  fi
  rm -rf "$out"
done

echo
echo "Medians of $runs alternating runs on $(nproc) cores, outputs in $out_root, $(date -u +%Y-%m-%d); SpoilerGen $("$work/spoilergen/spoilergen" --version)$([ $has_hugo = 1 ] && echo ", $(hugo version | cut -d' ' -f1-2)")."
echo
echo "| sources × episodes | HTML pages (SpoilerGen / Hugo) | wall (SpoilerGen / Hugo) | CPU, user + system | peak memory | rebuild, nothing changed | output size (file bytes) |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
