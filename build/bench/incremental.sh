#!/usr/bin/env bash
# First build vs. a second, no-change build of the sample frontend, and the same project with the SDK
# off, measured alternately in one run. Prints medians and ratios.
# Usage: build/bench/incremental.sh [runs, default 5]
source "$(dirname "$0")/common.sh"
runs=${1:-5}
pack_sdk
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
secs() { local s; s=$(now); "$@" >/dev/null; echo "$(now) - $s" | bc; }
first=() second=() off=()
for i in $(seq "$runs"); do
  for mode in on off; do
    rm -rf "$work/$mode"
    consumer "$work/$mode" $([ $mode = on ] && echo true || echo false)
    cp -r "$repo/samples/HelloOffline/frontend/dist" "$work/$mode/dist"
    build "$work/$mode" -t:Restore >/dev/null
  done
  first+=("$(secs build "$work/on" --no-restore)")
  second+=("$(secs build "$work/on" --no-restore)")
  build "$work/off" --no-restore >/dev/null
  off+=("$(secs build "$work/off" --no-restore)")
done
f=$(printf '%s\n' "${first[@]}" | median); s=$(printf '%s\n' "${second[@]}" | median); o=$(printf '%s\n' "${off[@]}" | median)
printf 'median of %d: first build %.2f s, no-change build %.2f s, no-change build without SDK %.2f s\n' "$runs" "$f" "$s" "$o"
printf 'no-change / first: %.2f   no-change with SDK / without: %.2f\n' "$(echo "$s / $f" | bc -l)" "$(echo "$s / $o" | bc -l)"
rm -rf "$work"
