// Article view: the text with entities, quotes, times, quantities, events and claims marked from their spans,
// and lists of them beside it; a click on any of them (or a link from another view) scrolls to its evidence
// and highlights it. The text is written as text nodes only.
import { article } from "../api.js";
import { h, externalLink, QUADS } from "../dom.js";
import { annotations, runs } from "../highlight.js";

const KINDS = ["entity", "time", "quantity", "quote", "speaker", "via", "event", "claim"];

export async function articleView(root, route) {
  const id = route.parts[0];
  if (!/^\d+$/.test(id || "")) throw new Error("No article id in the address.");
  const analysis = await article(id);
  const meta = analysis.article || {};
  const marks = annotations(analysis);
  const byKey = new Map();
  const text = h("div", { class: "article-text", id: "article-text" }, renderText(analysis.text || "", marks, byKey));
  const panel = h("aside", { class: "annotations" }, sidePanel(analysis, (key) => focus(key, byKey, text, panel)));
  root.append(
    h("h1", { class: "title" }, meta.title || `Article ${id}`),
    h("p", { class: "meta" },
      [meta.source, meta.published, (meta.bylines || []).join(", ")].filter((x) => x).join(" · "), " ", externalLink(meta.url)),
    legend(),
    h("div", { class: "article" }, text, panel));
  const [kind, key] = [route.parts[1], route.parts[2]];
  return () => {
    if (!kind || !key) return;
    const target = kind === "span" ? spanKey(key, marks, byKey, text) : key;
    if (target) focus(target, byKey, text, panel);
  };
}

function renderText(text, marks, byKey) {
  const nodes = [];
  for (const run of runs(text.length, marks)) {
    const words = text.slice(run.start, run.end);
    if (run.covering.length === 0) {
      nodes.push(document.createTextNode(words));
      continue;
    }
    const kinds = new Set(run.covering.map((m) => m.kind));
    const span = h("span", {
      class: ["hl", ...KINDS.filter((k) => kinds.has(k)).map((k) => `hl-${k}`)].join(" "),
      title: run.covering.map((m) => m.label).join("\n"),
      "data-keys": [...new Set(run.covering.map((m) => m.key))].join(" "),
    }, words);
    for (const m of run.covering) {
      if (!byKey.has(m.key)) byKey.set(m.key, []);
      byKey.get(m.key).push(span);
    }
    nodes.push(span);
  }
  return nodes;
}

/** A span "start-end" as the key of the annotation with exactly that span (claims first), else a new mark. */
function spanKey(value, marks, byKey, text) {
  const match = /^(\d+)-(\d+)$/.exec(value);
  if (!match) return null;
  const start = Number(match[1]), end = Number(match[2]);
  const order = ["claim", "quote", "event", "entity", "time", "quantity"];
  const exact = marks.filter((m) => m.start === start && m.end === end)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
  if (exact) return exact.key;
  const key = `span:${value}`;
  const inside = [...text.querySelectorAll("span.hl")].filter((s) => {
    const keys = (s.dataset.keys || "").split(" ");
    return marks.some((m) => keys.includes(m.key) && m.start >= start && m.end <= end);
  });
  byKey.set(key, inside);
  return key;
}

function focus(key, byKey, text, panel) {
  for (const old of text.querySelectorAll(".focus")) old.classList.remove("focus");
  for (const old of panel.querySelectorAll(".chosen")) old.classList.remove("chosen");
  const spans = byKey.get(key) || [];
  for (const span of spans) span.classList.add("focus");
  for (const item of panel.querySelectorAll("[data-key]")) if (item.dataset.key === key) item.classList.add("chosen");
  text.dataset.focus = key;
  if (spans.length > 0) spans[0].scrollIntoView({ block: "center" });
}

function sidePanel(analysis, onPick) {
  const item = (key, kind, ...children) => {
    const button = h("button", { type: "button", class: `item item-${kind}`, "data-key": key, "data-kind": kind }, ...children);
    button.addEventListener("click", () => onPick(key));
    return h("li", null, button);
  };
  const section = (title, items) => (items.length ? [h("h2", null, `${title} (${items.length})`), h("ul", null, items)] : []);
  return [
    section("Events", (analysis.events || []).map((ev) => item(ev.id, "event",
      h("b", null, ev.cameo), " ", participant(ev.source), " → ", participant(ev.target),
      h("small", null, ` ${QUADS[ev.quadClass] || ""}${ev.date && ev.date.value ? ", " + ev.date.value : ""}${modality(ev)}`)))),
    section("Quotes", (analysis.quotes || []).map((q) => item(q.id, "quote",
      h("b", null, q.speaker ? q.speaker.text : "(unknown)"),
      (q.via || []).length ? ` via ${q.via.map((v) => v.text).join(" → ")}` : "",
      ": ", h("q", null, q.content ? q.content.text : "")))),
    section("Claims", (analysis.claims || []).map((c) => item(c.id, "claim",
      h("b", null, c.claimant ? c.claimant.text : "(unknown)"), ": ",
      c.evidence ? c.evidence.text : "", c.targetDate ? h("small", null, ` for ${c.targetDate.value}`) : ""))),
    section("Entities", (analysis.entities || []).map((e) => item(e.id, "entity",
      h("b", null, e.name), h("small", null, ` ${e.type}${e.actor && e.actor.code ? " " + e.actor.code : ""}`)))),
    section("Times", (analysis.times || []).map((t, i) => item(`t${i + 1}`, "time", t.text, h("small", null, ` ${t.value || ""}`)))),
    section("Quantities", (analysis.quantities || []).map((n, i) => item(`n${i + 1}`, "quantity", n.text, h("small", null, ` ${n.value ?? ""}`)))),
  ];
}

function participant(p) {
  if (!p) return "—";
  return `${p.actor || ""}${p.text ? ` (${p.text})` : ""}`;
}

function modality(ev) {
  const words = ["negated", "hypothetical", "future", "question"].filter((w) => ev[w]);
  return words.length ? ` [${words.join(", ")}]` : "";
}

function legend() {
  return h("p", { class: "legend" }, ["entity", "time", "quantity", "quote", "event", "claim"].map((k) =>
    h("span", { class: `key hl hl-${k}` }, k)));
}
