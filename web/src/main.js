// The dashboard: a hash router over five views. When a view has rendered, <body data-ready="VIEW"> is set
// (browser tests and the first-paint measurement wait for it).
import { h, replace } from "./dom.js";
import { timelineView } from "./views/timeline.js";
import { mapView } from "./views/map.js";
import { quotesView } from "./views/quotes.js";
import { claimsView } from "./views/claims.js";
import { articlesView } from "./views/articles.js";
import { articleView } from "./views/article.js";

const views = {
  timeline: timelineView,
  map: mapView,
  quotes: quotesView,
  claims: claimsView,
  articles: articlesView,
  article: articleView,
};

/** "#/article/3/quote/q2?x=1" -> { view: "article", parts: ["3", "quote", "q2"], params }. */
export function parseRoute(hash) {
  const text = hash.replace(/^#\/?/, "");
  const mark = text.indexOf("?");
  const path = mark < 0 ? text : text.slice(0, mark);
  const params = new URLSearchParams(mark < 0 ? "" : text.slice(mark + 1));
  const parts = path.split("/").filter((p) => p.length > 0).map(decodeURIComponent);
  const view = parts.length > 0 && views[parts[0]] ? parts.shift() : "timeline";
  return { view, parts, params };
}

let generation = 0;

async function render() {
  const route = parseRoute(location.hash);
  const mine = ++generation;
  const body = document.body;
  delete body.dataset.ready;
  delete body.dataset.error;
  for (const a of document.querySelectorAll("#nav a")) {
    a.classList.toggle("active", a.dataset.view === (route.view === "article" ? "articles" : route.view));
  }
  const root = document.getElementById("view");
  replace(root, h("p", { class: "loading" }, "Loading…"));
  try {
    const content = h("section", { class: `view view-${route.view}` });
    const after = await views[route.view](content, route);
    if (mine !== generation) return;
    replace(root, content);
    // A view may act once it is on the page (the article view scrolls to the evidence asked for).
    if (typeof after === "function") after();
  } catch (error) {
    if (mine !== generation) return;
    replace(root, h("p", { class: "error" }, String(error && error.message ? error.message : error)));
    body.dataset.error = "true";
  }
  body.dataset.ready = route.view;
  // Milliseconds from navigation start until the first view was on the page (read by the first-paint measurement).
  if (window.__datelineReadyMs === undefined) window.__datelineReadyMs = performance.now();
}

window.addEventListener("hashchange", render);
render();
