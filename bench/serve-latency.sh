#!/usr/bin/env bash
# Save-to-reload latency of `gazette serve`: serves a generated corpus, edits one article's body
# again and again, and times each save until the live-reload `reload` event reaches the client.
# Prints median and p90, and the median time of each build stage.
#
#   bench/serve-latency.sh [N ...]          default: 1000 10000
#   EDITS=40 bench/serve-latency.sh 10000   measured edits per size (default 20, after 10 warm-up edits)
#
# Corpora (bench/gen-corpus.py --config) go to /tmp/gazette-serve-bench-N (reused while the generator is
# unchanged; the edited article is restored afterwards).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
EDITS=${EDITS:-20}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
log=$(mktemp)
if ! (cd "$root" && mvn -B -q -DskipTests test-compile \
    && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt) >"$log" 2>&1; then
  cat "$log" >&2; exit 1
fi
rm -f "$log"
cp="$root/target/classes:$root/target/test-classes:$(cat "$root/target/bench-classpath.txt")"
gen_sum=$(sha256sum "$here/gen-corpus.py" | cut -d' ' -f1)
for n in "${sizes[@]}"; do
  site=/tmp/gazette-serve-bench-$n
  if [ "$(cat "$site/.generator" 2>/dev/null)" != "$gen_sum" ]; then   # none yet, or from another generator
    rm -rf "$site"; python3 "$here/gen-corpus.py" --articles "$n" --out "$site" --config
    echo "$gen_sum" > "$site/.generator"
  fi
  rm -rf "$site/themes"; mkdir -p "$site/themes"; cp -r "$root/themes/default" "$site/themes/default"
  echo "== $n articles"
  java ${BENCH_JAVA_OPTS:-} -cp "$cp" dev.gazette.serve.ServeLatencyBench --site "$site" --edits "$EDITS"
done
