/* 图集: one photo at a time, with 上一张/下一张, thumbnails and the keyboard (← → Home End).
   The theme's own script, no library. Without it every photo is shown in order. */
(function () {
  function enhance(gallery) {
    var slides = gallery.querySelectorAll(".gallery-slide");
    var thumbs = gallery.querySelectorAll(".gallery-thumb");
    var status = gallery.querySelector(".gallery-status");
    var prev = gallery.querySelector(".gallery-prev");
    var next = gallery.querySelector(".gallery-next");
    var list = gallery.querySelector(".gallery-slides");
    var n = slides.length;
    var current = 0;
    if (n < 2) {
      return;
    }
    gallery.classList.add("is-enhanced");
    gallery.querySelector(".gallery-controls").hidden = false;
    gallery.querySelector(".gallery-thumbs").hidden = false;
    list.tabIndex = 0;

    function show(i) {
      current = (i + n) % n;
      for (var k = 0; k < n; k++) {
        slides[k].hidden = k !== current;
        if (thumbs[k]) {
          if (k === current) {
            thumbs[k].setAttribute("aria-current", "true");
          } else {
            thumbs[k].removeAttribute("aria-current");
          }
        }
      }
      // the next photo starts loading before it is asked for
      var img = slides[(current + 1) % n].querySelector("img");
      if (img) {
        img.loading = "eager";
      }
      status.textContent = "图集 第 " + (current + 1) + " 张，共 " + n + " 张";
    }

    prev.addEventListener("click", function () { show(current - 1); });
    next.addEventListener("click", function () { show(current + 1); });
    for (var t = 0; t < thumbs.length; t++) {
      thumbs[t].addEventListener("click", function (e) {
        show(parseInt(e.currentTarget.getAttribute("data-index"), 10));
      });
    }
    gallery.addEventListener("keydown", function (e) {
      var key = e.key;
      if (key === "ArrowLeft") {
        show(current - 1);
      } else if (key === "ArrowRight") {
        show(current + 1);
      } else if (key === "Home") {
        show(0);
      } else if (key === "End") {
        show(n - 1);
      } else {
        return;
      }
      e.preventDefault();
    });
    function fromHash() {
      var m = /^#photo-(\d+)$/.exec(window.location.hash);
      return m ? Math.min(n, Math.max(1, parseInt(m[1], 10))) - 1 : -1;
    }
    window.addEventListener("hashchange", function () {
      if (fromHash() >= 0) {
        show(fromHash());
      }
    });
    show(Math.max(0, fromHash()));
  }

  var galleries = document.querySelectorAll("[data-gallery]");
  for (var g = 0; g < galleries.length; g++) {
    enhance(galleries[g]);
  }
})();
