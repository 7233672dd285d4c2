// The script builder: sends the three inputs to /api/script-builder a moment after the person stops typing and
// shows the answer. User text only ever reaches the page
// as text (textContent and text nodes), never parsed as HTML.
"use strict";

(() => {
  const inputs = ["feeling", "behaviour", "request"].map(id => document.getElementById(id));
  const $ = id => document.getElementById(id);
  let timer = 0;
  let inFlight = null;

  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  // The formula with the words of each finding marked; overlapping findings share one mark.
  function showFormula(text, findings) {
    const formula = $("formula");
    formula.replaceChildren();
    if (!text) return;
    const spans = [];
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      const last = spans[spans.length - 1];
      if (last && f.start <= last.end) {
        last.end = Math.max(last.end, f.start + f.length);
        last.notes.push(f.explanation);
      } else {
        spans.push({ start: f.start, end: f.start + f.length, notes: [f.explanation] });
      }
    }
    let at = 0;
    for (const span of spans) {
      formula.append(text.slice(at, span.start));
      const mark = el("mark", text.slice(span.start, span.end));
      mark.title = span.notes.join("\n");
      formula.append(mark);
      at = span.end;
    }
    formula.append(text.slice(at));
  }

  // "values.request" or "request" -> the text of the input's label, such as "I'd like…".
  function labelFor(path) {
    const name = path.split(".").pop();
    const label = document.querySelector(`label[for="${CSS.escape(name)}"]`);
    return label ? `${label.textContent}:` : `${name}:`;
  }

  function showFindings(findings) {
    const list = $("findings");
    list.replaceChildren();
    for (const f of findings) {
      const item = el("li", undefined, "finding");
      item.append(el("span", `"${f.text}"`, "quote"), " ", el("span", `${f.kind.replace(/-/g, " ")}:`, "kind"), " ", el("span", f.explanation, "explanation"));
      if (f.suggestion) item.append(el("div", `Try instead: ${f.suggestion}`, "suggestion"));
      if (f.antidote) item.append(el("div", `Antidote: ${f.antidote} (see ${f.antidoteId})`, "antidote"));
      list.append(item);
    }
    $("coach-empty").hidden = findings.length > 0;
  }

  function showFeelingWarning(warnings) {
    const warning = warnings.find(w => w.parameter === "feeling");
    $("feeling-warning").hidden = !warning;
    $("feeling-warning-message").textContent = warning ? warning.message : "";
    $("feeling-alternatives").textContent = warning ? warning.alternatives.join(", ") : "";
  }

  function showSafety(safety) {
    const section = $("safety");
    section.hidden = safety.isSafe;
    $("safety-message").textContent = safety.isSafe ? "" : safety.message || "";
    const list = $("safety-resources");
    list.replaceChildren();
    for (const r of safety.isSafe ? [] : safety.resources) {
      list.append(el("li", r.description ? `${r.name}: ${r.contact} (${r.description})` : `${r.name}: ${r.contact}`));
    }
  }

  // The honesty formula asks the person to raise something with their partner: its safety note stands with it
  // whenever the screen finds nothing (the server sends none when it does, and the safety message shows instead).
  function showSafetyNote(note) {
    $("formula-safety").hidden = !note;
    $("formula-safety-note").textContent = note || "";
  }

  function show(result) {
    const findings = result.coach ? result.coach.findings : [];
    showSafety(result.safety);
    showFormula(result.safety.isSafe ? result.text : null, findings);
    showSafetyNote(result.safety.isSafe ? result.safetyNote : null);
    const missing = $("missing");
    missing.replaceChildren(...(result.safety.isSafe ? result.missing : []).map(p => el("li", `${labelFor(p.path)} ${p.message}`)));
    showFeelingWarning(result.safety.isSafe ? result.warnings : []);
    showFindings(findings);
    document.body.dataset.state = "ready";
  }

  async function update() {
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    const [feeling, behaviour, request] = inputs.map(i => i.value);
    try {
      const response = await fetch("/api/script-builder", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ feeling, behaviour, request }),
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`The server answered ${response.status}.`);
      const result = await response.json();
      if (controller !== inFlight) return;
      $("status").textContent = "";
      show(result);
    } catch (error) {
      if (error.name !== "AbortError") $("status").textContent = `Could not update: ${error.message}`;
    }
  }

  for (const input of inputs) {
    input.addEventListener("input", () => {
      document.body.dataset.state = "typing";
      clearTimeout(timer);
      timer = setTimeout(update, 250);
    });
  }
  $("builder").addEventListener("submit", event => event.preventDefault());
  update();
})();
