// The board's only script: copy a draft, and reload when what the page shows has changed.
"use strict";
(function () {
  const POLL_MS = 2000;
  const body = document.body;
  const known = body.dataset.fingerprint;
  const interview = body.dataset.interview;
  let changed = false;
  let submitting = false;  // a form's answer is on its way: it brings the fresh page itself
  document.addEventListener("submit", function () { submitting = true; });

  function busy() {
    const el = document.activeElement;
    return el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA") && el.value !== el.defaultValue;
  }

  async function poll() {
    try {
      const url = "/fingerprint" + (interview ? "?interview=" + encodeURIComponent(interview) : "");
      const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
      if (response.ok && (await response.text()) !== known) changed = true;
    } catch (e) { /* the board stopped: keep the page as it is */ }
    if (changed && !busy() && !submitting) { location.replace(location.pathname); return; }
    setTimeout(poll, POLL_MS);
  }
  setTimeout(poll, POLL_MS);

  document.addEventListener("click", async function (event) {
    const button = event.target.closest("button.copy");
    if (!button) return;
    const area = document.getElementById(button.dataset.copy);
    const note = document.getElementById("note");
    try {
      await navigator.clipboard.writeText(area.value);
    } catch (e) {
      area.select();
      document.execCommand("copy");
    }
    note.textContent = "Draft copied.";
  });
})();
