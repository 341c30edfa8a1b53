// Site search for Gazette's default theme. Nothing is fetched until the reader searches; then
// search/index.json (the shard ranges and file names), the shards holding the query's tokens,
// and the block and text files of the ten results shown. The index is Gazette's (see
// dev.gazette.search): text folded code point by code point (NFKC, lower case, Traditional to
// Simplified, Latin accents dropped), CJK characters indexed one by one and in pairs, runs of
// letters and runs of digits as words. This file repeats that folding exactly; the build's tests
// compare the two.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.querySelector(".search-page form");
  var input = document.getElementById("search-q");
  var channelSelect = document.getElementById("search-channel");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var moreButton = document.getElementById("search-more");
  if (!script || !form || !input || !list) return;
  var PAGE = 10;
  var PHRASE = 1.5;      // a pair of query terms found side by side counts this much of its weight on top
  var RECENCY = 0.05;    // the newest article gets this much more than the oldest, all else equal
  var CONTEXT = 36;      // snippet characters before the match
  var SNIPPET = 110;     // snippet length
  var indexUrl = new URL(script.getAttribute("data-index"), location.href);
  var manifest = null;
  var t2s = null;
  var files = {};
  var shown = [];
  var current = null;

  // ---- folding, as dev.gazette.search.Folding and Tokens do it

  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var LATIN = /\p{Script=Latin}/u;
  var LETTER = /\p{L}/u;
  var DIGIT = /\p{Nd}/u;
  var MARK = /\p{M}/u;
  var folds = new Map();   // code point to its folded characters and their kinds, made once each

  // c CJK, w letter, d digit, "" mark (dropped), " " break
  function kind(c) {
    if (CJK.test(c)) return LETTER.test(c) ? "c" : " ";
    if (DIGIT.test(c)) return "d";
    if (LETTER.test(c)) return "w";
    if (MARK.test(c)) return "";
    return " ";
  }

  // What one code point folds to (NFKC, lower case, the table, Latin letters decomposed), with kinds.
  function fold(cp) {
    var f = folds.get(cp);
    if (f) return f;
    f = [];
    var nfkc = cp.charCodeAt(0) < 0x80 ? cp.toLowerCase() : cp.normalize("NFKC").toLowerCase();
    for (var c of nfkc) {
      c = (t2s && t2s.get(c)) || c;
      if (c.charCodeAt(0) >= 0x80 && LATIN.test(c)) c = c.normalize("NFD");
      for (var d of c) f.push({ c: d, k: kind(d) });
    }
    folds.set(cp, f);
    return f;
  }

  // The units (CJK characters, words of letters, words of digits) of a text, each with where it
  // is in the original.
  function units(text) {
    var out = [];
    var word = null;
    var i = 0;
    function end() { if (word) { out.push(word); word = null; } }
    for (var cp of text) {
      var folded = fold(cp);
      for (var j = 0; j < folded.length; j++) {
        var c = folded[j].c;
        var k = folded[j].k;
        if (k === "c") {
          end();
          out.push({ u: c, start: i, end: i + cp.length });
        } else if (k === "w" || k === "d") {
          if (word && word.k !== k) end();
          if (word) { word.u += c; word.end = i + cp.length; } else word = { u: c, k: k, start: i, end: i + cp.length };
        } else if (k === " ") {
          end();
        } else if (word) {
          word.end = i + cp.length;
        }
      }
      i += cp.length;
    }
    end();
    return out;
  }

  function isCjk(u) { return u.length <= 2 && Array.from(u).length === 1 && kind(u) === "c"; }

  function pair(a, b) { return isCjk(a) && isCjk(b) ? a + b : a + " " + b; }

  // The query's terms (split where the query has spaces or punctuation), each a list of units.
  function terms(q) {
    var all = [];
    var term = [];
    var last = 0;
    units(q).forEach(function (u) {
      if (term.length && /[\s\p{P}\p{S}]/u.test(q.slice(last, u.start))) { all.push(term); term = []; }
      term.push(u.u);
      last = u.end;
    });
    if (term.length) all.push(term);
    return all;
  }

  // What a query needs: every pair of units within a term (a term of one unit: the unit), and
  // optionally the pair across each two neighbouring terms, a sign that they stand together.
  function plan(termList) {
    var need = [];
    var joins = [];
    termList.forEach(function (t, i) {
      if (t.length === 1) need.push(t[0]);
      for (var j = 1; j < t.length; j++) need.push(pair(t[j - 1], t[j]));
      if (i > 0) joins.push(pair(termList[i - 1][termList[i - 1].length - 1], t[0]));
    });
    return { need: unique(need), joins: unique(joins).filter(function (j) { return need.indexOf(j) < 0; }) };
  }

  function unique(xs) { return xs.filter(function (x, i) { return xs.indexOf(x) === i; }); }

  // ---- fetching

  function get(path, as) {
    var url = new URL(path, indexUrl).href;
    if (!files[url]) {
      files[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return as === "bytes" ? r.arrayBuffer().then(function (b) { return new Uint8Array(b); })
          : as === "text" ? r.text() : r.json();
      });
      files[url].catch(function () { delete files[url]; });
    }
    return files[url];
  }

  function load() {
    if (manifest) return Promise.resolve(manifest);
    return fetch(indexUrl.href).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (m) {
      return get(m.t2s).then(function (table) {
        var from = Array.from(table.from);
        var to = Array.from(table.to);
        t2s = new Map();
        from.forEach(function (c, i) { t2s.set(c, to[i]); });
        folds = new Map();
        manifest = m;
        return m;
      });
    });
  }

  function shardOf(token) {
    var first = manifest.separators;
    var lo = 0;
    var hi = first.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (first[mid] <= token) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // The entries of the given tokens in one shard (see TokenEntry for the format).
  function read(bytes, wanted, found) {
    var pos = 0;
    var decoder = new TextDecoder();
    function varint() {
      var v = 0;
      for (var shift = 0; ; shift += 7) {
        var x = bytes[pos++];
        v += (x & 0x7f) * Math.pow(2, shift);
        if (x < 0x80) return v;
      }
    }
    while (pos < bytes.length) {
      var n = varint();
      var token = decoder.decode(bytes.subarray(pos, pos + n));
      pos += n;
      var df = varint();
      var k = varint();
      var want = wanted.indexOf(token) >= 0;
      var ids = want ? new Int32Array(k) : null;
      for (var i = 0, doc = -1; i < k; i++) { doc += varint(); if (want) ids[i] = doc; }
      var weights = bytes.subarray(pos, pos + k);
      pos += k;
      var rest = bytes[pos++];
      var listKind = bytes[pos++];
      var m = varint();
      if (want) found[token] = { df: df, ids: ids, weights: weights, rest: rest, kind: listKind, list: bytes.subarray(pos, pos + m) };
      pos += m;
    }
  }

  function entries(tokens) {
    var byShard = {};
    tokens.forEach(function (t) { var s = shardOf(t); (byShard[s] = byShard[s] || []).push(t); });
    var found = {};
    return Promise.all(Object.keys(byShard).map(function (s) {
      var name = "s/" + s + "-" + manifest.shards.substr(8 * s, 8) + ".bin";
      return get(name, "bytes").then(function (bytes) { read(bytes, byShard[s], found); });
    })).then(function () { return found; });
  }

  // ---- ranking

  // Every article of a token's entry, ascending.
  function docsOf(e) {
    if (e.kind === 0) return Array.from(e.ids);
    var out = [];
    if (e.kind === 1) {
      for (var pos = 0, doc = -1; pos < e.list.length; ) {
        var v = 0;
        for (var shift = 0; ; shift += 7) {
          var x = e.list[pos++];
          v += (x & 0x7f) * Math.pow(2, shift);
          if (x < 0x80) break;
        }
        doc += v;
        out.push(doc);
      }
    } else {
      for (var b = 0; b < e.list.length; b++) {
        for (var bit = 0; e.list[b] >> bit; bit++) if (e.list[b] & (1 << bit)) out.push(b * 8 + bit);
      }
    }
    return out;
  }

  // A token's weight in every article, 0 where it is missing (a stored weight is never 0).
  function weights(e) {
    var w = new Float32Array(manifest.docs);
    var max = Math.log1p(manifest.maxWeight);
    function value(q) { return Math.expm1(q / 255 * max); }
    if (e.kind !== 0) {
      var rest = value(e.rest);
      docsOf(e).forEach(function (d) { w[d] = rest; });
    }
    for (var i = 0; i < e.ids.length; i++) w[e.ids[i]] = value(e.weights[i]);
    return w;
  }

  // Every article with all the needed tokens (and in the channel), best first; ties: newest first.
  function rank(p, found, channel) {
    for (var i = 0; i < p.need.length; i++) if (!found[p.need[i]]) return [];
    if (channel && !found["#" + channel]) return [];
    var need = p.need.map(function (t) { return found[t]; }).sort(function (a, b) { return a.df - b.df; });
    if (channel) need.push(found["#" + channel]);
    var candidates = docsOf(need[0]);
    var maps = need.map(weights);
    if (channel) maps[maps.length - 1] = maps[maps.length - 1].map(function (w) { return w > 0 ? 1e-9 : 0; });
    var joins = p.joins.filter(function (t) { return found[t]; }).map(function (t) { return weights(found[t]); });
    var n = manifest.docs;
    var hits = [];
    candidates.forEach(function (doc) {
      var score = 0;
      for (var i = 0; i < maps.length; i++) {
        var w = maps[i][doc];
        if (!w) return;
        score += w;
      }
      for (var j = 0; j < joins.length; j++) score += PHRASE * joins[j][doc];
      hits.push({ doc: doc, score: score * (1 + RECENCY * (doc + 1) / n) });
    });
    return hits.sort(function (a, b) { return b.score - a.score || b.doc - a.doc; });
  }

  // ---- showing

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // Where the query's terms occur in a text: [start, end) ranges of the original, in order.
  function matches(text, termList) {
    var us = units(text);
    var ranges = [];
    for (var i = 0; i < us.length; i++) {
      termList.forEach(function (t) {
        if (i + t.length > us.length) return;
        for (var j = 0; j < t.length; j++) if (us[i + j].u !== t[j]) return;
        // unit by unit, so a quote or space between them stays unmarked
        for (j = 0; j < t.length; j++) ranges.push([us[i + j].start, us[i + j].end]);
      });
    }
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  // Appends text[from, to) to parent with the matches in <mark>.
  function highlight(parent, text, ranges, from, to) {
    var at = from;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], from);
      var e = Math.min(r[1], to);
      if (s >= e) return;
      if (s > at) parent.appendChild(document.createTextNode(text.slice(at, s)));
      parent.appendChild(el("mark", null, text.slice(s, e)));
      at = e;
    });
    if (at < to) parent.appendChild(document.createTextNode(text.slice(at, to)));
  }

  function snippet(parent, texts, termList) {
    var body = texts.b;
    var ranges = matches(body, termList);
    var text = body;
    if (!ranges.length && texts.l) {
      text = texts.l;
      ranges = matches(text, termList);
    }
    var start = ranges.length ? Math.max(0, ranges[0][0] - CONTEXT) : 0;
    while (start > 0 && start < text.length && /[\uDC00-\uDFFF]/.test(text[start])) start--;
    var end = Math.min(text.length, start + SNIPPET);
    if (start > 0) parent.appendChild(document.createTextNode("…"));
    highlight(parent, text, ranges, start, end);
    if (end < text.length) parent.appendChild(document.createTextNode("…"));
  }

  // One result: t title, u URL, d date, c channel, l summary, b body text (see SearchIndex).
  function item(texts, termList) {
    var li = el("li", "teaser");
    var h = el("h2", "teaser-title");
    var link = el("a");
    link.href = texts.u;
    highlight(link, texts.t, matches(texts.t, termList), 0, texts.t.length);
    h.appendChild(link);
    li.appendChild(h);
    var p = el("p", "teaser-summary");
    snippet(p, texts, termList);
    li.appendChild(p);
    var info = el("p", "meta");
    if (texts.c) {
      info.appendChild(el("span", "meta-channel", texts.c));
      info.appendChild(document.createTextNode(" "));
    }
    var time = el("time", null, texts.d);
    time.setAttribute("datetime", texts.d);
    info.appendChild(time);
    li.appendChild(info);
    return li;
  }

  function showMore(search) {
    var next = search.hits.slice(shown.length, shown.length + PAGE);
    return Promise.all(next.map(function (hit) {
      var b = Math.floor(hit.doc / manifest.block);
      var name = "b/" + b + "-" + manifest.blocks.substr(8 * b, 8) + ".txt";
      return get(name, "text").then(function (block) {
        var at = (hit.doc - b * manifest.block) * manifest.textHash;
        return get("f/" + block.substr(at, manifest.textHash) + ".json");
      }).then(function (texts) { return item(texts, search.terms); });
    })).then(function (items) {
      if (current !== search) return;
      items.forEach(function (li) { list.appendChild(li); shown.push(li); });
      if (moreButton) moreButton.hidden = shown.length >= search.hits.length;
      performance.mark("gazette-search-shown");
    });
  }

  function channelName(id) {
    if (!channelSelect) return "";
    var o = channelSelect.querySelector('option[value="' + CSS.escape(id) + '"]');
    return o ? o.textContent.trim() : id;
  }

  function describe(search) {
    var where = search.channel ? "“" + channelName(search.channel) + "”频道中" : "";
    if (!search.hits.length) return where + "没有找到与“" + search.q + "”相关的文章。";
    return where + "找到 " + search.hits.length + " 篇与“" + search.q + "”相关的文章"
      + (search.relaxed ? "（没有完全相同的词句，以下文章含有其中的词语）" : "") + "。";
  }

  // A term of three or more units that found nothing is tried again as two-unit words apart.
  function relax(termList) {
    var out = [];
    termList.forEach(function (t) {
      if (t.length < 3) { out.push(t); return; }
      for (var i = 0; i < t.length; i += 2) out.push(t.slice(i, Math.min(t.length, i + 2)));
    });
    return out;
  }

  function find(termList, channel) {
    var p = plan(termList);
    var tokens = p.need.concat(p.joins);
    if (channel) tokens.push("#" + channel);
    return entries(tokens).then(function (found) { return rank(p, found, channel); });
  }

  function run(q, channel) {
    list.textContent = "";
    shown = [];
    if (moreButton) moreButton.hidden = true;
    if (!q) { status.textContent = ""; current = null; return Promise.resolve(); }
    var search = { q: q, channel: channel };
    current = search;
    status.textContent = "正在搜索……";
    performance.clearMarks("gazette-search-shown");
    performance.mark("gazette-search-start");
    return load().then(function () {
      search.terms = terms(q);
      if (!search.terms.length) return [];
      return find(search.terms, channel).then(function (hits) {
        var relaxed = relax(search.terms);
        if (hits.length || relaxed.length === search.terms.length) return hits;
        search.relaxed = true;
        search.terms = relaxed;
        return find(relaxed, channel);
      });
    }).then(function (hits) {
      if (current !== search) return;
      search.hits = hits;
      status.textContent = describe(search);
      if (!hits.length) performance.mark("gazette-search-shown");
      return showMore(search);
    }).catch(function () {
      if (current === search) status.textContent = "搜索索引载入失败，请稍后再试。";
    });
  }

  function params() {
    var u = new URLSearchParams(location.search);
    return { q: (u.get("q") || "").trim(), channel: u.get("channel") || "" };
  }

  function show(p) {
    input.value = p.q;
    var header = document.getElementById("site-search");
    if (header) header.value = p.q;
    if (channelSelect) channelSelect.value = p.channel;
    return run(p.q, channelSelect ? channelSelect.value : "");
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var p = { q: input.value.trim(), channel: channelSelect ? channelSelect.value : "" };
    var u = new URLSearchParams();
    if (p.q) u.set("q", p.q);
    if (p.channel) u.set("channel", p.channel);
    var query = u.toString();
    history.pushState(null, "", query ? "?" + query : location.pathname);
    show(p);
  });
  if (moreButton) moreButton.addEventListener("click", function () { if (current && current.hits) showMore(current); });
  window.addEventListener("popstate", function () { show(params()); });
  window.gazetteSearch = { units: function (s) { return load().then(function () { return units(s).map(function (u) { return u.u; }); }); } };
  show(params());
})();
