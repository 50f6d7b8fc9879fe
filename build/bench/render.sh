#!/usr/bin/env bash
# Render time per page: `offlinepackage render` of the sample package (samples/HelloOffline's committed Vite build,
# zipped as the SDK lays it out), run RUNS times (default 5); prints each run's wall time and the median.
# Each run is what a build's render step costs: process start, browser start, page load, screenshot, report.
# Needs Chromium or Chrome (apt-get install chromium). Not a test: times depend on the machine and its load.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${RUNS:-5}
work=$(mktemp -d -t opk-render-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/src/OfflinePackage.Tool/OfflinePackage.Tool.csproj" -c Release -nologo -v:q -o "$work/tool" >/dev/null
mkdir -p "$work/pkg/20171228/www"
cp -r "$repo/samples/HelloOffline/frontend/dist/." "$work/pkg/20171228/www/"
(cd "$work/pkg" && zip -qr "$work/20171228_1.0.0.1.zip" 20171228)

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  status=0
  dotnet "$work/tool/OfflinePackage.Tool.dll" render "$work/20171228_1.0.0.1.zip" --screenshot "$work/shot.png" >"$work/report.txt" 2>&1 || status=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ $status -le 1 ] || { cat "$work/report.txt" >&2; exit $status; }
  echo "run $i: ${ms} ms (exit $status)"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
echo "render time per page (median of $runs): ${median} ms"
cat "$work/report.txt"
