// DOM helpers. Text from the API only ever becomes text nodes or attribute values set one by one:
// nothing here parses HTML.

/** Creates an element; string and number children become text nodes, null/undefined/false are skipped. */
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "on") for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** An in-app link: only hashes the dashboard builds itself from ids, never a URL taken from the data. */
export function link(hash, ...children) {
  return h("a", { href: "#" + hash }, ...children);
}

/** A link to an article's evidence for one of its annotations (event, quote, claim) or a span. */
export function evidenceLink(articleId, kind, key, label = "evidence") {
  const hash = `/article/${encodeURIComponent(articleId)}/${kind}/${encodeURIComponent(key)}`;
  return h("a", { href: "#" + hash, class: "evidence", "data-kind": kind, "data-key": String(key) }, label);
}

/** An external link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function externalLink(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return h("span", { class: "url" }, url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return h("span", { class: "url" }, url);
  return h("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank", class: "url" }, url);
}

/** A table from column headings and rows of cells (strings or nodes). */
export function table(headings, rows, attrs) {
  return h("table", attrs || {},
    h("thead", null, h("tr", null, headings.map((x) => h("th", null, x)))),
    h("tbody", null, rows.map((cells) => h("tr", null, cells.map((c) => h("td", null, c))))));
}

/** Replaces the children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export const QUADS = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
