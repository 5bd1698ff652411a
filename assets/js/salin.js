/* Warta: the copy buttons of a release's press kit. Without JavaScript the buttons stay hidden; the plain-text
   file and the citation are on the page for everyone. */
(function () {
  "use strict";
  if (!navigator.clipboard || !window.fetch) return;
  var status = document.querySelector("[data-copy-status]");
  function say(message) {
    if (status) status.textContent = message;
  }
  function textOf(button) {
    var from = button.getAttribute("data-copy-from");
    if (from) return Promise.resolve(document.getElementById(from).textContent.trim());
    return fetch(button.getAttribute("data-copy-url")).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    });
  }
  document.querySelectorAll(".press__copy").forEach(function (item) {
    item.hidden = false;
    var button = item.querySelector("button");
    button.addEventListener("click", function () {
      say("");
      textOf(button)
        .then(function (text) { return navigator.clipboard.writeText(text); })
        .then(function () { say(button.getAttribute("data-copied")); },
              function () { say("Gagal menyalin. Buka tautan teks polos dan salin dari sana."); });
    });
  });
})();
