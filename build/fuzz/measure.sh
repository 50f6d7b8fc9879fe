#!/usr/bin/env bash
# Issue 15's hostile inputs (written by issue15_cases.py from Alibaba's demo package) through the built
# offlinepackage-verify, each under /usr/bin/time -v: exit code, wall time and peak memory per case.
# Usage: build/fuzz/measure.sh [work folder]   (needs ../shared/testdata/mpaas-demo beside the repository)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
demo="$repo/../shared/testdata/mpaas-demo"
work=${1:-$(mktemp -d -t opk-issue15-XXXXXX)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$repo/src/OfflinePackage.Verify/OfflinePackage.Verify.csproj" -c Release -nologo -v:q >/dev/null
tool="$repo/src/OfflinePackage.Verify/bin/Release/net10.0/OfflinePackage.Verify.dll"
python3 "$repo/build/fuzz/issue15_cases.py" "$demo" "$work" >/dev/null
key="$demo/demo-public-key.pem"

# run CASE ARGS...: one line "CASE exit N, S s, M MB, first output line".
run() {
  local name=$1; shift
  local log; log=$(mktemp)
  set +e
  timeout 60 /usr/bin/time -v dotnet "$tool" "$@" >"$log.out" 2>"$log"
  local code=$?
  set -e
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  printf '%-32s exit %s  %8s  %4s MB  %s\n' "$name" "$code" "$wall" "$rss" "$( (cat "$log.out"; grep -v -E '^\s|Command being timed' "$log") | head -1 | cut -c1-150)"
  rm -f "$log" "$log.out"
}

for dir in "$work"/c*; do
  run "$(basename "$dir")" --public-key "$key" "$dir"/*.amr
done
for dir in "$work"/f*; do
  run "$(basename "$dir")" --public-key "$key" "$dir"
done
run "k01-public-key-dev-zero" --public-key /dev/zero "$demo/70000000_1.0.0.6.amr"
run "k02-public-key-begin-lines" --public-key "$work/keys/begin-lines.pem" "$demo/70000000_1.0.0.6.amr"
run "p01-fifo-named-amr" "$work/p01-fifo/12345678_1.0.0.0.amr"
run "genuine-70000000" --public-key "$key" "$demo/70000000_1.0.0.6.amr"
run "genuine-00010001" --public-key "$key" "$demo/00010001_1.0.0.0.amr"
