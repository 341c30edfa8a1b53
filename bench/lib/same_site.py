#!/usr/bin/env python3
"""Whether Gazette's benchmark theme built what the Hugo peer built from the same corpus.

    bench/lib/same_site.py HUGO_PUBLIC GAZETTE_PUBLIC     exit 0 when equivalent, 1 when not

Both themes (bench/themes/newsbench, bench/peers/hugo/themes/newsbench) write the same markup, so
the pages are read by that markup and compared by what a reader gets from them; the Markdown
renderers' markup (goldmark against Flexmark) is not compared, only the text it leaves:

  files     every path, but a list's page/1/ redirect: Hugo writes one for every list, Gazette
            for the lists that have a page 2
  articles  the heading, the meta line (channel, date, source, author), the tags, the lead image
            and the body's text (tags dropped, entities read, white space runs as one space)
  lists     every item's link, date and teaser, in order, and the pager line
  feeds     the channel title and every item's title, link, date and description, in order

Articles with the same date may come in either order: a list whose items differ only by the
order within equal dates (judged over all pages of the list, as a tie can straddle a page
break) and a feed that does are counted as ties, not differences.
"""
import html
import os
import re
import sys
from collections import defaultdict

ARTICLE = re.compile(r"/\d{4}/\d{2}/[^/]+/index\.html$")
REDIRECT = re.compile(r"(^|/)page/1/index\.html$")
LIST_PAGE = re.compile(r"^(.*?)(?:page/(\d+)/)?index\.html$")
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")
ITEM = re.compile(r'<li><a href="([^"]*)">[^<]*</a> <time>([^<]*)</time>\s*<p>(.*?)</p></li>', re.S)
FEED_ITEM = re.compile(r"<item>(.*?)</item>", re.S)


def text(fragment):
    """What a reader sees of an HTML fragment: tags dropped, entities read, white space collapsed."""
    return SPACE.sub(" ", html.unescape(TAG.sub("", fragment))).strip()


def first(pattern, s):
    m = re.search(pattern, s, re.S)
    return m.group(1) if m else ""


def article(page):
    return (text(first(r"<h1>(.*?)</h1>", page)),
            text(first(r'<p class="meta">(.*?)</p>', page)),
            text(first(r'<p class="tags">(.*?)</p>', page)),
            first(r'<p class="lead-image"><img src="([^"]*)"', page),
            text(first(r'<div class="content">(.*)</div>\s*</article>', page)))


def listing(page):
    items = [(link, date, text(teaser)) for link, date, teaser in ITEM.findall(page)]
    return items, text(first(r'<nav class="pager">(.*?)</nav>', page))


def feed(xml):
    items = []
    for body in FEED_ITEM.findall(xml):
        items.append(tuple(text(first(f"<{field}>(.*?)</{field}>", body))
                           for field in ("title", "link", "pubDate", "description")))
    return items, text(first(r"<channel>\s*<title>(.*?)</title>", xml))


def ties_only(a, b, date):
    """Equal but for the order of items with the same date."""
    dates = [x[date] for x in a]
    return dates == [y[date] for y in b] and sorted(a) == sorted(b)


def files(root):
    out = set()
    for folder, _, names in os.walk(root):
        for name in names:
            out.add(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/"))
    return out


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def compare(hugo, gazette):
    """(counts, examples of differences)."""
    ours, theirs = files(gazette), files(hugo)
    counts = defaultdict(int)
    examples = []

    def differs(kind, where, what):
        counts[kind + " differ"] += 1
        if len(examples) < 8:
            examples.append(f"{where}: {what}")

    for path in sorted((theirs ^ ours)):
        if not REDIRECT.search(path):
            differs("files", path, "only in " + ("hugo" if path in theirs else "gazette"))
    lists = defaultdict(dict)
    for path in sorted(theirs & ours):
        if REDIRECT.search(path):
            continue
        a, b = read(os.path.join(hugo, path)), read(os.path.join(gazette, path))
        if ARTICLE.search(path):
            counts["articles"] += 1
            x, y = article(a), article(b)
            if x != y:
                field = next(i for i in range(len(x)) if x[i] != y[i])
                differs("articles", path, f"field {field}: {x[field][:80]!r} against {y[field][:80]!r}")
        elif path.endswith("index.html"):
            counts["lists"] += 1
            m = LIST_PAGE.match(path)
            lists[m.group(1)][int(m.group(2) or 1)] = (path, listing(a), listing(b))
        elif path.endswith(".xml") and "<rss" in a[:300]:
            counts["feeds"] += 1
            (xi, xt), (yi, yt) = feed(a), feed(b)
            if xt != yt:
                differs("feeds", path, f"title {xt!r} against {yt!r}")
            elif xi != yi:
                if ties_only(xi, yi, 2):
                    counts["feed ties"] += 1
                else:
                    i = next((i for i, (p, q) in enumerate(zip(xi, yi)) if p != q), min(len(xi), len(yi)))
                    differs("feeds", path, f"item {i}: {xi[i] if i < len(xi) else None!r} against {yi[i] if i < len(yi) else None!r}")
    for pages in lists.values():
        numbers = sorted(pages)
        whole_x = [item for n in numbers for item in pages[n][1][0]]
        whole_y = [item for n in numbers for item in pages[n][2][0]]
        whole_ties = ties_only(whole_x, whole_y, 1)
        for n in numbers:
            path, (xi, xp), (yi, yp) = pages[n]
            if (xi, xp) == (yi, yp):
                continue
            if xp == yp and whole_ties and [i[1] for i in xi] == [i[1] for i in yi]:
                counts["list ties"] += 1
            else:
                i = next((i for i, (p, q) in enumerate(zip(xi, yi)) if p != q), None)
                differs("lists", path, f"item {i}: {xi[i]!r} against {yi[i]!r}" if i is not None
                        else f"{len(xi)} against {len(yi)} items, pager {xp!r} against {yp!r}")
    return counts, examples


def main(argv):
    if len(argv) != 3 or not all(os.path.isdir(d) for d in argv[1:]):
        sys.exit("usage: same_site.py HUGO_PUBLIC GAZETTE_PUBLIC")
    counts, examples = compare(argv[1], argv[2])
    summary = ", ".join(f"{k} {counts[k]}" for k in ("articles", "lists", "list ties", "feeds", "feed ties"))
    different = {k: v for k, v in counts.items() if k.endswith("differ")}
    if different:
        print("NOT equivalent: " + ", ".join(f"{k} {v}" for k, v in sorted(different.items())) + f" ({summary})")
        for e in examples:
            print("  " + e)
        return 1
    print(f"equivalent ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
