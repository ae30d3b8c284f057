#!/usr/bin/env node
/*
 * `npm run bench`: bundles scripts/bench.ts with esbuild, as the compiled CLI is built, and runs
 * the bundle with plain Node. Timed under a TypeScript loader, our code ran several times slower
 * than the same code bundled, while docxtemplater (plain JavaScript) did not, so the comparison
 * would have measured the loader (docs/performance.md).
 */
"use strict";

const { spawnSync } = require("node:child_process");
const path = require("node:path");
const fs = require("node:fs");

const ROOT = path.resolve(__dirname, "..");
const OUTFILE = path.join(ROOT, "build", "bench.js");

const ENTRY = path.join(ROOT, "scripts", "bench.ts");

// Each source keeps its own directory as __dirname, so paths it builds from it (fixtures) still hold,
// and only the entry is the main module (in one bundle every module would otherwise think it is).
const asIfUnbundled = {
  name: "own-dirname",
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      let text = fs.readFileSync(args.path, "utf8").replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path)));
      if (args.path !== ENTRY) text = text.replace(/require\.main === module/g, "false");
      return { contents: text, loader: args.path.endsWith("x") ? "tsx" : "ts" };
    });
  },
};

async function main() {
  await require("esbuild").build({
    entryPoints: [ENTRY],
    outfile: OUTFILE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // webpack-cli is started as its own process by the bundle measurement.
    external: ["webpack-cli"],
    plugins: [asIfUnbundled],
    logLevel: "warning",
  });
  const r = spawnSync(process.execPath, [OUTFILE, ...process.argv.slice(2)], { stdio: "inherit", cwd: ROOT });
  process.exit(r.status ?? 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
