// Readers' voice: captcha refresh and rating by fetch. Both forms work without this file.
(function () {
  "use strict";

  // The captcha: a code is made only when a reader starts writing (no row per page view),
  // and "show another code" swaps the picture and key in place instead of posting the form.
  document.querySelectorAll("[data-captcha-refresh]").forEach(function (button) {
    var form = button.form;
    var image = form && form.querySelector("[data-captcha-image]");
    var key = form && form.querySelector('input[name="captcha_0"]');
    var answer = form && form.querySelector('input[name="captcha_1"]');
    var hint = form && form.querySelector("[data-captcha-hint]");
    if (!image || !key || !window.fetch) { return; }  // let the form post: no-JS path

    function load(focusAnswer) {
      button.disabled = true;
      return fetch(button.getAttribute("data-captcha-refresh"), {
        headers: { "X-Requested-With": "XMLHttpRequest" },
        credentials: "same-origin"
      })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (data) {
          image.src = data.image_url;
          image.hidden = false;
          key.value = data.key;
          button.textContent = button.getAttribute("data-captcha-label");
          if (hint) { hint.hidden = true; }
          if (answer) { answer.value = ""; if (focusAnswer) { answer.focus(); } }
        })
        .finally(function () { button.disabled = false; });
    }

    form.addEventListener("focusin", function () {
      if (!key.value && !button.disabled) { load(false).catch(function () {}); }
    });
    button.addEventListener("click", function (event) {
      event.preventDefault();
      load(true).catch(function () {
        form.requestSubmit ? form.requestSubmit(button) : form.submit();
      });
    });
  });

  // Rating: post the chosen stars, then update the summary and say thanks in place.
  document.querySelectorAll("[data-rating-form]").forEach(function (form) {
    var status = form.querySelector("[data-rating-status]");
    var summary = document.querySelector("[data-rating-summary]");
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !window.FormData) { return; }
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      if (button) { button.disabled = true; }
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "Accept": "application/json", "X-Requested-With": "fetch" },
        credentials: "same-origin"
      })
        .then(function (response) {
          return response.json().then(function (data) { return { ok: response.ok, data: data }; });
        })
        .then(function (result) {
          if (result.ok) {
            if (summary) { summary.textContent = result.data.summary; }
            status.textContent = result.data.message;
            status.className = "rating-status ok";
          } else {
            status.textContent = result.data.error;
            status.className = "rating-status error";
          }
        })
        .catch(function () { form.submit(); })  // network trouble: fall back to a plain post
        .then(function () { if (button) { button.disabled = false; } });
    });
  });
})();
