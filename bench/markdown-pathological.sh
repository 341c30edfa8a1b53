#!/usr/bin/env bash
# Markdown that made Flexmark quadratic: one article whose body is one paragraph of one construct
# repeated (a pasted block of minified data), built at two sizes so that linearity shows. Each
# build is a new `gazette build --no-cache` process of a site with only that article, timed whole
# under /usr/bin/time; the table also gives the build's own markdown time (the report's `parse`
# and `markdown` stages: bodies are rendered while files are parsed) and its outcome, `ok` or the
# error it reports (two constructs are refused at their position, see README "Performance").
#
#   bench/markdown-pathological.sh [SIZE ...]     default: 125K 250K
#
# A SIZE is kilobytes of body (`250K`, `250`) or a number of repetitions (`40000x`).
#
# Environment:
#   GAZETTE_CMD  the command that runs Gazette (default: java -XX:TieredStopAtLevel=1 -jar
#                target/gazette.jar, packaged first when missing); another jar times another build
#   ONLY         names of constructs to run, space-separated (default: all), e.g. ONLY="brackets link-openers"
#   WORK         where the sites go (default /tmp/gazette-markdown-bench)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(125K 250K)
WORK=${WORK:-/tmp/gazette-markdown-bench}
if [ -z "${GAZETTE_CMD:-}" ]; then
  [ -f "$root/target/gazette.jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
  GAZETTE_CMD="java -XX:TieredStopAtLevel=1 -jar $root/target/gazette.jar"
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 1; }

# name and unit; the units are ASCII, so characters are bytes
constructs=(
  "brackets|[x]"
  "link-openers|[a]("
  "images|![x]"
  "reference-pairs|[x][y]"
  "double-quoted-titles|[a](b \""
  "parenthesized-titles|[a](b ("
  "angle-destinations|[a](<"
  "bracket-paren-mix|[ (]("
  "tag-openers|<a"
  "emphasis-openers|*a"
  "backticks|e\`"
  "root-links|[x](/a)"
  "footnote-refs|[^x]"
  "bare-urls|http://a.cn "
  "link-closers|a]"
  "open-images-before-links|![[]()"
  "escaped-backslashes|\\\\"
)

# build NAME UNIT SIZE: one site, one timed build; prints a table row
build() {
  local name=$1 unit=$2 size=$3 site="$WORK/$1-$3" reps
  case $size in
    *x) reps=${size%x} ;;
    *) reps=$(( ${size%K} * 1000 / ${#unit} )) ;;
  esac
  rm -rf "$site" && mkdir -p "$site/content"
  printf 'title: 基准\nbaseUrl: https://news.example/\nchannels: [{id: news, name: 资讯}]\n' > "$site/site-config.yml"
  UNIT="$unit" REPS="$reps" python3 - "$site/content/a.md" <<'EOF'
import os, sys
body = os.environ["UNIT"] * int(os.environ["REPS"])
open(sys.argv[1], "w", encoding="utf-8").write(
    "---\ntitle: 基准\nchannel: news\ndate: 2022-06-26\nsource: 本网\nauthor: 记者\n---\n" + body + "\n")
EOF
  local bytes; bytes=$(( reps * ${#unit} ))
  /usr/bin/time -f "%e %U" -o "$site/time" $GAZETTE_CMD build --site "$site" --no-cache -q --report "$site/report.json" \
    >/dev/null 2>"$site/err" || true
  # GNU time puts "Command exited with non-zero status 1" first when the build fails
  read -r wall user < <(tail -n 1 "$site/time")
  python3 - "$site/report.json" "$name" "$unit" "$reps" "$bytes" "$wall" "$user" <<'EOF'
import json, sys
path, name, unit, reps, size, wall, user = sys.argv[1:]
try:
    r = json.load(open(path))
except (OSError, ValueError):
    r = {"ok": False, "diagnostics": [{"message": "no report (crashed?)"}]}
t = r.get("timings", {})
md = f"{(t.get('parse', 0) + t.get('markdown', 0)) / 1000:.2f}" if t else "–"
outcome = "ok" if r.get("ok") else "error: " + (r.get("diagnostics") or [{"message": "?"}])[0]["message"][:60]
print(f"| {name} | `` {unit.strip()} `` | {int(reps):,} | {int(size) / 1000:.0f} | {float(wall):.2f} | {float(user):.2f} | {md} | {outcome} |")
EOF
}

mkdir -p "$WORK"
echo "| construct | unit | repeats | KB | wall s | CPU s | markdown s | outcome |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
for c in "${constructs[@]}"; do
  name=${c%%|*}; unit=${c#*|}
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then continue; fi
  for size in "${sizes[@]}"; do
    build "$name" "$unit" "$size"
  done
done
