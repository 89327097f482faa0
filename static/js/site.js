// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  var toggle = document.querySelector(".menu-toggle");
  var menu = document.getElementById("menu-list");
  if (toggle && menu) {
    // Without JavaScript the menu is simply open; with it, it folds behind the button.
    menu.classList.add("collapsed");
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var collapsed = menu.classList.toggle("collapsed");
      toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
    });
  }
  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.addEventListener("click", function () { window.print(); });
  }
  var back = document.querySelector("[data-back]");
  if (back && window.history.length > 1 && document.referrer.indexOf(location.host) !== -1) {
    back.addEventListener("click", function (event) {
      event.preventDefault();
      window.history.back();
    });
  }
})();
