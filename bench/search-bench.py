#!/usr/bin/env python3
"""Site search at scale: index size, build time and, in headless Chromium, bytes and time per query.

    bench/search-bench.py [N ...]        default: 10000 100000
    RUNS=5 bench/search-bench.py 10000   cold runs per query (default 3; the median is shown)

For each N the corpus of bench/gen-corpus.py (cached in /tmp/gazette-corpus-N, as bench/bench.sh
does) is copied to /tmp/gazette-search-N with `search: true` and built once from scratch with
GAZETTE_CMD (default: the repository's ./gazette launcher) and --report. Reported:

  index        bytes on disk under public/search/ (and gzipped, as a host would send them) and files
  build        the whole build's wall time and its "search" step (the time search adds: the other
               steps do the same work with search off; body text goes to the body pack either way),
               and the build's peak heap
  per query    five fixed queries, each typed into /search/ of a fresh page with the cache disabled,
               served by a plain static server (Python's http.server, no compression):
               bytes = search.js + every file fetched from submit to results shown (raw, and gzipped
               sizes of the same files), files = how many, ms = from the form's submit to the ten
               results shown (the script's performance marks), the median of RUNS cold runs

Goal at 100,000 articles: under 300 KB per query including the script, under 300 ms to results.
Results go to stdout and $RESULTS/search-bench-<time>.md (default /tmp/gazette-bench-results).
Needs python3, chromium (apt-get install -y chromium) and, for the build, Java 17+ and Maven.
"""
import functools
import gzip
import hashlib
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "lib"))
from cdp import Browser  # noqa: E402

QUERIES = [
    ("two characters", "园区"),
    ("four characters", "人才引进"),
    ("two words", "苏州 马拉松"),
    ("rare word", "萧帅"),
    ("very common word", "苏州"),
]
RUNS = int(os.environ.get("RUNS", "3"))
GAZETTE = os.environ.get("GAZETTE_CMD", os.path.join(ROOT, "gazette")).split()
RESULTS = os.environ.get("RESULTS", "/tmp/gazette-bench-results")


def corpus(n):
    path = f"/tmp/gazette-corpus-{n}"
    gen = os.path.join(HERE, "gen-corpus.py")
    digest = hashlib.sha256(open(gen, "rb").read()).hexdigest()
    stamp = os.path.join(path, ".generator")
    if not os.path.exists(stamp) or open(stamp).read().strip() != digest:
        print(f"generating the corpus: {n} articles -> {path}", file=sys.stderr)
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, gen, "--articles", str(n), "--out", path, "--config"], check=True)
        with open(stamp, "w") as f:
            f.write(digest + "\n")
    return path


def site(n):
    src = corpus(n)
    path = f"/tmp/gazette-search-{n}"
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    for d in ("content", "static"):
        shutil.copytree(os.path.join(src, d), os.path.join(path, d))
    config = [line for line in open(os.path.join(src, "site-config.yml")) if not line.startswith("search:")]
    with open(os.path.join(path, "site-config.yml"), "w") as f:
        f.writelines(config + ["search: true\n"])
    return path


def build(path):
    report = os.path.join(path, "report.json")
    t0 = time.monotonic()
    subprocess.run(GAZETTE + ["build", "--site", path, "--no-cache", "--quiet", "--report", report], check=True)
    wall = time.monotonic() - t0
    data = json.load(open(report))
    return wall, data["timings"].get("search", 0), data.get("peakHeapBytes", 0)


def index_size(public):
    raw = gz = files = 0
    for folder, _, names in os.walk(os.path.join(public, "search")):
        for name in names:
            if name == "index.html":
                continue
            data = open(os.path.join(folder, name), "rb").read()
            raw += len(data)
            gz += len(gzip.compress(data, 6))
            files += 1
    return raw, gz, files


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(public):
    handler = functools.partial(Quiet, directory=public)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def gzipped(public, url):
    path = urllib.parse.unquote(urllib.parse.urlparse(url).path).lstrip("/")
    full = os.path.join(public, path)
    if full.endswith("/"):
        full += "index.html"
    return len(gzip.compress(open(full, "rb").read(), 6))


def query(browser, base, public, q):
    page = browser.page()
    try:
        page.call("Network.enable")
        page.call("Network.setCacheDisabled", cacheDisabled=True)
        page.call("Page.enable")
        page.call("Page.navigate", url=base + "/search/")
        page.wait_for("document.readyState === 'complete' && !!document.getElementById('search-q')")
        page.eval("performance.setResourceTimingBufferSize(10000); performance.clearResourceTimings(); 1")
        page.eval(f"document.getElementById('search-q').value = {json.dumps(q)};"
                  "document.querySelector('.search-page form').requestSubmit(); 1")
        page.wait_for("performance.getEntriesByName('gazette-search-shown').length > 0", 60)
        ms = page.eval("performance.getEntriesByName('gazette-search-shown')[0].startTime"
                       " - performance.getEntriesByName('gazette-search-start')[0].startTime")
        urls = page.eval("performance.getEntriesByType('resource').map(r => r.name)")
        script = page.eval("performance.getEntriesByType('resource').length >= 0 &&"
                           " document.querySelector('script[data-index]').src")
        hits = page.eval("document.getElementById('search-status').textContent")
        files = [script] + urls
        raw = sum(os.path.getsize(os.path.join(public, urllib.parse.unquote(urllib.parse.urlparse(u).path).lstrip("/")))
                  for u in files)
        gz = sum(gzipped(public, u) for u in files)
        return ms, raw, gz, len(files), hits
    finally:
        page.close()


def kb(b):
    return f"{b / 1024:.0f} KB"


def main(sizes):
    os.makedirs(RESULTS, exist_ok=True)
    out = [f"# search-bench.py {time.strftime('%F %T UTC', time.gmtime())}, RUNS={RUNS}; "
           f"{os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}", ""]
    for n in sizes:
        path = site(n)
        print(f"building {n} articles in {path}", file=sys.stderr)
        wall, search_ms, heap = build(path)
        public = os.path.join(path, "public")
        raw, gz, files = index_size(public)
        out += [f"## {n} articles", "",
                f"index: {raw / 1048576:.1f} MiB on disk ({gz / 1048576:.1f} MiB gzipped) in {files} files; "
                f"build {wall:.1f} s, of which the search step {search_ms / 1000:.1f} s; peak heap {heap / 1048576:.0f} MiB", "",
                "| query | | results | fetched (raw) | gzipped | files | ms to results (median) | runs |",
                "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"]
        server = serve(public)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            with Browser() as browser:
                for label, q in QUERIES:
                    runs = [query(browser, base, public, q) for _ in range(RUNS)]
                    ms = [r[0] for r in runs]
                    _, raw_q, gz_q, nfiles, hits = runs[0]
                    out.append(f"| {label} | {q} | {hits} | {kb(raw_q)} | {kb(gz_q)} | {nfiles} | "
                               f"{statistics.median(ms):.0f} | {' '.join(f'{m:.0f}' for m in ms)} |")
                    print(out[-1], file=sys.stderr)
        finally:
            server.shutdown()
        out.append("")
    text = "\n".join(out) + "\n"
    print(text)
    name = os.path.join(RESULTS, "search-bench-" + time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + ".md")
    with open(name, "w") as f:
        f.write(text)


if __name__ == "__main__":
    args = sys.argv[1:] or ["10000", "100000"]
    if not all(a.isdigit() and int(a) > 0 for a in args):
        sys.exit("usage: bench/search-bench.py [N ...] (N = number of articles)")
    main([int(a) for a in args])
