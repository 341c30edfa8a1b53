#!/usr/bin/env bash
# Times whole `gazette build` runs on generated corpora: wall time and peak RSS.
#
#   bench/build-bench.sh [N ...]        default: 1000 10000
#   RUNS=3 bench/build-bench.sh 1000    clean builds per size (median is reported)
#
# Needs GNU time (apt-get install -y time). Corpora go to /tmp/gazette-bench-N (reused).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
RUNS=${RUNS:-3}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 1; }
(cd "$root" && mvn -B -q -DskipTests package)
printf '%-8s %-10s %-10s %s\n' articles wall_s maxrss_MB "runs (wall s)"
for n in "${sizes[@]}"; do
  site=/tmp/gazette-bench-$n
  if [ ! -f "$site/site-config.yml" ]; then
    rm -rf "$site"; python3 "$here/gen-corpus.py" --articles "$n" --out "$site"
  fi
  rm -rf "$site/themes"; mkdir -p "$site/themes"; cp -r "$root/themes/default" "$site/themes/default"
  walls=(); rss=0
  for _ in $(seq "$RUNS"); do
    rm -rf "$site/public"
    /usr/bin/time -f "%e %M" -o /tmp/gazette-bench-time "$root/gazette" build --site "$site" >/dev/null
    read -r w m < /tmp/gazette-bench-time
    walls+=("$w"); [ "$m" -gt "$rss" ] && rss=$m
  done
  median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '%-8s %-10s %-10s %s\n' "$n" "$median" "$((rss / 1024))" "${walls[*]}"
done
