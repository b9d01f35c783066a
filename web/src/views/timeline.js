// Crisis timeline: a dyad's daily events stacked by quad class, its Goldstein sum as a line, and the
// escalation alerts of /api/series/alerts marked above their days.
import { select } from "d3-selection";
import { scaleBand, scaleLinear } from "d3-scale";
import { axisBottom, axisLeft, axisRight } from "d3-axis";
import { line } from "d3-shape";
import { max, min } from "d3-array";
import { getJson, query } from "../api.js";
import { h, table, QUADS } from "../dom.js";
import { eventsTable } from "./events.js";

const QUAD_KEYS = ["verbalCooperation", "materialCooperation", "verbalConflict", "materialConflict"];

export async function timelineView(root, route) {
  const dyads = (await getJson("/api/dyads?limit=50")).items;
  const dyad = (route.params.get("dyad") || (dyads[0] && dyads[0].dyad) || "").toUpperCase();
  root.append(h("h1", null, "Crisis timeline"), picker(dyads, dyad));
  if (!dyad) {
    root.append(h("p", { class: "empty" }, "No events between two countries are stored yet."));
    return;
  }
  const [series, alerts, events] = await Promise.all([
    getJson("/api/series" + query({ dyad })),
    getJson("/api/series/alerts" + query({ dyad })),
    eventsTable({ dyad }),
  ]);
  root.append(
    h("p", { class: "caption" }, `${dyad}: daily events by quad class, Goldstein sum (line), escalation alerts (▲).`),
    chart(fillDays(series.items), alerts.items),
    alertList(alerts),
    h("h2", null, `Events ${dyad}`),
    events);
}

function picker(dyads, current) {
  const choose = h("select", { id: "dyad", "aria-label": "dyad" });
  const known = dyads.map((d) => d.dyad);
  if (current && !known.includes(current)) known.unshift(current);
  for (const d of known) {
    const count = dyads.find((x) => x.dyad === d);
    const option = h("option", { value: d }, count ? `${d} (${count.events})` : d);
    if (d === current) option.selected = true;
    choose.append(option);
  }
  choose.addEventListener("change", () => { location.hash = "#/timeline" + query({ dyad: choose.value }); });
  return h("label", { class: "picker" }, "Dyad ", choose);
}

/** The series with the days without events filled in as zeros. */
export function fillDays(points) {
  if (points.length === 0) return [];
  const byDate = new Map(points.map((p) => [p.date, p]));
  const days = [];
  const last = Date.parse(points[points.length - 1].date + "T00:00:00Z");
  for (let t = Date.parse(points[0].date + "T00:00:00Z"); t <= last; t += 86400000) {
    const date = new Date(t).toISOString().slice(0, 10);
    days.push(byDate.get(date) || { date, events: 0, verbalCooperation: 0, materialCooperation: 0, verbalConflict: 0, materialConflict: 0, goldsteinSum: 0 });
  }
  return days;
}

function chart(days, alerts) {
  const width = 900, height = 300, margin = { top: 24, right: 48, bottom: 40, left: 40 };
  const svg = select(document.createElementNS("http://www.w3.org/2000/svg", "svg"))
    .attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart timeline").attr("role", "img");
  const x = scaleBand().domain(days.map((d) => d.date)).range([margin.left, width - margin.right]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1, max(days, (d) => d.events))]).nice().range([height - margin.bottom, margin.top]);
  const g = scaleLinear()
    .domain([Math.min(0, min(days, (d) => d.goldsteinSum)), Math.max(0, max(days, (d) => d.goldsteinSum))]).nice()
    .range([height - margin.bottom, margin.top]);
  const bars = svg.append("g").attr("class", "bars");
  for (const day of days) {
    let base = 0;
    QUAD_KEYS.forEach((key, i) => {
      const n = day[key];
      if (!n) return;
      bars.append("rect").attr("class", `quad-${i + 1}`).attr("x", x(day.date)).attr("width", x.bandwidth())
        .attr("y", y(base + n)).attr("height", y(base) - y(base + n))
        .append("title").text(`${day.date}: ${n} ${QUADS[i + 1]}`);
      base += n;
    });
  }
  const ticks = days.length > 14 ? days.filter((_, i) => i % Math.ceil(days.length / 14) === 0).map((d) => d.date) : days.map((d) => d.date);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(axisBottom(x).tickValues(ticks));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(axisLeft(y).ticks(5));
  svg.append("g").attr("class", "goldstein-axis").attr("transform", `translate(${width - margin.right},0)`).call(axisRight(g).ticks(5));
  const centre = (d) => x(d.date) + x.bandwidth() / 2;
  svg.append("path").datum(days).attr("class", "goldstein").attr("d", line().x(centre).y((d) => g(d.goldsteinSum)));
  svg.append("g").selectAll("circle").data(days).join("circle").attr("class", "goldstein-dot")
    .attr("cx", centre).attr("cy", (d) => g(d.goldsteinSum)).attr("r", 3)
    .append("title").text((d) => `${d.date}: Goldstein sum ${d.goldsteinSum.toFixed(1)}`);
  const byDate = new Map(days.map((d) => [d.date, d]));
  svg.append("g").attr("class", "alerts").selectAll("path").data(alerts.filter((a) => byDate.has(a.date))).join("path")
    .attr("class", "alert").attr("data-date", (a) => a.date)
    .attr("d", (a) => { const cx = centre(byDate.get(a.date)), cy = y(byDate.get(a.date).events) - 8; return `M${cx - 6},${cy}L${cx + 6},${cy}L${cx},${cy - 10}Z`; })
    .append("title").text((a) => `Escalation ${a.date}: ${a.conflict} conflict events, z = ${a.z.toFixed(1)}`);
  return h("figure", null, svg.node(), legend());
}

function legend() {
  return h("figcaption", { class: "legend" },
    [1, 2, 3, 4].map((q) => h("span", { class: "key" }, h("i", { class: `swatch quad-${q}` }), QUADS[q])),
    h("span", { class: "key" }, h("i", { class: "swatch line" }), "Goldstein sum"),
    h("span", { class: "key" }, h("i", { class: "swatch alert" }), "escalation alert"));
}

function alertList(alerts) {
  const rule = alerts.rule;
  const note = h("p", { class: "rule" },
    `Alert rule: conflict events of a day (quad 3+4) at least ${rule.minConflict} and at least ${rule.threshold} standard deviations ` +
    `above the mean of the ${rule.windowDays} days before it (days without events count as 0; deviation at least ${rule.minDeviation}).`);
  if (alerts.items.length === 0) return h("div", { class: "alert-list" }, note, h("p", { class: "empty" }, "No escalation alerts."));
  return h("div", { class: "alert-list" }, note, table(["alert day", "conflict events", "baseline mean", "z", "Goldstein sum"],
    alerts.items.map((a) => [a.date, String(a.conflict), a.baselineMean.toFixed(2), a.z.toFixed(1), a.goldsteinSum.toFixed(1)]), { class: "alerts" }));
}
