// Small extras on top of a page that works without JavaScript: a copy button, and "Neem over"
// buttons that put a rewritten sentence into the improved text.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    const status = button.parentElement.querySelector(".copy-status");
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.value);
      } catch {
        source.select();
        document.execCommand("copy");
      }
      status.textContent = "De tekst is gekopieerd.";
    });
  }
  const parts = document.getElementById("verbeterd-delen");
  if (!parts) return;
  const pieces = JSON.parse(parts.textContent);  // the improved text, cut around each rewritable sentence
  const improved = document.getElementById("verbeterd");
  const status = document.querySelector(".improved .copy-status");
  for (const button of document.querySelectorAll("button.apply")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      pieces[Number(button.dataset.piece)] = button.parentElement.querySelector(".rewrite-text").textContent;
      improved.value = pieces.join("");
      for (const other of document.querySelectorAll(`button.apply[data-piece="${button.dataset.piece}"]`)) {
        other.disabled = other === button;
        other.textContent = other === button ? "Overgenomen" : "Neem over";
      }
      status.textContent = "De nieuwe zin staat nu in de verbeterde tekst.";
    });
  }
});
