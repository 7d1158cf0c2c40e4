#!/usr/bin/env bash
# serve and check on a large generated guide: how soon serve answers its first page, and the peak resident memory
# of each (serve's VmHWM once its whole first render is done; check's from /usr/bin/time -v).
#
#   bench/serve-memory.sh                 2000x60 with the tool built in Release (src/SpoilerGen.Cli/bin/Release)
#   bench/serve-memory.sh 1000x12         another size
#   TOOL=path/to/spoilergen.dll           the tool to time
#   BENCH_DIR=/tmp/spoilergen-bench       where the guide goes
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
case="${1:-2000x60}"
sources="${case%x*}"; episodes="${case#*x}"
work="${BENCH_DIR:-/tmp/spoilergen-bench}"
tool="${TOOL:-$repo/src/SpoilerGen.Cli/bin/Release/net10.0/spoilergen.dll}"
[ -f "$tool" ] || { echo "bench: no tool at $tool; dotnet build src/SpoilerGen.Cli -c Release" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (Debian package 'time')" >&2; exit 2; }
site="$work/$case/site"
if [ ! -d "$site" ]; then
  dotnet build "$repo/bench/SpoilerGen.GuideGenerator" -c Release -v quiet -nologo >/dev/null
  dotnet "$repo/bench/SpoilerGen.GuideGenerator/bin/Release/net10.0/guide-generator.dll" --sources "$sources" --episodes "$episodes" --seed 1 --spoilergen "$site" >&2
fi
log="$(mktemp)"
port=$(( 20000 + RANDOM % 20000 ))
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(date +%s.%N)
dotnet "$tool" serve "$site" --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; rm -f "$log"' EXIT
until [ "$(curl -s -L -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "bench: serve ended"; cat "$log" >&2; exit 1; }
  sleep 0.05
done
first=$(date +%s.%N)
cpu=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' /proc/$pid/stat)
page=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/$(grep -o 'Serving at http://[^ ]*' "$log" | sed 's|.*:[0-9]*/||')s01e05/")
echo "serve: first page (the chooser) after $(echo "$first - $start" | bc) s wall, $cpu s of CPU; a page of episode 5's tree then took $page s"
until grep -q -E '^Built|Build failed' "$log"; do kill -0 $pid 2>/dev/null || break; sleep 1; done
echo "serve: $(grep -E '^Built|^Read' "$log" | tr '\n' ' ')"
echo "serve: peak resident $(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' /proc/$pid/status), now $(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' /proc/$pid/status)"
kill -TERM $pid; wait $pid || true

/usr/bin/time -v dotnet "$tool" check "$site" >"$log" 2>&1 || true
echo "check: $(grep -E '^Checked' "$log") $(awk -F': ' '/Maximum resident/ { peak = $2 } /Elapsed/ { wall = $2 } END { printf "peak resident %d MB, %s wall", peak / 1024, wall }' "$log")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
