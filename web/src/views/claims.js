// Claims board: dated claims, who made them and who reported them, and whether an event of the claimed type
// was reported in the window around the date (/api/claims?check=true).
import { getJson } from "../api.js";
import { h, evidenceLink, table } from "../dom.js";

export async function claimsView(root) {
  const [checks, all] = await Promise.all([getJson("/api/claims?check=true&limit=500"), getJson("/api/claims?limit=500")]);
  root.append(h("h1", null, "Claims"));
  const checked = new Set(checks.items.map((c) => c.claim.id));
  root.append(h("h2", null, "Dated claims"));
  root.append(checks.items.length === 0 ? h("p", { class: "empty" }, "No dated claims.") :
    table(["claimed for", "claimant", "reported by", "claimed event", "stance", "reported?", "published", ""], checks.items.map((c) => [
      c.claim.targetDate || "",
      c.claim.claimant || "",
      c.claim.reportedBy || "",
      eventWords(c.claim),
      stance(c.claim),
      h("span", { class: c.reported ? "verdict reported" : "verdict unreported" },
        c.reported ? `reported: ${c.matchingEvents} event(s) ${c.windowStart} – ${c.windowEnd}` : `not reported ${c.windowStart} – ${c.windowEnd}`),
      c.claim.published || "",
      evidenceLink(c.claim.articleId, "span", `${c.claim.evidenceStart}-${c.claim.evidenceEnd}`),
    ]), { class: "claims" }));
  const rest = all.items.filter((c) => !checked.has(c.id));
  if (rest.length > 0) {
    root.append(h("h2", null, "Claims without a day to check"), table(["claimant", "reported by", "claimed event", "stance", "published", ""],
      rest.map((c) => [c.claimant || "", c.reportedBy || "", eventWords(c), stance(c), c.published || "",
        evidenceLink(c.articleId, "span", `${c.evidenceStart}-${c.evidenceEnd}`)]), { class: "claims undated" }));
  }
}

function eventWords(claim) {
  return [claim.cameo ? `CAMEO ${claim.cameo}` : "", claim.ploverType || ""].filter((x) => x).join(" ");
}

function stance(claim) {
  return [claim.polarity || "", claim.modality || ""].filter((x) => x).join(", ");
}
