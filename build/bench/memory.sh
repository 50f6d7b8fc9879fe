#!/usr/bin/env bash
# Peak memory of packaging a 1 GB file: `dotnet build` with the SDK on vs. the same project with it off,
# measured in the same run (GNU time's maximum resident set size). Goal: < 200 MB extra.
# Usage: build/bench/memory.sh [size-in-MiB, default 1024]
source "$(dirname "$0")/common.sh"
size_mib=${1:-1024}
pack_sdk
for mode in off on; do
  enable=$([ $mode = on ] && echo true || echo false)
  consumer "$work/$mode" $enable
  mkdir -p "$work/$mode/dist"
  echo '<html></html>' > "$work/$mode/dist/index.html"
done
# Incompressible content: the worst case for deflate buffers.
head -c $((size_mib * 1024 * 1024)) /dev/urandom > "$work/off/dist/big.bin"
cp "$work/off/dist/big.bin" "$work/on/dist/big.bin"
build "$work/off" -t:Restore >/dev/null; build "$work/on" -t:Restore >/dev/null

peak() { /usr/bin/time -f %M dotnet build "$1/app.csproj" --no-restore -nodeReuse:false --disable-build-servers -nologo -v:q -m:1 2>&1 >/dev/null | tail -1; }
off_kb=$(peak "$work/off")
start=$(now); on_kb=$(peak "$work/on"); end=$(now)
zip=$(ls "$work/on/bin/Debug/net10.0/"*.zip)
extra_mb=$(( (on_kb - off_kb) / 1024 ))
printf 'file: %d MiB   zip: %d MiB   packaging build: %.1f s\n' "$size_mib" $(( $(stat -c %s "$zip") / 1048576 )) "$(echo "$end - $start" | bc)"
printf 'peak RSS without SDK: %d MB   with SDK: %d MB   extra: %d MB (goal < 200 MB)\n' $((off_kb / 1024)) $((on_kb / 1024)) $extra_mb
rm -rf "$work"
[ $extra_mb -lt 200 ]
