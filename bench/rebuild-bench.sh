#!/usr/bin/env bash
# Rebuilds with the persisted cache against the cold build, in the same run, on a generated corpus:
# the cases of the "publish one article" table in README.md. For each N:
#
#   cold                  no output, no cache
#   no change             the same sources again
#   body edited           one paragraph appended to one article
#   body edited again     another one: the steady state of a publish, staged in the spare
#   new article           one article added (default, newest-first pages)
#   template edited       a comment added to the site's article.ftlh (nothing needs parsing again)
#   stable: cold          the same corpus with paginate: {size: 20, stable: true}, from scratch
#   stable: new article   one article added to that site
#   stable: new article with a photo
#                         and one more, with its own camera-size JPEG as its lead image (the
#                         project's dev.gazette.photos.CameraPhotos renders it): a newsroom's
#                         usual publish, whose photo gets its derivatives
#
# Each build is one new process under /usr/bin/time (GNU time: apt-get install -y time); the table
# gives wall and CPU time, each against the cold build of its site, peak RSS, and the number of
# URLs the build reports as added, changed or removed (--changes), which is the number of files it
# rewrote.
#
#   bench/rebuild-bench.sh [N ...]        default: 10000
#
# Environment:
#   GAZETTE_CMD  the command that runs Gazette (default: java -Xmx2g -XX:TieredStopAtLevel=1 -jar
#                target/gazette.jar, packaged first when missing)
#   WORK         where the sites go (default /tmp/gazette-rebuild-bench; a tmpfs such as /dev/shm
#                takes the disk out of the numbers)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000)
WORK=${WORK:-/tmp/gazette-rebuild-bench}
if [ -z "${GAZETTE_CMD:-}" ]; then
  [ -f "$root/target/gazette.jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
  GAZETTE_CMD="java -Xmx2g -XX:TieredStopAtLevel=1 -jar $root/target/gazette.jar"
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
# the camera photo of the last case is rendered by the test classes
[ -d "$root/target/test-classes/dev/gazette/photos" ] || (cd "$root" && (mvn -B -q -o test-compile || mvn -B -q test-compile))

article() {   # $1 file, $2 date, $3 an extra front-matter line (optional)
  cat > "$1" <<EOF
---
title: 基准测试新增文章
channel: news
date: $2
source: 本网
author: 测试记者
tags: [基准]
${3:-}
---

这是基准测试新增的一篇文章。

第二段正文。
EOF
}

# build SITE LABEL: one timed build; appends "label wall cpu rss files" to the table
build() {
  local site=$1 label=$2 out
  out=$(mktemp)
  if ! /usr/bin/time -f "%e %U %S %M" -o "$out.time" $GAZETTE_CMD build --site "$site" -q --changes "$out.changes" 2>"$out.err"; then
    cat "$out.err" >&2; exit 1
  fi
  read -r wall user sys rss < "$out.time"
  local cpu files
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  files=$(wc -l < "$out.changes")
  echo "$label|$wall|$cpu|$rss|$files" >> "$table"
  rm -f "$out" "$out".*
}

for n in "${sizes[@]}"; do
  site=$WORK/$n/default stable=$WORK/$n/stable
  rm -rf "$WORK/$n"; mkdir -p "$WORK/$n"
  python3 "$here/gen-corpus.py" --articles "$n" --out "$site" --config >/dev/null
  mkdir -p "$site/themes"; cp -r "$root/themes/default" "$site/themes/default"
  cp -r "$site" "$stable"
  sed -i 's/^paginate:.*$/paginate: {size: 20, stable: true}/' "$stable/site-config.yml"
  grep -q '^paginate:' "$stable/site-config.yml" || echo 'paginate: {size: 20, stable: true}' >> "$stable/site-config.yml"
  table=$(mktemp)
  edited=$(find "$site/content" -name '*.md' | sort | sed -n "$((n / 2))p")
  build "$site" "cold"
  build "$site" "no change"
  printf '\n基准测试追加的一段正文。\n' >> "$edited"
  build "$site" "body edited"
  # the next publish: the site before the last one is now kept beside the output (the spare)
  printf '\n基准测试再追加的一段正文。\n' >> "$edited"
  build "$site" "body edited again"
  article "$site/content/news/bench-new.md" "$(date -d '-1 hour' '+%Y-%m-%d %H:%M')"
  build "$site" "new article"
  printf '\n<#-- bench edit -->\n' >> "$site/themes/default/templates/article.ftlh"
  build "$site" "template edited"
  build "$stable" "stable: cold"
  article "$stable/content/news/bench-new.md" "$(date -d '-1 hour' '+%Y-%m-%d %H:%M')"
  build "$stable" "stable: new article"
  java -cp "$root/target/test-classes" dev.gazette.photos.CameraPhotos --out "$stable/static/images" bench-photo >/dev/null
  article "$stable/content/news/bench-photo.md" "$(date -d '-30 minutes' '+%Y-%m-%d %H:%M')" "image: /images/bench-photo.jpg"
  build "$stable" "stable: new article with a photo"
  echo "== $n articles ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
  python3 - "$table" <<'EOF'
import sys
rows = [l.rstrip('\n').split('|') for l in open(sys.argv[1])]
cold = {}
print(f"| case | wall | vs cold | CPU | vs cold | peak RSS | files rewritten |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for label, wall, cpu, rss, files in rows:
    site = 'stable' if label.startswith('stable') else 'default'
    if label.endswith('cold'):
        cold[site] = (float(wall), float(cpu))
    w, c = cold[site]
    print(f"| {label} | {float(wall):.1f} s | {100 * float(wall) / w:.1f}% | {float(cpu):.1f} s | "
          f"{100 * float(cpu) / c:.1f}% | {int(rss) / 1024:.0f} MB | {files} |")
EOF
  rm -f "$table"
done
