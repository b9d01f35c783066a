// Map of the places where stored events happened, on the offline world-atlas map served with the dashboard.
import { select } from "d3-selection";
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import { max } from "d3-array";
import { feature } from "topojson-client";
import { getJson, query, article } from "../api.js";
import { h, link, table } from "../dom.js";
import { eventsTable } from "./events.js";

let world = null;

/** How many of the newest articles the "places named" layer reads. */
const RECENT = 25;

export async function mapView(root, route) {
  if (!world) world = getJson("/world-110m.json");
  const [topology, places, named] = await Promise.all([world, getJson("/api/places?limit=500"), namedPlaces()]);
  const chosen = route.params.get("place");
  root.append(h("h1", null, "Map of events and places"), drawing(topology, places.items, named, chosen),
    h("h2", null, "Places of events"), placeTable(places.items),
    h("h2", null, `Places named in the ${RECENT} newest articles`), namedTable(named));
  if (chosen) root.append(h("h2", null, `Events at ${chosen}`), await eventsTable({ place: chosen }));
}

/** The geocoded places of the newest articles' analyses (their places layer), merged by place. */
async function namedPlaces() {
  const recent = (await getJson(`/api/articles?limit=${RECENT}`)).items;
  const analyses = await Promise.all(recent.map((a) => article(a.id).catch(() => null)));
  const merged = new Map();
  analyses.forEach((analysis) => {
    if (!analysis) return;
    const seen = new Set();
    for (const p of analysis.places || []) {
      const geo = p.place;
      if (!geo || typeof geo.lat !== "number" || typeof geo.lon !== "number") continue;
      const key = geo.geonameId ? `g${geo.geonameId}` : `${geo.name}|${geo.lat}|${geo.lon}`;
      if (!merged.has(key)) merged.set(key, { name: geo.name, countryCode: geo.countryCode, lat: geo.lat, lon: geo.lon, mentions: 0, articles: 0 });
      const entry = merged.get(key);
      entry.mentions += Math.max(1, (p.mentions || []).length);
      if (!seen.has(key)) { seen.add(key); entry.articles += 1; }
    }
  });
  return [...merged.values()].sort((a, b) => b.mentions - a.mentions || String(a.name).localeCompare(String(b.name)));
}

function drawing(topology, places, named, chosen) {
  const width = 960, height = 500;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = geoPath(projection);
  const svg = select(document.createElementNS("http://www.w3.org/2000/svg", "svg"))
    .attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart map").attr("role", "img");
  svg.append("path").datum({ type: "Sphere" }).attr("class", "sphere").attr("d", path);
  svg.append("path").datum(geoGraticule10()).attr("class", "graticule").attr("d", path);
  svg.append("g").selectAll("path").data(countries.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((d) => (d.properties && d.properties.name) || "");
  svg.append("g").attr("class", "named").selectAll("rect").data(named).join("rect").attr("class", "named-place")
    .attr("x", (p) => projection([p.lon, p.lat])[0] - 3).attr("y", (p) => projection([p.lon, p.lat])[1] - 3).attr("width", 6).attr("height", 6)
    .append("title").text((p) => `${p.name || "?"} (${p.countryCode || "?"}): named ${p.mentions} times in ${p.articles} article(s)`);
  const radius = scaleSqrt().domain([0, Math.max(1, max(places, (p) => p.events))]).range([0, 18]);
  const marks = svg.append("g").attr("class", "places").selectAll("g").data(places).join("g")
    .attr("class", (p) => (p.name === chosen ? "place chosen" : "place"))
    .attr("transform", (p) => { const [x, y] = projection([p.lon, p.lat]); return `translate(${x},${y})`; })
    .on("click", (_, p) => { location.hash = "#/map" + query({ place: p.name }); });
  marks.append("circle").attr("r", (p) => Math.max(3, radius(p.events)));
  marks.append("text").attr("x", 8).attr("y", 4).text((p) => p.name || "");
  marks.append("title").text((p) => `${p.name || "?"} (${p.countryCode || "?"}): ${p.events} events, ${p.mentions} mentions`);
  return h("figure", null, svg.node(), h("figcaption", { class: "legend" },
    h("span", { class: "key" }, h("i", { class: "swatch events" }), "events (area by count)"),
    h("span", { class: "key" }, h("i", { class: "swatch named" }), "places named in the newest articles")));
}

function placeTable(places) {
  if (places.length === 0) return h("p", { class: "empty" }, "No located events are stored yet.");
  return table(["place", "country", "lat", "lon", "events", "mentions"], places.map((p) => [
    p.name ? link("/map" + query({ place: p.name }), p.name) : "",
    p.countryCode || "", p.lat.toFixed(2), p.lon.toFixed(2), String(p.events), String(p.mentions),
  ]), { class: "places" });
}

function namedTable(named) {
  if (named.length === 0) return h("p", { class: "empty" }, "No geocoded places in the newest articles.");
  return table(["place", "country", "lat", "lon", "mentions", "articles"], named.map((p) => [
    p.name || "", p.countryCode || "", p.lat.toFixed(2), p.lon.toFixed(2), String(p.mentions), String(p.articles),
  ]), { class: "named-places" });
}
