/* Warta: the copy buttons of a release's press kit and its share button. Without JavaScript the buttons stay
   hidden; the plain-text file, the citation and the share links are on the page for everyone. */
(function () {
  "use strict";
  // the system's share sheet, where the browser has one (phones): the links beside it work everywhere
  document.querySelectorAll(".share__native").forEach(function (item) {
    if (!navigator.share) return;
    item.hidden = false;
    var button = item.querySelector("button");
    button.addEventListener("click", function () {
      navigator.share({ title: button.getAttribute("data-share-title"), url: button.getAttribute("data-share-url") })
        .catch(function () { /* closed without sharing */ });
    });
  });
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
