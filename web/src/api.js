// Reads the JSON API of the same server.

/** GETs /api/... and returns the parsed JSON; a problem answer becomes an Error carrying its detail. */
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      if (problem && problem.detail) detail = problem.detail;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new Error(`${path}: ${detail}`);
  }
  return response.json();
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? "?" + text : "";
}

const analyses = new Map();

/** The whole analysis of an article (cached for the page's life). */
export function article(id) {
  if (!analyses.has(id)) analyses.set(id, getJson(`/api/articles/${encodeURIComponent(id)}`));
  return analyses.get(id);
}
