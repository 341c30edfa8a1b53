#!/usr/bin/env bash
# Writes the sample portal's camera-size photos into static/images/: rendered scenes as 4000×3000
# JPEGs with an Exif block (camera model, orientation, a GPS position), made by the project's own
# dev.gazette.photos.CameraPhotos (src/test/java). The same names give the same bytes, so running
# it again changes nothing. A name ending in :portrait is stored turned, with Exif orientation 6.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile -Dstyle.color=never >/dev/null 2>&1 || mvn -B -q test-compile -Dstyle.color=never
java -cp target/test-classes dev.gazette.photos.CameraPhotos --out static/images \
  pingjiang-road suzhou-marathon city-study-room:portrait metro-line-8 old-community-elevator \
  railway-golden-week autumn-consumption digital-forum digital-forum-hall taihu-wetland \
  jinji-lake-winter-1 jinji-lake-winter-2 jinji-lake-winter-3:portrait jinji-lake-winter-4
