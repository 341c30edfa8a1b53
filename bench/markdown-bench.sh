#!/usr/bin/env bash
# The Markdown stage alone, one thread: front matter, Flexmark's parse and HTML of every body of a
# generated corpus, pass after pass in one JVM (the first passes are the JIT's warm-up), with
# Gazette's settings and, beside them, with Flexmark's own autolink and table extensions and text
# rendering in place of Gazette's (the same HTML; QuickAutolinkExtension and friends, see
# README "Benchmarks"). Runs dev.gazette.markdown.MarkdownThroughput from the test classes.
#
#   bench/markdown-bench.sh [N [PASSES]]      default: 10000 articles, 5 passes
#
# Environment:
#   JAVA   the java to run (default: java on the PATH), e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   JIT    JVM options (default: -XX:TieredStopAtLevel=1, as ./gazette runs builds)
#   WORK   where the corpus goes (default /tmp; bench/bench.sh's corpus there is reused)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-10000}
passes=${2:-5}
[[ $n =~ ^[1-9][0-9]*$ && $passes =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/markdown-bench.sh [N [PASSES]]" >&2; exit 2; }
WORK=${WORK:-/tmp}
JAVA=${JAVA:-java}
JIT=${JIT:--XX:TieredStopAtLevel=1}
if [ ! -f "$root/target/gazette.jar" ] || [ ! -f "$root/target/test-classes/dev/gazette/markdown/MarkdownThroughput.class" ] \
    || [ -n "$(find "$root/src/main" "$root/src/test/java/dev/gazette/markdown" -newer "$root/target/gazette.jar" -print -quit)" ]; then
  echo "markdown-bench.sh: packaging the jar and compiling the test classes (mvn) ..." >&2
  (cd "$root" && mvn -B -q -DskipTests package test-compile) >&2
fi
corpus=$WORK/gazette-corpus-$n
gen_sum=$(sha256sum "$here/gen-corpus.py" | cut -d' ' -f1)
if [ "$(cat "$corpus/.generator" 2>/dev/null)" != "$gen_sum" ]; then
  echo "markdown-bench.sh: generating $n articles in $corpus ..." >&2
  rm -rf "$corpus"
  python3 "$here/gen-corpus.py" --articles "$n" --out "$corpus" --config >/dev/null
  echo "$gen_sum" > "$corpus/.generator"
fi
# shellcheck disable=SC2086
exec "$JAVA" $JIT -cp "$root/target/gazette.jar:$root/target/test-classes" dev.gazette.markdown.MarkdownThroughput "$corpus" "$passes"
