#!/usr/bin/env bash
# Packaging speed on the "large SPA" tree (monaco-editor@0.52.2 esm/ + @fortawesome/fontawesome-free@6.7.2, fetched with
# npm pack), against baselines measured in the same run, alternately, run after run:
#   Info-ZIP        zip -r -q -X -6 over the tree staged as 20171228/www/ (its own process; wall time around it)
#   .NET's own      ZipFile.CreateFromDirectory(staged tree, Optimal): one thread   (PackBench --dotnet-zip)
#   ours            plan (list + every rule) + write the zip, in one process         (PackBench)
#   compute bound   deflate only: the bytes ours deflates, same level, same pieces, one thread per core, nothing else
#                   (PackBench --bound; files read into memory first)
# then 10 copies of the tree, and the zip alone vs. zip + signed .amr + verify (2048-bit key made once per run) over the
# tree less its files whose path in the package is over 100 bytes (OPK2009: no tar holds them), and the reference check.
# PackBench times itself inside its process (JIT included, runtime start-up excluded). Each ratio is the median of the
# ratios of the runs (each run's pair measured back to back, so a load that changes during the run cancels out).
# The machine's load average is sampled before every measurement and printed: compare runs only at similar load.
# Prints a table of medians, one of ratios against their goals, and the floor under ours (plan + compute bound + reading
# and CRC shared by the cores: the plan must finish before the zip starts) with the ratios it allows; exits non-zero
# when a goal is missed.
# The .amr run passes the zip it just wrote, as a build does, so its large files are spliced, not deflated again.
# Also runs incremental.sh (no-op build vs. no SDK) and memory.sh (1 GiB file) unless QUICK=1; SWEEP=1 adds the piece-size
# sweep (deflated size and time for 64 KiB..4 MiB pieces, primed or not).
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
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
med() { printf '%s\n' "$@" | median; }
div() { echo "($1) / ($2)" | bc -l; }
load() { cut -d' ' -f1 /proc/loadavg; }
loads=("$(load)")
# pb LOG ARGS...: runs PackBench, keeps its stderr (where the time went) in $work/LOG, prints its first stdout line.
pb() { local log=$1; shift; dotnet "$bench" "$@" 2>>"$work/$log" | head -1; }
# infozip: seconds of Info-ZIP over the staged tree, measured around its process.
infozip() { local s; rm -f "$work/infozip.zip"; s=$(now); ( cd "$work/staged" && zip -r -q -X -6 "$work/infozip.zip" 20171228 ); echo "$(now) - $s" | bc; }

zip_t=() net_t=() ours_t=() bound_t=() szip_t=() amr_t=() ten_t=() refs_r=() refs_c=()
r_net=() r_zip=() r_bound=() r_amr=() r_ten=()
for i in $(seq "$runs"); do
  rm -f "$work/ours.zip" "$work/dotnet.zip" "$work/unsigned.zip" "$work/signed.zip" "$work/20171228_1.0.0.0.amr" "$work/ten.zip"
  loads+=("$(load)"); z=$(infozip)
  loads+=("$(load)"); n=$(pb dotnet.log --dotnet-zip "$work/staged" "$work/dotnet.zip")
  loads+=("$(load)"); o=$(pb ours.log "$tree" "$work/ours.zip")
  loads+=("$(load)"); b=$(pb bound.log --bound "$tree")
  loads+=("$(load)"); sz=$(pb signable.log "$work/signable" "$work/unsigned.zip")
  loads+=("$(load)"); a=$(pb amr.log "$work/signable" "$work/signed.zip" "$work" "$work/key.pem")
  loads+=("$(load)"); t=$(pb ten.log "$work/ten" "$work/ten.zip")
  loads+=("$(load)"); read -r rp rf rc <<< "$(pb references.log "$tree" "$work/refs.zip" --references "$work/refs.cache")"
  zip_t+=("$z"); net_t+=("$n"); ours_t+=("$o"); bound_t+=("$b"); szip_t+=("$sz"); amr_t+=("$a"); ten_t+=("$t"); refs_c+=("$rc")
  r_net+=("$(div "$o" "$n")"); r_zip+=("$(div "$o" "$z")"); r_bound+=("$(div "$o" "$b")"); r_amr+=("$(div "$a" "$sz")")
  r_ten+=("$(div "$t" "$o")"); refs_r+=("$(div "$rf" "$rp")")
done
loads+=("$(load)")
[ "${SWEEP:-0}" = 1 ] && dotnet "$bench" --bound "$tree" --sweep 2>&1 >/dev/null | tail -n +2

zs=$(stat -c %s "$work/infozip.zip"); ns=$(stat -c %s "$work/dotnet.zip"); os=$(stat -c %s "$work/ours.zip"); as=$(stat -c %s "$work/20171228_1.0.0.0.amr")
cmp -s "$work/ours.zip" "$work/refs.zip" || { echo "FAILED: two runs of ours gave different zips" >&2; exit 1; }
unzip -tq "$work/ours.zip" >/dev/null || { echo "FAILED: Info-ZIP does not accept our zip" >&2; exit 1; }
size=$(div "$os" "$ns")
printf '\nlarge SPA tree: %d files, %d bytes; signable: %d files, %d bytes; %d runs on %d cores\n' "$files" "$bytes" "$sfiles" "$sbytes" "$runs" "$(nproc)"
printf 'load average (1 min) before each measurement: min %s, median %s, max %s (before the run %s, after %s)\n\n' \
  "$(printf '%s\n' "${loads[@]}" | sort -g | head -1)" "$(med "${loads[@]}")" "$(printf '%s\n' "${loads[@]}" | sort -g | tail -1)" "${loads[0]}" "${loads[-1]}"
printf '| median of %d | seconds | bytes |\n|---|---|---|\n' "$runs"
printf '| Info-ZIP `zip -r -q -X -6` | %.3f | %d |\n' "$(med "${zip_t[@]}")" "$zs"
printf '| `ZipFile.CreateFromDirectory(Optimal)` | %.3f | %d |\n' "$(med "${net_t[@]}")" "$ns"
printf '| ours (plan + zip) | %.3f | %d |\n' "$(med "${ours_t[@]}")" "$os"
printf '| compute bound (deflate only, %d threads) | %.3f | |\n' "$(nproc)" "$(med "${bound_t[@]}")"
printf '| ours, 10 x the files | %.3f | |\n' "$(med "${ten_t[@]}")"
printf '| ours, signable tree, zip only | %.3f | |\n' "$(med "${szip_t[@]}")"
printf '| ours, signable tree, zip + signed .amr + verify | %.3f | %d (.amr) |\n' "$(med "${amr_t[@]}")" "$as"
printf '| reference check, unchanged files (from the cache) | %.3f | |\n\n' "$(med "${refs_c[@]}")"
failed=0
# row LABEL VALUE GOAL: one line of the ratio table; a value above its goal is a miss.
row() {
  local status=met
  (( $(echo "$2 <= $3" | bc -l) )) || { status=MISSED; failed=1; }
  printf '| %s | %.3f | <= %s | %s |\n' "$1" "$2" "$3" "$status"
}
printf '| ratio, same run | measured | goal | |\n|---|---|---|---|\n'
row 'ours / `CreateFromDirectory(Optimal)`' "$(med "${r_net[@]}")" 0.6
row 'ours / Info-ZIP' "$(med "${r_zip[@]}")" 0.3
row 'ours / compute bound' "$(med "${r_bound[@]}")" 1.2
row 'size ours / `CreateFromDirectory`' "$size" 1.01
row 'zip + signed .amr + verify / zip only' "$(med "${r_amr[@]}")" 1.8
row '10 x the files / 1 x (time)' "$(med "${r_ten[@]}")" 10.5
row 'reference check, first build / packaging' "$(med "${refs_r[@]}")" 0.5
printf '\nwhere the time went, last run (stderr of PackBench):\n'
for log in ours bound dotnet amr ten; do [ -s "$work/$log.log" ] && printf '  %-7s %s\n' "$log:" "$(tail -1 "$work/$log.log")"; done
# The floor under ours: the plan runs before the zip (rules must pass first; MSBuild runs them as separate targets),
# and the zip cannot beat the compute bound plus reading and CRC-ing every file (which the bound leaves out) shared by
# all cores. A goal below its floor is out of reach however good the writer is.
plan=$(sed -n 's/^plan \([0-9.]*\) s.*/\1/p' "$work/ours.log" | median)
verify=$(sed -n 's/.* verify \([0-9.]*\) s.*/\1/p' "$work/amr.log" | median)
read_s=$(sed -n 's/.* files \([0-9.]*\) s, their CRC.*/\1/p' "$work/bound.log" | median)
crc_s=$(sed -n 's/.*their CRC \([0-9.]*\) s.*/\1/p' "$work/bound.log" | median)
b=$(med "${bound_t[@]}"); floor=$(echo "$plan + $b + ($read_s + $crc_s) / $(nproc)" | bc -l)
printf '
floor: plan %.3f s + compute bound %.3f s + (read %.3f s + CRC %.3f s) / %d cores = %.3f s (medians),
       so ours / CreateFromDirectory >= %.3f, ours / Info-ZIP >= %.3f, ours / bound >= %.3f (plan + bound alone: %.3f, %.3f, %.3f);
' \
  "$plan" "$b" "$read_s" "$crc_s" "$(nproc)" "$floor" "$(div "$floor" "$(med "${net_t[@]}")")" "$(div "$floor" "$(med "${zip_t[@]}")")" "$(div "$floor" "$b")" \
  "$(div "$plan + $b" "$(med "${net_t[@]}")")" "$(div "$plan + $b" "$(med "${zip_t[@]}")")" "$(div "$plan + $b" "$b")"
printf '       The .amr has no such floor: it deflates again only the files under 64 KiB (the rest it splices from the zip), then\n       the verify (%.3f s, median) inflates and hashes the whole tar.\n       A floor holds on a quiet machine; under load the two-thread bound slows more than ours and the floor overshoots.\n' \
  "$verify"
rm -rf "$work"
if [ "${QUICK:-0}" != 1 ]; then
  echo
  out=$("$(dirname "$0")/incremental.sh" "$runs") || failed=1
  echo "$out"
  noop=$(echo "$out" | sed -n 's/.*with SDK \/ without: \([0-9.]*\).*/\1/p')
  [ -n "$noop" ] && { printf '| ratio, same run | measured | goal | |\n|---|---|---|---|\n'; row 'no-op build / without the SDK' "$noop" 1.05; }
  "$(dirname "$0")/memory.sh" || failed=1
fi
exit $failed
