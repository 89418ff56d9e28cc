// ListingLint pre-publish page: builds a listing from the form (or takes a pasted page or export),
// posts it to /v1/check as the user pauses typing, and shows the findings in place.
// Every piece of listing or report text reaches the page through textContent, never as markup.
"use strict";

const TEXT = {
  zh: {
    heading: "发布前检查", editorHeading: "商品信息", resultsHeading: "检查结果",
    tabFields: "逐项填写", tabPaste: "粘贴整页 / 导出 JSON",
    labelTitle: "标题", labelDescription: "描述", labelAttributes: "属性",
    hintAttributes: "每行一项：名称: 值，如 材质: 100%棉", labelCategory: "类目",
    labelFormat: "格式", formatAuto: "自动识别", labelPaste: "粘贴 HTML 页面或 JSON 导出",
    labelJurisdictions: "适用法域", jurisdictionCN: "中国", jurisdictionEU: "欧盟", jurisdictionUS: "美国",
    fieldsHeading: "必填信息", textHeading: "文本与问题标注", findingsHeading: "问题",
    exemptionsHeading: "已豁免的用语", evidence: "原文：", basis: "依据：", suggestion: "建议：",
    close: "关闭", apply: "一键修改", applyRemove: "删除该用语", toggle: "English",
    idle: "输入商品信息后自动检查。", checking: "检查中…", checked: "已检查", failed: "检查失败：",
    noJurisdiction: "请至少选择一个法域。", noFindings: "没有发现问题。", noExemptions: "无。",
    score: "得分", category: "类目判断：", inputError: "无法读取：",
    present: "已填写", vague: "含糊", hidden: "不可见", missing: "缺失", "not-applicable": "不适用",
    required: "必填", recommended: "建议",
    error: "错误", warning: "警告", evidenceSeverity: "需证明", info: "提示",
    fieldNames: { title: "标题", description: "描述", attributes: "属性", category: "类目", paste: "粘贴内容",
      material: "材质", size: "尺寸", instructions: "使用说明", warnings: "警示说明", "age-grading": "适用年龄",
      manufacturer: "生产者及联系方式", qualification: "资质 / 质检报告", "after-sales": "售后 / 退换承诺",
      "shipping-time": "发货时效" },
  },
  en: {
    heading: "Pre-publish check", editorHeading: "Listing", resultsHeading: "Results",
    tabFields: "Fields", tabPaste: "Paste a page / JSON export",
    labelTitle: "Title", labelDescription: "Description", labelAttributes: "Attributes",
    hintAttributes: "one per line, name: value — e.g. Material: 100% cotton", labelCategory: "Category",
    labelFormat: "Format", formatAuto: "Detect", labelPaste: "Paste an HTML page or a JSON export",
    labelJurisdictions: "Jurisdictions", jurisdictionCN: "China", jurisdictionEU: "EU", jurisdictionUS: "US",
    fieldsHeading: "Required information", textHeading: "Your text, with problems marked", findingsHeading: "Problems",
    exemptionsHeading: "Exempted wording", evidence: "Text:", basis: "Basis:", suggestion: "Suggestion:",
    close: "Close", apply: "Apply fix", applyRemove: "Remove this wording", toggle: "中文",
    idle: "Type a listing; it is checked when you pause.", checking: "Checking…", checked: "Checked", failed: "Check failed: ",
    noJurisdiction: "Choose at least one jurisdiction.", noFindings: "No problems found.", noExemptions: "None.",
    score: "Score", category: "Category: ", inputError: "Could not read: ",
    present: "present", vague: "vague", hidden: "hidden", missing: "missing", "not-applicable": "not applicable",
    required: "required", recommended: "recommended",
    error: "error", warning: "warning", evidenceSeverity: "needs proof", info: "info",
    fieldNames: { title: "Title", description: "Description", attributes: "Attributes", category: "Category", paste: "Pasted text",
      material: "Material", size: "Size", instructions: "Instructions", warnings: "Warnings", "age-grading": "Age grading",
      manufacturer: "Manufacturer & contact", qualification: "Certificates", "after-sales": "After-sales promise",
      "shipping-time": "Shipping time" },
  },
};

// The demo listing (`/?demo=1`): banned claims in the title, a vague size and no instructions.
const DEMO = {
  zh: {
    title: "全网最好的纯棉T恤 国家级品质",
    description: "精选新疆长绒棉，柔软透气，夏季百搭。",
    attributes: "材质: 100%棉\n尺寸: 详见图片",
    category: "服装/T恤",
  },
  en: {
    title: "The best cotton T-shirt in the world",
    description: "Soft, breathable and eco-friendly.",
    attributes: "Material: 100% cotton\nSize: see photos",
    category: "Apparel > T-shirts",
  },
};

const DEBOUNCE_MS = 400;
const FIELD_IDS = { title: "field-title", description: "field-description", attributes: "field-attributes", category: "field-category", paste: "paste-text" };

const state = {
  language: "zh",
  mode: "fields",
  report: null,
  placed: [],
  timer: null,
  controller: null,
  sequence: 0,
};

const $ = (id) => document.getElementById(id);

function t(key) {
  return TEXT[state.language][key] ?? key;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// ---- language -------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = state.language === "zh" ? "zh-CN" : "en";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  $("language-toggle").textContent = t("toggle");
  $("field-attributes").placeholder = state.language === "zh" ? "材质: 100%棉\n尺寸: S/M/L" : "Material: 100% cotton\nSize: S/M/L";
  render();
}

// ---- building the request -------------------------------------------------------------------

/** "name: value" lines (ASCII or full-width colon) as [{name, value, line}] with line = 0-based line index. */
function parseAttributes(text) {
  const pairs = [];
  text.split("\n").forEach((line, index) => {
    const match = /^\s*([^:：]+?)\s*[:：]\s*(.*?)\s*$/.exec(line);
    if (match && match[1] && match[2]) pairs.push({ name: match[1], value: match[2], line: index });
  });
  return pairs;
}

function jurisdictions() {
  return [...document.querySelectorAll("input[name=jurisdiction]:checked")].map((box) => box.value);
}

function buildRequest() {
  const chosen = jurisdictions();
  if (chosen.length === 0) return { problem: t("noJurisdiction") };
  const query = new URLSearchParams({ jurisdiction: chosen.join(",") });
  if (state.mode === "paste") {
    const text = $("paste-text").value;
    if (!text.trim()) return null;
    const format = $("paste-format").value;
    if (format) query.set("format", format);
    const looksJSON = /^\s*[[{]/.test(text);
    const type = format === "html" || (!format && !looksJSON) ? "text/html; charset=utf-8" : "application/json";
    return { url: "/v1/check?" + query, type, body: text };
  }
  const listing = { id: "draft" };
  const title = $("field-title").value;
  const description = $("field-description").value;
  const category = $("field-category").value;
  const attributes = parseAttributes($("field-attributes").value).map(({ name, value }) => ({ name, value }));
  if (title.trim()) listing.title = title;
  if (description.trim()) listing.description = description;
  if (attributes.length) listing.attributes = attributes;
  if (category.trim()) listing.category = category;
  if (Object.keys(listing).length === 1) return null;
  listing.locale = /[\u3400-\u9fff]/.test(title + description) ? "zh-CN" : "en";
  query.set("format", "listing-json");
  return { url: "/v1/check?" + query, type: "application/json", body: JSON.stringify(listing) };
}

// ---- checking -------------------------------------------------------------------------------

function scheduleCheck() {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, DEBOUNCE_MS);
}

async function check() {
  const request = buildRequest();
  if (state.controller) state.controller.abort();
  if (!request) {
    state.report = null;
    setStatus(t("idle"));
    render();
    return;
  }
  if (request.problem) {
    setStatus(request.problem, "error");
    return;
  }
  const sequence = ++state.sequence;
  state.controller = new AbortController();
  setStatus(t("checking"));
  try {
    const response = await fetch(request.url, {
      method: "POST",
      headers: { "Content-Type": request.type },
      body: request.body,
      signal: state.controller.signal,
    });
    const payload = await response.json();
    if (sequence !== state.sequence) return;
    if (!response.ok) {
      setStatus(t("failed") + (payload.error?.message ?? response.status), "error");
      return;
    }
    state.report = payload;
    setStatus(t("checked") + " · " + new Date().toLocaleTimeString());
    render();
  } catch (error) {
    if (error.name !== "AbortError" && sequence === state.sequence) setStatus(t("failed") + error.message, "error");
  }
}

function setStatus(text, kind) {
  const status = $("status");
  status.textContent = text;
  status.className = "status" + (kind ? " status-" + kind : "");
}

// ---- placing findings in the text -----------------------------------------------------------

/** The form field a finding's text belongs to, from location.field or its JSON pointer. */
function fieldOf(finding) {
  if (state.mode === "paste") return "paste";
  const location = finding.location ?? {};
  const name = location.field ?? "";
  const pointer = location.pointer ?? "";
  if (name === "title" || pointer === "/title") return "title";
  if (name === "description" || pointer === "/description") return "description";
  if (name === "category" || pointer.startsWith("/category")) return "category";
  if (name.startsWith("attribute:") || pointer.startsWith("/attributes")) return "attributes";
  return null;
}

function valueOf(field) {
  return $(FIELD_IDS[field]).value;
}

/** Index (UTF-16) in text of a 1-based line and a 1-based column counted in Unicode scalars. */
function indexOfLineColumn(text, line, column) {
  let index = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf("\n", index);
    if (next < 0) return -1;
    index = next + 1;
  }
  for (let scalars = 1; scalars < column && index < text.length; scalars += 1) {
    index += text.codePointAt(index) > 0xffff ? 2 : 1;
  }
  return index;
}

/**
 * Where each finding's evidence is: {field, start, end} in the form field's current value, or null.
 * The evidence is the exact source text; a finding with a line/column (HTML) is looked for there
 * first, an attribute finding inside its own "name: value" line; otherwise the first occurrence not
 * already taken by an earlier finding.
 */
function placeFindings(findings) {
  const taken = new Set();
  return findings.map((finding) => {
    const evidence = finding.evidence;
    const field = fieldOf(finding);
    if (!evidence) return null;
    const candidates = field ? [field] : (state.mode === "paste" ? ["paste"] : ["title", "description", "attributes", "category"]);
    for (const name of candidates) {
      const text = valueOf(name);
      const starts = [];
      const location = finding.location ?? {};
      if (name === "paste" && location.line) starts.push(indexOfLineColumn(text, location.line, location.column ?? 1));
      if (name === "attributes" && (location.field ?? "").startsWith("attribute:")) {
        const attribute = location.field.slice("attribute:".length);
        const pair = parseAttributes(text).find((candidate) => candidate.name === attribute);
        if (pair) starts.push(indexOfLineColumn(text, pair.line + 1, 1));
      }
      starts.push(0);
      for (const from of starts) {
        if (from < 0) continue;
        let index = text.indexOf(evidence, from);
        while (index >= 0 && taken.has(name + ":" + index)) index = text.indexOf(evidence, index + 1);
        if (index >= 0) {
          taken.add(name + ":" + index);
          return { field: name, start: index, end: index + evidence.length };
        }
      }
    }
    return null;
  });
}

// ---- rendering ------------------------------------------------------------------------------

function severityLabel(severity) {
  return severity === "evidence" ? t("evidenceSeverity") : t(severity);
}

function render() {
  hideCard();
  const report = state.report;
  const listing = report?.listings?.[0] ?? null;
  state.placed = listing ? placeFindings(listing.findings) : [];
  renderScore(listing);
  renderFields(listing);
  renderPreview(listing);
  renderFindings(listing);
  renderExemptions(listing);
  renderInputErrors(report);
  document.body.dataset.checked = listing ? "yes" : "no";
}

function renderScore(listing) {
  $("score-value").textContent = listing ? String(listing.score) : "–";
  $("score-grade").textContent = listing ? listing.grade : "";
  $("score").className = "score" + (listing ? " grade-" + listing.grade : "");
  $("score").title = t("score");
  $("category").textContent = listing ? t("category") + listing.category.name + " (" + listing.category.reason + ")" : "";
}

function renderFields(listing) {
  const list = $("field-list");
  list.replaceChildren();
  for (const field of listing?.fields ?? []) {
    const item = element("li", "field state-" + field.state);
    item.dataset.state = field.state;
    item.append(element("span", "light"));
    item.append(element("span", "field-name", t("fieldNames")[field.field] ?? field.field));
    item.append(element("span", "field-state", t(field.state) + " · " + t(field.requirement)));
    if (field.value) item.append(element("span", "field-value", field.value));
    list.append(item);
  }
}

function renderPreview(listing) {
  const preview = $("preview");
  preview.replaceChildren();
  if (!listing) return;
  const fields = state.mode === "paste" ? ["paste"] : ["title", "description", "attributes", "category"];
  for (const field of fields) {
    const text = valueOf(field);
    if (!text) continue;
    const marks = state.placed
      .map((place, index) => ({ place, index }))
      .filter(({ place }) => place && place.field === field)
      .sort((a, b) => a.place.start - b.place.start);
    const block = element("div", "preview-field");
    block.append(element("div", "preview-label", t("fieldNames")[field] ?? field));
    const body = element("div", "preview-text");
    let cursor = 0;
    for (const { place, index } of marks) {
      if (place.start < cursor) continue;
      body.append(document.createTextNode(text.slice(cursor, place.start)));
      const finding = listing.findings[index];
      const mark = element("mark", "hl sev-" + finding.severity, text.slice(place.start, place.end));
      mark.tabIndex = 0;
      mark.dataset.finding = String(index);
      mark.dataset.rule = finding.rule;
      mark.addEventListener("mouseenter", () => showCard(index, mark));
      mark.addEventListener("click", () => showCard(index, mark));
      mark.addEventListener("focus", () => showCard(index, mark));
      body.append(mark);
      cursor = place.end;
    }
    body.append(document.createTextNode(text.slice(cursor)));
    block.append(body);
    preview.append(block);
  }
}

function renderFindings(listing) {
  const list = $("finding-list");
  list.replaceChildren();
  if (!listing) return;
  if (listing.findings.length === 0) list.append(element("li", "empty", t("noFindings")));
  listing.findings.forEach((finding, index) => {
    const item = element("li", "finding sev-" + finding.severity);
    item.tabIndex = 0;
    item.append(element("span", "badge sev-" + finding.severity, severityLabel(finding.severity)));
    item.append(element("span", "finding-message", finding.message));
    if (finding.evidence) item.append(element("q", "finding-evidence", finding.evidence));
    item.append(element("code", "finding-rule", finding.rule));
    item.addEventListener("click", () => showCard(index, item));
    list.append(item);
  });
}

function renderExemptions(listing) {
  const list = $("exemption-list");
  list.replaceChildren();
  if (!listing) return;
  if (listing.exemptions.length === 0) list.append(element("li", "empty", t("noExemptions")));
  for (const exemption of listing.exemptions) {
    const item = element("li", "exemption");
    item.append(element("q", "finding-evidence", exemption.evidence));
    item.append(element("span", "exemption-reason", exemption.reason));
    item.append(element("code", "finding-rule", exemption.rule));
    list.append(item);
  }
}

function renderInputErrors(report) {
  const list = $("input-errors");
  list.replaceChildren();
  for (const failure of report?.inputErrors ?? []) {
    list.append(element("li", "input-error", t("inputError") + failure.finding.message));
  }
}

// ---- the card and applying a fix ------------------------------------------------------------

function showCard(index, anchor) {
  const finding = state.report?.listings?.[0]?.findings?.[index];
  if (!finding) return;
  const card = $("card");
  $("card-severity").textContent = severityLabel(finding.severity);
  $("card-severity").className = "badge sev-" + finding.severity;
  $("card-rule").textContent = finding.rule;
  $("card-message").textContent = finding.message;
  $("card-evidence").textContent = finding.evidence ?? "";
  $("card-evidence").parentElement.hidden = !finding.evidence;
  $("card-basis").textContent = finding.basis ?? "";
  $("card-basis-row").hidden = !finding.basis;
  $("card-suggestion").textContent = finding.suggestion ?? "";
  $("card-suggestion-row").hidden = !finding.suggestion;
  const place = state.placed[index];
  const apply = $("card-apply");
  apply.hidden = !place;
  apply.textContent = typeof finding.replacement === "string" ? t("apply") + " → " + finding.replacement : t("applyRemove");
  apply.onclick = () => applyFix(index);
  card.hidden = false;
  const box = anchor.getBoundingClientRect();
  const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8);
  card.style.left = Math.max(8, left) + "px";
  card.style.top = window.scrollY + box.bottom + 6 + "px";
}

function hideCard() {
  $("card").hidden = true;
}

/** Replaces the finding's evidence with its replacement (or removes it) in its field, then re-checks. */
function applyFix(index) {
  const finding = state.report?.listings?.[0]?.findings?.[index];
  const place = state.placed[index];
  if (!finding || !place) return;
  const input = $(FIELD_IDS[place.field]);
  const text = input.value;
  if (text.slice(place.start, place.end) !== finding.evidence) return;
  const replacement = typeof finding.replacement === "string" ? finding.replacement : "";
  input.value = text.slice(0, place.start) + replacement + text.slice(place.end);
  hideCard();
  check();
}

// ---- wiring ---------------------------------------------------------------------------------

function selectTab(mode) {
  state.mode = mode;
  $("tab-fields").setAttribute("aria-selected", String(mode === "fields"));
  $("tab-paste").setAttribute("aria-selected", String(mode === "paste"));
  $("panel-fields").hidden = mode !== "fields";
  $("panel-paste").hidden = mode !== "paste";
  hideCard();
  check();
}

function start() {
  const params = new URLSearchParams(location.search);
  const stored = localStorage.getItem("listinglint.language");
  const wanted = params.get("lang") ?? stored ?? (navigator.language.startsWith("zh") ? "zh" : "en");
  state.language = wanted === "en" ? "en" : "zh";
  $("language-toggle").addEventListener("click", () => {
    state.language = state.language === "zh" ? "en" : "zh";
    localStorage.setItem("listinglint.language", state.language);
    applyLanguage();
  });
  $("tab-fields").addEventListener("click", () => selectTab("fields"));
  $("tab-paste").addEventListener("click", () => selectTab("paste"));
  for (const id of Object.values(FIELD_IDS)) $(id).addEventListener("input", scheduleCheck);
  $("paste-format").addEventListener("change", scheduleCheck);
  for (const box of document.querySelectorAll("input[name=jurisdiction]")) box.addEventListener("change", scheduleCheck);
  $("card-close").addEventListener("click", hideCard);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") hideCard(); });
  document.addEventListener("click", (event) => {
    if (!$("card").contains(event.target) && !event.target.closest(".hl, .finding")) hideCard();
  });
  if (params.get("demo")) {
    const demo = DEMO[state.language];
    $("field-title").value = demo.title;
    $("field-description").value = demo.description;
    $("field-attributes").value = demo.attributes;
    $("field-category").value = demo.category;
  }
  applyLanguage();
  setStatus(t("idle"));
  check();
}

document.addEventListener("DOMContentLoaded", start);
