// The page's script: sends the chosen plan to /v1/validate three times (JSON for the summary,
// HTML for the report shown in the page, SARIF to download) and shows what came back. Nothing
// leaves this host; the file is not kept anywhere.
"use strict";

(function () {
  const texts = JSON.parse(document.getElementById("texts").textContent);
  const form = document.getElementById("check");
  const input = document.getElementById("plan");
  const drop = document.getElementById("drop");
  const lang = form.dataset.lang;
  const result = document.getElementById("result");
  const status = document.getElementById("status");
  const summary = document.getElementById("summary");
  const downloads = document.getElementById("downloads");
  const frame = document.getElementById("report");
  const frameHeading = document.getElementById("report-heading");
  let dropped = null;
  const urls = [];

  input.addEventListener("change", () => { dropped = null; });
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files.length > 0) {
      dropped = e.dataTransfer.files[0];
      form.requestSubmit();
    }
  });

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  async function post(file, format) {
    const body = new FormData();
    body.append("plan", file, file.name);
    return fetch("/v1/validate?format=" + format + "&lang=" + lang, { method: "POST", body });
  }

  function base(name) {
    return name.replace(/\.[^.]*$/, "");
  }

  function download(blob, name, label) {
    const url = URL.createObjectURL(blob);
    urls.push(url);
    const a = element("a", label);
    a.href = url;
    a.download = name;
    downloads.append(a);
  }

  function showProblems(problem) {
    summary.append(element("p", problem.title + ": " + problem.detail));
    const list = element("ul", undefined, "problems");
    for (const p of problem.problems || []) list.append(element("li", p.text));
    summary.append(list);
  }

  function showSummary(report) {
    summary.append(element("p", texts.score + ": " + report.score.summary, "score"));
    summary.append(element("h3", texts.findings + " (" + report.findings.length + ")"));
    if (report.findings.length === 0) {
      summary.append(element("p", texts.noFindings));
      return;
    }
    const list = element("ul", undefined, "findings");
    for (const f of report.findings) {
      const item = element("li");
      item.append(element("strong", texts.severity[f.severity] || f.severity, f.severity), " ");
      const code = element("a", f.code);
      code.href = "/v1/rules/" + encodeURIComponent(f.code) + "?lang=" + lang;
      code.title = texts.rule;
      item.append(code, " " + f.pointer + ": " + f.message);
      list.append(item);
    }
    summary.append(list);
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const file = dropped || input.files[0];
    result.hidden = false;
    summary.replaceChildren();
    downloads.replaceChildren();
    frame.hidden = true;
    frameHeading.hidden = true;
    urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
    if (!file) {
      status.textContent = texts.noFile;
      input.focus();
      return;
    }
    status.textContent = texts.checking;
    try {
      const json = await post(file, "json");
      const body = await json.json();
      if (!json.ok) {
        status.textContent = texts.failed + " (" + json.status + ")";
        showProblems(body);
        document.getElementById("result-heading").focus();
        return;
      }
      status.textContent = file.name;
      showSummary(body);
      const [html, sarif] = await Promise.all([post(file, "html"), post(file, "sarif")]);
      const page = await html.text();
      frame.srcdoc = page;
      frame.hidden = false;
      frameHeading.hidden = false;
      download(new Blob([page], { type: "text/html" }), base(file.name) + ".html", texts.downloadHtml);
      download(await sarif.blob(), base(file.name) + ".sarif", texts.downloadSarif);
      document.getElementById("result-heading").focus();
    } catch (error) {
      status.textContent = texts.failed + ": " + error.message;
    }
  });
})();
