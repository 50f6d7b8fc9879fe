# Shared by the benchmark scripts: packs the SDK from this checkout into a fresh feed and writes
# consumer projects that restore it from there, with a package cache of their own.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${BENCH_DIR:-$(mktemp -d -t opk-bench-XXXXXX)}
version=0.0.0-bench
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

# quietly DESCRIPTION COMMAND...: runs the command, printing its output only when it fails.
quietly() {
  local what=$1 log; shift; log=$(mktemp)
  "$@" >"$log" 2>&1 || { echo "FAILED: $what" >&2; cat "$log" >&2; rm -f "$log"; return 1; }
  rm -f "$log"
}

pack_sdk() {
  quietly "pack the SDK" dotnet pack "$repo/src/OfflinePackage.Sdk/OfflinePackage.Sdk.csproj" -c Release -o "$work/feed" \
    -p:OfflinePackageSdkVersion=$version -nologo -v:q
}

# consumer DIR ENABLE: a NoTargets project packaging DIR/dist, with the SDK on or off.
consumer() {
  local dir=$1 enable=$2
  mkdir -p "$dir"
  cat > "$dir/nuget.config" <<XML
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
</configuration>
XML
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Build.targets"
  cat > "$dir/app.csproj" <<XML
<Project Sdk="Microsoft.Build.NoTargets/3.7.0">
  <Sdk Name="OfflinePackage.Sdk" Version="$version" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OfflinePackageId>20171228</OfflinePackageId>
    <EnableOfflinePackage>$enable</EnableOfflinePackage>
  </PropertyGroup>
  <ItemGroup><OfflineResource Include="dist" /></ItemGroup>
</Project>
XML
}

build() { dotnet build "$1/app.csproj" -nodeReuse:false --disable-build-servers -nologo -v:q "${@:2}"; }

now() { date +%s.%N; }
