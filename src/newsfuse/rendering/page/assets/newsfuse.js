/* newsfuse: a citation chip opens its source at the cited passage and highlights it.
   Without this script the chip is a plain in-page link and still jumps to the passage. */
(function () {
  "use strict";

  function reveal(id) {
    var target = id ? document.getElementById(id) : null;
    var source = target ? target.closest("details.source") : null;
    if (!source) {
      return false;
    }
    source.open = true;
    var removed = target.closest("details.removed");
    if (removed) {
      removed.open = true;
    }
    document.querySelectorAll("mark.current").forEach(function (mark) {
      mark.classList.remove("current");
    });
    if (target.tagName === "MARK") {
      target.classList.add("current");
    }
    target.scrollIntoView({ block: "center" });
    return true;
  }

  function idOf(href) {
    try {
      return decodeURIComponent(href.slice(1));
    } catch (error) {
      return href.slice(1);
    }
  }

  document.addEventListener("click", function (event) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (!link) {
      return;
    }
    var id = idOf(link.getAttribute("href"));
    if (reveal(id)) {
      event.preventDefault();
      if (history.pushState) {
        history.pushState(null, "", "#" + id);
      }
    }
  });

  function fromHash() {
    if (location.hash.length > 1) {
      reveal(idOf(location.hash));
    }
  }

  window.addEventListener("hashchange", fromHash);
  window.addEventListener("popstate", fromHash);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fromHash);
  } else {
    fromHash();
  }
})();
