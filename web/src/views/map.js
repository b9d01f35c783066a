// Map of the places where stored events happened, on the offline world-atlas map served with the dashboard.
import { select } from "d3-selection";
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import { max } from "d3-array";
import { feature } from "topojson-client";
import { getJson, query } from "../api.js";
import { h, link, table } from "../dom.js";
import { eventsTable } from "./events.js";

let world = null;

export async function mapView(root, route) {
  if (!world) world = getJson("/world-110m.json");
  const [topology, places] = await Promise.all([world, getJson("/api/places?limit=500")]);
  const chosen = route.params.get("place");
  root.append(h("h1", null, "Map of events and places"), drawing(topology, places.items, chosen), placeTable(places.items));
  if (chosen) root.append(h("h2", null, `Events at ${chosen}`), await eventsTable({ place: chosen }));
}

function drawing(topology, places, chosen) {
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
  const radius = scaleSqrt().domain([0, Math.max(1, max(places, (p) => p.events))]).range([0, 18]);
  const marks = svg.append("g").attr("class", "places").selectAll("g").data(places).join("g")
    .attr("class", (p) => (p.name === chosen ? "place chosen" : "place"))
    .attr("transform", (p) => { const [x, y] = projection([p.lon, p.lat]); return `translate(${x},${y})`; })
    .on("click", (_, p) => { location.hash = "#/map" + query({ place: p.name }); });
  marks.append("circle").attr("r", (p) => Math.max(3, radius(p.events)));
  marks.append("text").attr("x", 8).attr("y", 4).text((p) => p.name || "");
  marks.append("title").text((p) => `${p.name || "?"} (${p.countryCode || "?"}): ${p.events} events, ${p.mentions} mentions`);
  return h("figure", null, svg.node());
}

function placeTable(places) {
  if (places.length === 0) return h("p", { class: "empty" }, "No located events are stored yet.");
  return table(["place", "country", "lat", "lon", "events", "mentions"], places.map((p) => [
    p.name ? link("/map" + query({ place: p.name }), p.name) : "",
    p.countryCode || "", p.lat.toFixed(2), p.lon.toFixed(2), String(p.events), String(p.mentions),
  ]), { class: "places" });
}
