// Site search for Gazette's default theme: loads search/index.json once and matches every
// space-separated word of the query as a substring of title, teaser, tags, channel and source.
// Chinese needs no word segmentation for this. Runs only on the search page.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.querySelector(".search-page form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!script || !form || !input || !list) return;
  var MAX = 50;
  var index = null;

  function words(q) {
    return q.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function show(q) {
    list.textContent = "";
    var ws = words(q);
    if (ws.length === 0) { status.textContent = ""; return; }
    var hits = index.filter(function (a) {
      var hay = (a.t + " " + a.s + " " + a.k + " " + a.c + " " + a.o).toLowerCase();
      return ws.every(function (w) { return hay.indexOf(w) >= 0; });
    });
    status.textContent = hits.length === 0 ? "没有找到与“" + q + "”相关的文章。"
      : "找到 " + hits.length + " 篇文章" + (hits.length > MAX ? "，显示最新 " + MAX + " 篇" : "") + "。";
    hits.slice(0, MAX).forEach(function (a) {
      var li = el("li", "teaser");
      var h = el("h2", "teaser-title");
      var link = el("a", null, a.t);
      link.href = a.u;
      h.appendChild(link);
      li.appendChild(h);
      li.appendChild(el("p", "teaser-summary", a.s));
      li.appendChild(el("p", "meta", a.c + " · " + a.d + " · 来源：" + a.o));
      list.appendChild(li);
    });
  }

  function run(q) {
    if (index) { show(q); return; }
    status.textContent = "正在载入索引……";
    fetch(script.getAttribute("data-index"))
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) { index = data; show(q); })
      .catch(function () { status.textContent = "搜索索引载入失败，请稍后再试。"; });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var q = input.value.trim();
    history.replaceState(null, "", "?q=" + encodeURIComponent(q));
    run(q);
  });
  var initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  if (initial) run(initial);
})();
