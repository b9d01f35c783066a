// The stored articles, newest first, each linking to its article view.
import { getJson } from "../api.js";
import { h, link, table, externalLink } from "../dom.js";

export async function articlesView(root) {
  const articles = (await getJson("/api/articles?limit=200")).items;
  root.append(h("h1", null, "Articles"));
  if (articles.length === 0) {
    root.append(h("p", { class: "empty" }, "No articles are stored yet: dateline ingest FILE --date YYYY-MM-DD."));
    return;
  }
  root.append(table(["published", "title", "outlet", "url"], articles.map((a) => [
    a.published || "",
    link(`/article/${a.id}`, a.title || `(article ${a.id})`),
    a.source || "",
    externalLink(a.url) || "",
  ]), { class: "articles" }));
}
