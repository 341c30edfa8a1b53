/* 字号: keeps the reader's font size across pages and visits. Loaded right after the radios, so the
   stored choice is applied before the body is painted; without JavaScript the radios still work. */
(function () {
  var key = "gazette-font-size";
  try {
    var stored = window.localStorage.getItem(key);
    var radio = stored && document.getElementById("fs-" + stored);
    if (radio && radio.name === "fs") {
      radio.checked = true;
    }
    document.addEventListener("change", function (e) {
      if (e.target && e.target.name === "fs") {
        window.localStorage.setItem(key, e.target.value);
      }
    });
  } catch (err) {
    /* storage switched off: the choice lasts for this page only */
  }
})();
