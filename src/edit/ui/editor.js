// The editor's script: everything works without it (forms post, pages come back with their
// problems); with it, problems show while you type, the summary counts its characters, a small
// toolbar writes Markdown marks, and a photo can be dropped on the text. No framework, nothing
// from another site (the page's Content-Security-Policy allows only this file).
"use strict";

(function () {
  const csrf = document.body.dataset.csrf || "";

  // Characters as people count them (an emoji is one), against the form's limit.
  function counter(field) {
    const output = document.querySelector(`output[data-of="${field.id}"]`);
    if (!output) return;
    const max = Number(field.dataset.max);
    const update = () => {
      const count = Array.from(field.value).length;
      output.textContent = `${count} / ${max}`;
      output.classList.toggle("over", count > max);
    };
    field.addEventListener("input", update);
    update();
  }
  document.querySelectorAll("[data-max]").forEach(counter);

  // Checks while typing: the form as it is, checked by the server, problems put by each field.
  function problemList(problems) {
    const list = document.createElement("ul");
    list.className = "field-problems";
    for (const problem of problems) {
      const item = document.createElement("li");
      item.className = problem.error ? "error" : "warning";
      item.textContent = problem.message;
      if (problem.hint) {
        const hint = document.createElement("span");
        hint.className = "hint";
        hint.textContent = " " + problem.hint;
        item.append(hint);
      }
      if (problem.body_line) item.dataset.bodyLine = problem.body_line;
      list.append(item);
    }
    return list;
  }

  function show(form, problems) {
    const slots = form.querySelectorAll(".problem-slot");
    if (slots.length) {
      const known = new Set(Array.from(slots, (slot) => slot.dataset.field));
      for (const slot of slots) {
        const mine = problems.filter((p) => (known.has(p.field) ? p.field : "file") === slot.dataset.field);
        slot.replaceChildren(...(mine.length ? [problemList(mine)] : []));
      }
    } else {
      const list = document.querySelector("#source-problems, #campaign-problems");
      if (list) list.replaceChildren(...problemList(problems).children);
    }
    const status = document.getElementById("status");
    if (status) {
      const errors = problems.filter((p) => p.error).length;
      const warnings = problems.length - errors;
      const line = document.createElement("p");
      line.className = errors ? "error" : warnings ? "warning" : "ok";
      line.textContent = problems.length
        ? `${status.dataset.errors} ${errors} · ${status.dataset.warnings} ${warnings}`
        : status.dataset.none;
      status.replaceChildren(line);
    }
  }

  function encode(form) {
    const data = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string") data.append(name, value);
    }
    return data;
  }

  function liveChecks(form) {
    let timer = null;
    let sent = 0;
    const run = async () => {
      const mine = ++sent;
      try {
        const answer = await fetch(form.dataset.check, {
          method: "POST",
          headers: { Accept: "application/json", "X-Altavoz-Csrf": csrf },
          body: encode(form),
          credentials: "same-origin",
        });
        if (!answer.ok || mine !== sent) return;
        show(form, await answer.json());
      } catch (_) {
        // The preview stopped: the form still saves when it is back.
      }
    };
    form.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    });
    form.addEventListener("change", () => {
      clearTimeout(timer);
      timer = setTimeout(run, 100);
    });
  }
  document.querySelectorAll("form[data-check]").forEach(liveChecks);

  // Myth and fact belong to myth pages: shown for them, or when they hold text.
  const kind = document.getElementById("f-kind");
  const mythFields = document.querySelector(".myth-fields");
  if (kind && mythFields) {
    const toggle = () => {
      const filled = Array.from(mythFields.querySelectorAll("textarea")).some((t) => t.value.trim());
      mythFields.hidden = kind.value !== "myth" && !filled;
    };
    kind.addEventListener("change", toggle);
    toggle();
  }

  // The toolbar: Markdown marks around the selection, or at the start of its lines.
  const body = document.getElementById("f-body");
  const toolbar = document.querySelector(".toolbar");
  function replaceSelection(field, make) {
    const { selectionStart: start, selectionEnd: end, value } = field;
    const [text, cursorStart, cursorEnd] = make(value.slice(start, end));
    field.setRangeText(text, start, end, "select");
    field.setSelectionRange(start + cursorStart, start + cursorEnd);
    field.focus();
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }
  function prefixLines(field, prefix) {
    const { selectionStart, selectionEnd, value } = field;
    const start = value.lastIndexOf("\n", selectionStart - 1) + 1;
    field.setSelectionRange(start, selectionEnd);
    replaceSelection(field, (lines) => {
      const text = lines.split("\n").map((line) => prefix + line.replace(/^(#+ |- )/, "")).join("\n");
      return [text, text.length, text.length];
    });
  }
  if (body && toolbar) {
    toolbar.hidden = false;
    const actions = {
      bold: () => replaceSelection(body, (s) => [`**${s}**`, 2, 2 + s.length]),
      italic: () => replaceSelection(body, (s) => [`*${s}*`, 1, 1 + s.length]),
      heading: () => prefixLines(body, "## "),
      list: () => prefixLines(body, "- "),
      link: () => replaceSelection(body, (s) => [`[${s}](https://)`, s.length + 3, s.length + 11]),
      image: () => {
        const file = document.getElementById("u-photo");
        if (file) file.focus();
      },
    };
    toolbar.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-md]");
      if (button) actions[button.dataset.md]();
    });
    // Arrow keys move between the toolbar's buttons (one tab stop for the toolbar).
    const buttons = Array.from(toolbar.querySelectorAll("button"));
    buttons.forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
    toolbar.addEventListener("keydown", (event) => {
      const at = buttons.indexOf(document.activeElement);
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (at < 0 || !step) return;
      event.preventDefault();
      const next = buttons[(at + step + buttons.length) % buttons.length];
      buttons.forEach((b) => (b.tabIndex = -1));
      next.tabIndex = 0;
      next.focus();
    });
  }

  // Photos: sent without leaving the page, their Markdown put where the cursor is in the text.
  const upload = document.getElementById("upload-form");
  if (upload) {
    const result = upload.querySelector(".upload-result");
    const fileInput = upload.querySelector("#u-photo");
    const drop = upload.querySelector(".drop");
    if (drop) drop.hidden = false;
    const send = async () => {
      const data = new FormData(upload);
      try {
        const answer = await fetch(upload.action, {
          method: "POST",
          headers: { Accept: "application/json", "X-Altavoz-Csrf": csrf },
          body: data,
          credentials: "same-origin",
        });
        const said = await answer.json();
        if (!answer.ok) {
          result.textContent = said.error || "";
          return;
        }
        if (body) {
          const at = body.selectionEnd || body.value.length;
          body.setRangeText(`\n\n${said.markdown}\n\n`, at, at, "end");
          body.dispatchEvent(new Event("input", { bubbles: true }));
        }
        result.textContent = said.markdown;
        upload.reset();
      } catch (_) {
        upload.submit();
      }
    };
    upload.addEventListener("submit", (event) => {
      event.preventDefault();
      send();
    });
    const dropped = (event) => {
      const files = event.dataTransfer && event.dataTransfer.files;
      if (!files || !files.length) return;
      event.preventDefault();
      fileInput.files = files;
      const alt = upload.querySelector("#u-alt");
      if (!alt.value.trim() && !upload.querySelector("#u-decorative").checked) {
        alt.focus();
        return;
      }
      send();
    };
    for (const target of [upload, body].filter(Boolean)) {
      target.addEventListener("dragover", (event) => {
        if (event.dataTransfer && Array.from(event.dataTransfer.types).includes("Files")) event.preventDefault();
      });
      target.addEventListener("drop", dropped);
    }
  }

  // Colours: how white text reads on the main colour (WCAG contrast), as it is picked.
  const primary = document.getElementById("primary");
  const contrast = document.getElementById("contrast");
  if (primary && contrast) {
    const channel = (c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    const luminance = (hex) => {
      const n = parseInt(hex.slice(1), 16);
      return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
    };
    const update = () => {
      const ratio = 1.05 / (luminance(primary.value) + 0.05);
      const ok = ratio >= 4.5;
      contrast.textContent = `${ok ? contrast.dataset.ok : contrast.dataset.low} (${ratio.toFixed(1)}:1)`;
      contrast.classList.toggle("low", !ok);
    };
    primary.addEventListener("input", update);
    update();
  }
})();
