#!/bin/bash
# Lay the corpus out as a Hugo site.   prepare.sh CORPUS_DIR SITE_DIR [--no-normalise]
# - copies content/ and static/, site-config.yml -> data/site.yml (channel nav)
# - writes an _index.md (title = channel name) for every channel: nested sections
#   (news/suzhou, ...) only exist in Hugo with one, and it gives the list pages a title
# - copies hugo.toml and the newsbench theme
# - pre-normalises the one date spelling Hugo 0.111 cannot parse ("2023-11-13 06:46", no seconds:
#   Hugo silently dates such an article 0001-01-01);
#   Gazette reads the corpus as generated
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=$1; site=$2; norm=${3:-}
rm -rf "$site"; mkdir -p "$site/data" "$site/themes"
cp -r "$corpus/content" "$site/content"
cp -r "$corpus/static" "$site/static"
cp "$corpus/site-config.yml" "$site/data/site.yml"
cp "$here/hugo.toml" "$site/hugo.toml"
cp -r "$here/themes/newsbench" "$site/themes/newsbench"
python3 "$here/../../lib/channels.py" "$corpus/site-config.yml" | while IFS=$'\t' read -r id name parent; do
  mkdir -p "$site/content/$id"
  printf -- '---\ntitle: "%s"\n---\n' "$name" > "$site/content/$id/_index.md"
done
if [ "$norm" != "--no-normalise" ]; then
  # 'date: 2023-11-13 06:46' (no seconds) -> 'date: 2023-11-13 06:46:00' (then read in timeZone Asia/Shanghai)
  find "$site/content" -name '*.md' ! -name '_index.md' -print0 |
    xargs -0 -r sed -i -E '1,12s/^date: ([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2})$/date: \1:00/'
fi
