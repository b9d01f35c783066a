// Builds the dashboard into ../src/Dateline.Server/wwwroot (embedded into Dateline.Server.dll):
// app.js and app.css minified by esbuild, index.html, the offline world map (world-atlas, 110m countries),
// and build.json with a hash of the sources so that a test can tell a stale build.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const out = join(here, "../src/Dateline.Server/wwwroot");

/** The files whose content the build depends on, as paths relative to web/ with '/' separators, sorted. */
function sources() {
  const files = ["build.mjs", "package.json", "package-lock.json"];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(here, path).split("\\").join("/"));
    }
  };
  walk(join(here, "src"));
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** SHA-256 over "path\n" + SHA-256 hex of the file's bytes + "\n" for each source (the C# test computes the same). */
function sourceHash() {
  const all = createHash("sha256");
  for (const file of sources()) {
    const one = createHash("sha256").update(readFileSync(join(here, file))).digest("hex");
    all.update(`${file}\n${one}\n`);
  }
  return all.digest("hex");
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, "src/main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  outfile: join(out, "app.js"),
});
await build({ entryPoints: [join(here, "src/app.css")], bundle: true, minify: true, outfile: join(out, "app.css") });
copyFileSync(join(here, "src/index.html"), join(out, "index.html"));
copyFileSync(join(here, "node_modules/world-atlas/countries-110m.json"), join(out, "world-110m.json"));
writeFileSync(join(out, "build.json"), JSON.stringify({ sourceHash: sourceHash() }, null, 2) + "\n");
console.log(`dashboard built into ${relative(process.cwd(), out)}`);
