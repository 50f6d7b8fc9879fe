#!/usr/bin/env bash
# Packaging speed against Info-ZIP on the "large SPA" tree (monaco-editor@0.52.2 esm/ + @fortawesome/fontawesome-free@6.7.2,
# fetched with npm pack), measured alternately in one run. Prints medians and ratios; exits non-zero when a goal is missed.
#   ours (plan + zip)          <= 0.25 x  zip -r -q -X -6 over the staged tree
#   our zip size               <= 1.01 x  zip's
#   10x the files              <= 11 x    the time
#   ours + signed .amr         <= 1.3 x   ours zip-only (plan + zip + .amr + verify, 2048-bit key made once per run), both over
#                                         the tree less the files whose path in the package is over 100 bytes (OPK2009: no tar holds them)
#   reference check, first build <= 0.5 x   packaging (plan + zip) in the same process, over the whole tree
# Also runs incremental.sh (no-op build vs. no SDK, goal <= 1.05) and memory.sh (1 GiB file, goal < 200 MB extra) unless QUICK=1.
# Usage: build/bench/run.sh [runs, default 5]
source "$(dirname "$0")/common.sh"
runs=${1:-5}
cache=${BENCH_CACHE:-$repo/artifacts/bench-cache}
mkdir -p "$cache"
( cd "$cache"
  [ -f monaco-editor-0.52.2.tgz ] || npm pack monaco-editor@0.52.2 --silent >/dev/null
  [ -f fortawesome-fontawesome-free-6.7.2.tgz ] || npm pack @fortawesome/fontawesome-free@6.7.2 --silent >/dev/null )

tree=$work/tree
mkdir -p "$tree/monaco" "$tree/fontawesome" "$work/x"
tar -xzf "$cache/monaco-editor-0.52.2.tgz" -C "$work/x" && mv "$work/x/package/esm" "$tree/monaco/esm" && rm -rf "$work/x/package"
tar -xzf "$cache/fortawesome-fontawesome-free-6.7.2.tgz" -C "$work/x" && mv "$work/x/package/"* "$tree/fontawesome/"
echo '<html><body>large SPA</body></html>' > "$tree/index.html"
mkdir -p "$work/staged/20171228" && cp -r "$tree" "$work/staged/20171228/www"
for i in $(seq 0 9); do mkdir -p "$work/ten" && cp -r "$tree" "$work/ten/copy$i"; done
cp -r "$tree" "$work/signable" && ( cd "$work/signable" && find . -type f | LC_ALL=C awk 'length("www/" substr($0, 3)) > 100' | xargs -r rm )
openssl genrsa -out "$work/key.pem" 2048 2>/dev/null
files=$(find "$tree" -type f | wc -l); bytes=$(du -sb "$tree" | cut -f1)
sfiles=$(find "$work/signable" -type f | wc -l); sbytes=$(du -sb "$work/signable" | cut -f1)

quietly "build PackBench" dotnet build "$repo/build/bench/PackBench/PackBench.csproj" -c Release -nologo -v:q
bench="$repo/build/bench/PackBench/bin/Release/net10.0/PackBench.dll"
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
zip_t=() ours_t=() szip_t=() amr_t=() ten_t=() refs_r=() refs_c=()
for i in $(seq "$runs"); do
  rm -f "$work/zip.zip" "$work/ours.zip" "$work/unsigned.zip" "$work/signed.zip" "$work/20171228_1.0.0.0.amr" "$work/ten.zip"
  s=$(now); ( cd "$work/staged" && zip -r -q -X -6 "$work/zip.zip" 20171228 ); zip_t+=("$(echo "$(now) - $s" | bc)")
  ours_t+=("$(dotnet "$bench" "$tree" "$work/ours.zip" 2>/dev/null)")
  szip_t+=("$(dotnet "$bench" "$work/signable" "$work/unsigned.zip" 2>/dev/null)")
  amr_t+=("$(dotnet "$bench" "$work/signable" "$work/signed.zip" "$work" "$work/key.pem" 2>/dev/null)")
  ten_t+=("$(dotnet "$bench" "$work/ten" "$work/ten.zip" 2>/dev/null)")
  read -r rp rf rc <<< "$(dotnet "$bench" "$tree" "$work/refs.zip" --references "$work/refs.cache" 2>/dev/null)"
  refs_r+=("$(echo "$rf / $rp" | bc -l)"); refs_c+=("$rc")
done
z=$(printf '%s\n' "${zip_t[@]}" | median); o=$(printf '%s\n' "${ours_t[@]}" | median); t=$(printf '%s\n' "${ten_t[@]}" | median)
sz=$(printf '%s\n' "${szip_t[@]}" | median); a=$(printf '%s\n' "${amr_t[@]}" | median)
zs=$(stat -c %s "$work/zip.zip"); os=$(stat -c %s "$work/ours.zip"); as=$(stat -c %s "$work/20171228_1.0.0.0.amr")
refs=$(printf '%s\n' "${refs_r[@]}" | median); refc=$(printf '%s\n' "${refs_c[@]}" | median)
speed=$(echo "$o / $z" | bc -l); size=$(echo "$os / $zs" | bc -l); scale=$(echo "$t / $o" | bc -l); signing=$(echo "$a / $sz" | bc -l)
printf 'tree: %d files, %d bytes; %d runs on %d cores\n' "$files" "$bytes" "$runs" "$(nproc)"
printf 'zip -r -q -X -6: %.3f s, %d bytes\n' "$z" "$zs"
printf 'ours:            %.3f s, %d bytes\n' "$o" "$os"
printf 'ours, 10x files: %.3f s\n' "$t"
printf 'signable tree: %d files, %d bytes\n' "$sfiles" "$sbytes"
printf '  ours, zip only: %.3f s\n' "$sz"
printf '  ours, zip+amr:  %.3f s, .amr %d bytes\n' "$a" "$as"
printf 'time ours/zip: %.3f (goal <= 0.25)   size ours/zip: %.4f (goal <= 1.01)   10x files: %.2f x (goal <= 11)\n' "$speed" "$size" "$scale"
printf 'time (zip + amr)/zip-only: %.3f (goal <= 1.3)\n' "$signing"
printf 'reference check, first build / packaging: %.3f (goal <= 0.5); unchanged files, from the cache: %.3f s\n' "$refs" "$refc"
failed=0
(( $(echo "$speed <= 0.25" | bc) )) || { echo "MISSED: speed"; failed=1; }
(( $(echo "$size <= 1.01" | bc) )) || { echo "MISSED: size"; failed=1; }
(( $(echo "$scale <= 11" | bc) )) || { echo "MISSED: 10x scaling"; failed=1; }
(( $(echo "$signing <= 1.3" | bc) )) || { echo "MISSED: .amr cost"; failed=1; }
(( $(echo "$refs <= 0.5" | bc) )) || { echo "MISSED: reference check cost"; failed=1; }
rm -rf "$work"
if [ "${QUICK:-0}" != 1 ]; then
  "$(dirname "$0")/incremental.sh" "$runs" || failed=1
  "$(dirname "$0")/memory.sh" || failed=1
fi
exit $failed
