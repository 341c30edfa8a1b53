#!/usr/bin/env bash
# Whole-process cold build times of Gazette and Hugo on the same generated corpus, in the same run.
#
#   bench/bench.sh [N ...]          default: 1000 10000 (100000 works too: 330 MB of Markdown, ~3 GB in /tmp)
#   RUNS=5 bench/bench.sh 10000     clean builds per peer and size (default 3)
#
# For each N the corpus is written by bench/gen-corpus.py --config (cached in $WORK/gazette-corpus-N,
# written again when the generator changes) and three sites are prepared from it in $WORK/gazette-bench-N/:
#
#   gazette-bench    Gazette with bench/themes/newsbench and bench/newsbench.site-config.yml: the pages
#                    of the Hugo peer and nothing else (article pages, channel indexes of 20, the home
#                    page, site and channel RSS), in the same markup
#   gazette-default  Gazette with its built-in theme and the site-config.yml as generated: the whole
#                    portal (also tag, reporter and source indexes, sitemaps, robots.txt, 404)
#   hugo             Hugo 0.111+ with bench/peers/hugo (hugo.toml and the newsbench theme); only when
#                    hugo is on the PATH. After the table, bench/lib/same_site.py says whether the last
#                    gazette-bench and hugo builds are the same site (pages, lists and feeds, read by
#                    their markup)
#
# Each round builds every peer once, in an order rotated from round to round, so that a noisy machine
# slows all peers alike. Each build: the output and the generator's caches are removed, then one new
# process runs under /usr/bin/time -v (GNU time: apt-get install -y time). The page cache is not
# dropped, so every peer reads the corpus from memory. The table shows per peer the median and the
# fastest wall time, the median CPU time (user + sys), the peak RSS, the output of the last build
# (Hugo's includes its /<channel>/page/1/ redirect pages) and Gazette/Hugo ratios of the wall times.
#
# Environment:
#   RUNS         builds per peer and size (default 3)
#   GAZETTE_CMD  the command that runs Gazette (default: the repository's ./gazette launcher, which
#                packages target/gazette.jar when it is stale; that is done before any timing), e.g.
#                GAZETTE_CMD="java -XX:TieredStopAtLevel=1 -jar /tmp/gz/gazette.jar"
#   PEERS        which peers, in the order of the first round (default: gazette-bench gazette-default hugo)
#   IDLE_WAIT    seconds to wait at most, before each build, for the machine to go idle (other processes
#                using < 15% of one core over 2 s); default 30, 0 = don't wait. What others used during
#                each build is logged, and the worst case is in the table ("others %")
#   RESULTS      folder of the log and the tables (default /tmp/gazette-bench-results)
#   WORK         where the corpora and sites go (default /tmp; a tmpfs such as /dev/shm takes the disk
#                out of the comparison, and another folder keeps concurrent runs apart)
set -uo pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
RUNS=${RUNS:-3}
GAZETTE_CMD=${GAZETTE_CMD:-"$root/gazette"}
PEERS=${PEERS:-"gazette-bench gazette-default hugo"}
IDLE_WAIT=${IDLE_WAIT:-30}
RESULTS=${RESULTS:-/tmp/gazette-bench-results}
WORK=${WORK:-/tmp}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
TIME=/usr/bin/time

die() { echo "bench.sh: $*" >&2; exit 1; }
[ -x $TIME ] || die "GNU time missing: apt-get install -y time"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not \"$RUNS\""
for n in "${sizes[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "usage: bench/bench.sh [N ...] (N = number of articles)"; done
for p in $PEERS; do
  case $p in gazette-bench|gazette-default|hugo) ;; *) die "unknown peer \"$p\" in PEERS (gazette-bench, gazette-default, hugo)";; esac
done

mkdir -p "$RESULTS"
ts=$(date -u +%Y%m%dT%H%M%SZ)
log=$RESULTS/bench-$ts.log
tables=$RESULTS/bench-$ts.md
say() { echo "$*" | tee -a "$log" >&2; }

# Runs Gazette: bash -c so that GAZETTE_CMD may hold options and quotes; exec keeps one process to measure.
gazette() { bash -c "exec $GAZETTE_CMD \"\$@\"" gazette "$@"; }

# ---------------------------------------------------------------- peers
available() {
  case $1 in
    gazette-*) return 0 ;;
    hugo) command -v hugo >/dev/null ;;
  esac
}

version() {
  case $1 in
    gazette-*) gazette --version 2>/dev/null | head -1 ;;
    hugo) hugo version 2>/dev/null | sed -E 's/^hugo v([^ ]+).*/hugo \1/' ;;
  esac
}

prepare() {  # peer corpus site
  local peer=$1 corpus=$2 site=$3
  case $peer in
    gazette-bench)
      rm -rf "$site" && mkdir -p "$site/themes" &&
        cp -r "$corpus/content" "$corpus/static" "$site/" &&
        cp -r "$here/themes/newsbench" "$site/themes/newsbench" &&
        grep -q '^theme: default$' "$corpus/site-config.yml" &&
        { sed 's/^theme: default$/theme: newsbench/' "$corpus/site-config.yml"; cat "$here/newsbench.site-config.yml"; } > "$site/site-config.yml" ;;
    gazette-default)
      rm -rf "$site" && mkdir -p "$site" && cp -r "$corpus/content" "$corpus/static" "$corpus/site-config.yml" "$site/" ;;
    hugo)
      "$here/peers/hugo/prepare.sh" "$corpus" "$site" ;;
  esac
}

clean() {  # in the site folder: everything a build leaves that could speed up the next one
  rm -rf public .public.* .gazette resources .hugo_build.lock
}

build() {  # peer; in the site folder, writes ./public
  case $1 in
    gazette-*) gazette build --site . --out public ;;
    hugo) hugo --quiet -d public ;;
  esac
}
export -f build gazette
export GAZETTE_CMD

# ---------------------------------------------------------------- helpers
# busy CPU seconds of the whole machine so far (all cores), from /proc/stat
busy_cpu() { awk '/^cpu / {printf "%.2f", ($2+$3+$4+$7+$8+$9) / 100}' /proc/stat; }
# waits until other processes use < 15% of one core (2 s samples), at most IDLE_WAIT seconds
wait_idle() {
  local waited=0 a b
  while [ "$waited" -lt "$IDLE_WAIT" ]; do
    a=$(busy_cpu); sleep 2; b=$(busy_cpu)
    awk -v a="$a" -v b="$b" 'BEGIN {exit !((b - a) / 2 < 0.15)}' && return 0
    waited=$((waited + 2))
  done
  return 1
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
fastest() { sort -g | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f\n", a / b}'; }
mib() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }

# ---------------------------------------------------------------- setup
# The ./gazette launcher may package the jar with Maven: let it do so now, outside any timing.
if [[ " $PEERS " == *" gazette-"* ]]; then
  gazette --version >/dev/null 2>>"$log" || die "GAZETTE_CMD does not run: $GAZETTE_CMD --version failed (see $log)"
fi
gen=$here/gen-corpus.py
gen_sum=$(sha256sum "$gen" | cut -d' ' -f1)

say "# bench.sh $(date -u '+%F %T UTC'), RUNS=$RUNS, sizes: ${sizes[*]}; host: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -r)"
say "# GAZETTE_CMD=$GAZETTE_CMD"
for p in $PEERS; do
  if available "$p"; then say "# $p: $(version "$p")"; else say "# $p: not available (no hugo on the PATH), skipped"; fi
done

for n in "${sizes[@]}"; do
  # ---------------------------------------------------------------- corpus
  corpus=$WORK/gazette-corpus-$n
  if [ "$(cat "$corpus/.generator" 2>/dev/null)" != "$gen_sum" ]; then
    say "generating the corpus: $n articles -> $corpus"
    rm -rf "$corpus"
    python3 "$gen" --articles "$n" --out "$corpus" --config >>"$log" 2>&1 || die "corpus generation failed (see $log)"
    echo "$gen_sum" > "$corpus/.generator"
  fi
  md_bytes=$(find "$corpus/content" -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  say "# N=$n: $(find "$corpus/content" -name '*.md' | wc -l) articles, $(mib "$md_bytes") MiB of Markdown in $corpus"

  # ---------------------------------------------------------------- sites
  sites=$WORK/gazette-bench-$n
  rm -rf "$sites"; mkdir -p "$sites"
  peers=()
  for p in $PEERS; do
    available "$p" || continue
    t0=$(date +%s.%N)
    if ! prepare "$p" "$corpus" "$sites/$p" >>"$log" 2>&1; then
      say "[$p] preparing $sites/$p failed (see $log), skipped"; continue
    fi
    say "[$p] site prepared in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s: $sites/$p"
    peers+=("$p")
  done
  [ ${#peers[@]} -gt 0 ] || die "no peer to run"

  # ---------------------------------------------------------------- runs
  declare -A walls=() cpus=() rss=() others=() failed=()
  k=${#peers[@]}
  for round in $(seq 0 $((RUNS - 1))); do
    for i in $(seq 0 $((k - 1))); do
      p=${peers[$(( (round + i) % k ))]}
      [ -n "${failed[$p]:-}" ] && continue
      site=$sites/$p
      (cd "$site" && clean)
      sync
      if [ "$IDLE_WAIT" -eq 0 ]; then idle="not checked"; elif wait_idle; then idle=idle; else idle="NOT idle after ${IDLE_WAIT}s"; fi
      tf=$(mktemp)
      busy0=$(busy_cpu); start=$(date +%s%N)
      (cd "$site" && $TIME -v -o "$tf" bash -c "build $p") >"$site.build-$((round + 1)).out" 2>&1
      rc=$?
      end=$(date +%s%N); busy1=$(busy_cpu)
      wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
      cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tf")
      kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tf")
      # CPU used by other processes during the build, in % of one core
      other=$(awk -v a="$busy0" -v b="$busy1" -v c="$cpu" -v w="$wall" 'BEGIN {o=(b-a-c)/w*100; printf "%.0f", (o<0?0:o)}')
      rm -f "$tf"
      if [ $rc -ne 0 ] || [ ! -d "$site/public" ]; then
        say "[$p] N=$n run $((round + 1)) FAILED (exit $rc), the last lines of $site.build-$((round + 1)).out:"
        tail -5 "$site.build-$((round + 1)).out" | tee -a "$log" >&2
        failed[$p]=1; continue
      fi
      say "[$p] N=$n run $((round + 1)): wall ${wall} s, cpu ${cpu} s, max RSS $((kib / 1024)) MiB (before: $idle; others during the build: ${other}% of a core)"
      walls[$p]+="$wall "; cpus[$p]+="$cpu "; rss[$p]+="$kib "; others[$p]+="$other "
    done
  done

  # ---------------------------------------------------------------- table
  declare -A med=() fast=()
  for p in "${peers[@]}"; do
    [ -n "${failed[$p]:-}" ] && continue
    med[$p]=$(printf '%s\n' ${walls[$p]} | median)
    fast[$p]=$(printf '%s\n' ${walls[$p]} | fastest)
  done
  {
    echo
    echo "N = $n articles ($(mib "$md_bytes") MiB of Markdown), $RUNS cold builds per peer, $(nproc) cores, $(date -u '+%F %T UTC')"
    echo
    echo "| peer | median wall s | fastest wall s | runs (s) | median CPU s | peak RSS MiB | output files | output MiB | ÷ Hugo, median | ÷ Hugo, fastest | others % |"
    echo "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for p in "${peers[@]}"; do
      if [ -n "${failed[$p]:-}" ]; then
        echo "| $p | build failed | - | - | - | - | - | - | - | - | - |"; continue
      fi
      medcpu=$(printf '%s\n' ${cpus[$p]} | median)
      peak=$(printf '%s\n' ${rss[$p]} | sort -n | tail -1)
      files=$(find "$sites/$p/public" -type f | wc -l)
      bytes=$(find "$sites/$p/public" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
      worst=$(printf '%s\n' ${others[$p]} | sort -n | tail -1)
      r_med=-; r_fast=-
      if [[ $p == gazette-* && -n "${med[hugo]:-}" ]]; then
        r_med=$(ratio "${med[$p]}" "${med[hugo]}"); r_fast=$(ratio "${fast[$p]}" "${fast[hugo]}")
      fi
      echo "| $p | ${med[$p]} | ${fast[$p]} | ${walls[$p]% } | $medcpu | $((peak / 1024)) | $files | $(mib "$bytes") | $r_med | $r_fast | $worst |"
    done
    echo
    echo "gazette-bench and hugo render the same pages; gazette-default renders the whole portal (more pages, a"
    echo "richer theme), so its ratio is not like for like. \"others %\": the most CPU other processes used during"
    echo "one of the builds, in % of one core."
    if [ -n "${med[hugo]:-}" ] && [ -n "${med[gazette-bench]:-}" ]; then
      # the last builds of both: the same pages, read by their markup (bench/lib/same_site.py)
      echo
      echo "gazette-bench against hugo: $(python3 "$here/lib/same_site.py" "$sites/hugo/public" "$sites/gazette-bench/public" | head -1)"
    fi
  } | tee -a "$tables" | tee -a "$log"
  unset walls cpus rss others failed med fast
done
echo
echo "log: $log"
echo "tables: $tables"
