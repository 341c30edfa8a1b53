#!/usr/bin/env bash
# Photo derivatives for N camera-size photos (issue 13's closing measurement): a site of N articles,
# each with its own 4000×3000 JPEG with Exif and GPS (rendered by the project's own
# dev.gazette.photos.CameraPhotos, as the sample portal's are), built
#
#   cold     no output, no cache: every photo decoded (subsampled) and its 5 derivatives encoded
#   cached   one article's text edited, so the build runs (an unchanged site stops at its site key):
#            every derivative comes from .gazette/cache/photos/, none is encoded
#
# and reports, from --report, the photos stage (decode + resize + encode, in parallel), the whole
# build and the derivatives encoded; wall, CPU and peak RSS of each process under GNU time when
# /usr/bin/time is there; the machine's load before each build.
#
#   bench/photos-bench.sh [N]        default: 200
#
# Environment:
#   GAZETTE_CMD  the command that runs Gazette (default: java -Xmx2g -XX:TieredStopAtLevel=1 -jar
#                target/gazette.jar, packaged first when missing)
#   WORK         where the photos and the site go (default /tmp/gazette-photos-bench; the photos
#                are generated once per N and kept)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-200}
WORK=${WORK:-/tmp/gazette-photos-bench}
if [ -z "${GAZETTE_CMD:-}" ]; then
  [ -f "$root/target/gazette.jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
  GAZETTE_CMD="java -Xmx2g -XX:TieredStopAtLevel=1 -jar $root/target/gazette.jar"
fi
export LC_ALL=C.UTF-8

originals="$WORK/originals-$n"
if [ ! -f "$originals/.done" ]; then
  [ -d "$root/target/test-classes/dev/gazette/photos" ] || (cd "$root" && mvn -B -q -o test-compile || mvn -B -q test-compile)
  rm -rf "$originals"
  start=$(date +%s.%N)
  java -cp "$root/target/test-classes" dev.gazette.photos.CameraPhotos --out "$originals" --count "$n" >/dev/null
  printf 'generated %d photos of 4000x3000 in %.1f s (%s MB) into %s\n' "$n" "$(echo "$(date +%s.%N) - $start" | bc)" \
    "$(du -sm "$originals" | cut -f1)" "$originals"
  touch "$originals/.done"
fi

site="$WORK/site-$n"
rm -rf "$site"
mkdir -p "$site/content" "$site/static"
cat > "$site/site-config.yml" <<'EOF'
title: 照片基准
baseUrl: https://bench.example/
channels: [{id: news, name: 资讯}]
EOF
# a hard-linked copy: the originals are not copied again for each run
cp -al "$originals" "$site/static/images"
for i in $(seq -f '%03g' 1 "$n"); do
  cat > "$site/content/photo-$i.md" <<EOF
---
title: 照片 $i
channel: news
date: 2026-10-01 08:00
source: 本网
author: 摄影记者
image: /images/photo-$i.jpg
imageCredit: 摄影记者
---

第 $i 张照片的报道。
EOF
done

printf '\n%-8s %10s %10s %9s %9s %9s %9s  %s\n' case photos_s build_s encoded wall_s cpu_s rss_mb "load (1, 5, 15 min)"
# build LABEL: one build; prints its row
build() {
  local label=$1 report="$WORK/report-$1.json" load wall="" cpu="" rss=""
  load=$(uptime | sed 's/.*load average: //')
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" $GAZETTE_CMD build --site "$site" -q --report "$report" 2>"$WORK/err" \
      || { cat "$WORK/err" >&2; exit 1; }
    read -r wall user sys rss < "$WORK/time"
    cpu=$(echo "$user + $sys" | bc)
    rss=$((rss / 1024))
  else
    $GAZETTE_CMD build --site "$site" -q --report "$report" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  fi
  python3 - "$report" "$label" "$wall" "$cpu" "$rss" "$load" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
t = r["timings"]
print("%-8s %10.2f %10.2f %9d %9s %9s %9s  %s" % (sys.argv[2], t["photos"] / 1000, r["millis"] / 1000, r["photosEncoded"],
      sys.argv[3] or "-", sys.argv[4] or "-", sys.argv[5] or "-", sys.argv[6]))
EOF
}

build cold
echo "更新的一段。" >> "$site/content/photo-001.md"
build cached
echo
echo "$(nproc) cores; $(java -version 2>&1 | head -1); derivatives: $(ls "$site/.gazette/cache/photos" | wc -l) files," \
  "$(du -sm "$site/.gazette/cache/photos" | cut -f1) MB for $(du -sm "$originals" | cut -f1) MB of originals"
