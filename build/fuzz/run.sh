#!/usr/bin/env bash
# Mutation fuzz of the .amr verifier, longer than the unit suite's AmrFuzzTests (same mutations, tests/.../AmrMutator.cs).
# Seeds: an .amr our writer makes, plus Alibaba's demo packages when ../shared/testdata/mpaas-demo is there.
# Every case is verified in process under a 30 s guard; every CLI_EVERY-th case also by the built offlinepackage-verify,
# whose exit code must be 0 or 1 and agree. Prints the result classes; exits non-zero on any exception, timeout or
# disagreement (the offending files are kept and named).
# Usage: build/fuzz/run.sh [cases, default 5000] [seed, default 1] [cli-every, default 50]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cases=${1:-5000}
seed=${2:-1}
every=${3:-50}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$repo/src/OfflinePackage.Verify/OfflinePackage.Verify.csproj" -c Release -nologo -v:q >/dev/null
dotnet build "$repo/build/fuzz/AmrFuzz/AmrFuzz.csproj" -c Release -nologo -v:q >/dev/null
tool="$repo/src/OfflinePackage.Verify/bin/Release/net10.0/OfflinePackage.Verify.dll"
demo="$repo/../shared/testdata/mpaas-demo"
extra=()
if [ -f "$demo/demo-public-key.pem" ]; then
  extra=("$demo/demo-public-key.pem" "$demo/70000000_1.0.0.6.amr" "$demo/00010001_1.0.0.0.amr")
fi
exec dotnet "$repo/build/fuzz/AmrFuzz/bin/Release/net10.0/AmrFuzz.dll" "$cases" "$seed" "$tool" "$every" "${extra[@]}"
