// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // After an answer arrives, move focus to it so keyboard and screen-reader users find it.
  document.addEventListener("htmx:afterSwap", (e) => {
    const heading = e.target.querySelector && e.target.querySelector(".answer-head, .field-error");
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
  });
})();
