// Cuts an article's text into runs at every annotation boundary, so overlapping spans (an entity inside a
// quote inside an event's evidence) each get their own marks. Offsets are UTF-16 code units, as in JS strings.

/** Annotations ({ key, kind, start, end, label }) of an analysis (dateline.article/1). */
export function annotations(analysis) {
  const out = [];
  const add = (key, kind, span, label) => {
    if (span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start) {
      out.push({ key, kind, start: span.start, end: span.end, label });
    }
  };
  for (const e of analysis.entities || []) for (const m of e.mentions || []) add(e.id, "entity", m, `${e.type} ${e.name}`);
  (analysis.times || []).forEach((t, i) => add(`t${i + 1}`, "time", t, `${t.type || "TIME"} ${t.value || ""}`));
  (analysis.quantities || []).forEach((n, i) => add(`n${i + 1}`, "quantity", n, `quantity ${n.value ?? ""} ${n.unit || ""}`));
  for (const q of analysis.quotes || []) {
    const who = q.speaker ? q.speaker.text : "?";
    add(q.id, "quote", q.content, `quote (${q.kind}) by ${who}`);
    add(q.id, "speaker", q.speaker, `speaker of ${q.id}`);
    for (const v of q.via || []) add(q.id, "via", v, `${q.id} came via ${v.text}`);
  }
  for (const ev of analysis.events || []) add(ev.id, "event", ev.evidence, `event ${ev.cameo} ${ev.source ? ev.source.actor || "" : ""}→${ev.target ? ev.target.actor || "" : ""}`);
  for (const c of analysis.claims || []) add(c.id, "claim", c.evidence, `claim by ${c.claimant ? c.claimant.text : "?"}`);
  return out;
}

/** Runs [{ start, end, covering: [annotation...] }] covering the text from 0 to length. */
export function runs(length, marks) {
  const cuts = new Set([0, length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(length, m.start)));
    cuts.add(Math.max(0, Math.min(length, m.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const out = [];
  let open = [];
  let next = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i], end = sorted[i + 1];
    while (next < byStart.length && byStart[next].start <= start) open.push(byStart[next++]);
    open = open.filter((m) => m.end > start);
    out.push({ start, end, covering: open.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}
