// A table of merged events for a filter, each with a link to its first mention's evidence in an article.
import { getJson, query } from "../api.js";
import { h, evidenceLink, table, QUADS } from "../dom.js";

/** Reads the events and their mentions for a filter ({ dyad, place, ... }) and renders them. */
export async function eventsTable(filter, limit = 200) {
  const [events, mentions] = await Promise.all([
    getJson("/api/events" + query({ ...filter, limit })),
    getJson("/api/mentions" + query({ ...filter, limit: 1000 })),
  ]);
  const first = new Map();
  for (const m of mentions.items) if (!first.has(m.eventId)) first.set(m.eventId, m);
  if (events.items.length === 0) return h("p", { class: "empty" }, "No events.");
  const rows = events.items.map((e) => {
    const m = first.get(e.id);
    return [
      e.date || "",
      actor(e.sourceActor, e.sourceName),
      h("span", { class: `cameo quad-${e.quadClass || 0}`, title: QUADS[e.quadClass || 0] || "" }, e.cameo, e.ploverType ? ` ${e.ploverType}` : ""),
      actor(e.targetActor, e.targetName),
      e.goldstein === null || e.goldstein === undefined ? "" : e.goldstein.toFixed(1),
      e.place || "",
      String(e.numMentions),
      m ? flags(m) : "",
      m ? evidenceLink(m.articleId, "event", m.localId) : "",
    ];
  });
  return table(["date", "source", "event", "target", "Goldstein", "place", "mentions", "", ""], rows, { class: "events" });
}

function actor(code, name) {
  if (!code && !name) return "";
  return h("span", { class: "actor" }, h("b", null, code || ""), name ? ` ${name}` : "");
}

function flags(m) {
  const words = [];
  if (m.negated) words.push("negated");
  if (m.hypothetical) words.push("hypothetical");
  if (m.future) words.push("future");
  if (m.question) words.push("question");
  return words.length ? h("span", { class: "flags" }, words.join(", ")) : "";
}
