// Quotes explorer: search by speaker, words and outlet; each quote with its outlet, the chain it came
// through (via AFP, Reuters...), its date and a link to its evidence in the article view.
import { getJson, query, article } from "../api.js";
import { h, evidenceLink, table } from "../dom.js";

export async function quotesView(root, route) {
  const params = { speaker: route.params.get("speaker") || "", text: route.params.get("text") || "", outlet: route.params.get("outlet") || "" };
  root.append(h("h1", null, "Quotes"), form(params));
  const quotes = (await getJson("/api/quotes" + query({ ...params, limit: 200 }))).items;
  if (quotes.length === 0) {
    root.append(h("p", { class: "empty" }, "No quotes match."));
    return;
  }
  const found = await Promise.all(quotes.map((q) => inArticle(q)));
  root.append(table(["date", "speaker", "quote", "via", "outlet", ""], quotes.map((q, i) => {
    const local = found[i];
    return [
      q.published || "",
      h("span", { class: "speaker" }, q.speaker || "(unknown)"),
      h("q", { class: "content" }, q.content),
      local ? via(local) : "",
      q.outlet || "",
      local ? evidenceLink(q.articleId, "quote", local.id) : evidenceLink(q.articleId, "span", `${q.contentStart}-${q.contentEnd}`),
    ];
  }), { class: "quotes" }));
}

/** The article's own record of the quote (for its id, via chain and medium), found by its content span. */
async function inArticle(q) {
  try {
    const analysis = await article(q.articleId);
    return (analysis.quotes || []).find((x) => x.content && x.content.start === q.contentStart && x.content.end === q.contentEnd) || null;
  } catch {
    return null;
  }
}

function via(local) {
  const chain = (local.via || []).map((v) => v.text).filter((t) => t);
  const parts = [];
  if (chain.length) parts.push("via " + chain.join(" → "));
  if (local.medium) parts.push("in " + local.medium);
  return h("span", { class: "via" }, parts.join("; "));
}

function form(params) {
  const inputs = Object.fromEntries(["speaker", "text", "outlet"].map((name) =>
    [name, h("input", { name, type: "search", placeholder: name, "aria-label": name, value: params[name] })]));
  const node = h("form", { class: "search" }, inputs.speaker, inputs.text, inputs.outlet, h("button", { type: "submit" }, "Search"));
  node.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = "#/quotes" + query({ speaker: inputs.speaker.value, text: inputs.text.value, outlet: inputs.outlet.value });
  });
  return node;
}
