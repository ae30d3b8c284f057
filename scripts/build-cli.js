#!/usr/bin/env node
/*
 * Bundles the command-line tool (src/cli/main.ts, everything it imports and its dependencies)
 * into one JavaScript file, build/silkform.js, so that `silkform` starts with plain Node:
 * no TypeScript compiled at run time, no module lookups across node_modules.
 *
 *   node scripts/build-cli.js        (npm run build:cli; `npm install` runs it as `prepare`)
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUTFILE = path.join(ROOT, "build", "silkform.js");
// What the bundle was made from and when: bin/silkform.js stats these files at every start
// instead of walking src/ (a walk cost 7–20 ms of a 300 ms start; ~100 stats cost 2 ms).
const STAMP = "silkform.stamp.json";

/** Written aside and renamed into place: a silkform started meanwhile never reads half a file. */
function writeAtomically(file, contents) {
  const part = `${file}.${process.pid}.part`;
  fs.writeFileSync(part, contents);
  fs.renameSync(part, file);
}

// Data tables that only a lazily loaded module reads (the GB/T 13745 table: the check rules and
// the roster) are copied beside the bundle and required from there when first used, instead of
// being inlined: `fill` and `locate` then neither read nor parse their text at every start.
const SEPARATE = ["src/data/gbt13745-2009.json"];

const separateFiles = {
  name: "separate-data-files",
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      const rel = path.relative(ROOT, file).split(path.sep).join("/");
      return SEPARATE.includes(rel) ? { path: `./${path.basename(file)}`, external: true } : undefined;
    });
  },
};

async function buildCli() {
  // esbuild is a development dependency: required here, not at the top, so that bin/silkform.js
  // can load this module to ask whether a build is needed without paying for esbuild.
  const { build } = require("esbuild");
  // Taken before any source is read: a file saved during the build is newer, so seen next time.
  const started = Date.now();
  const result = await build({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile: OUTFILE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Smaller source to parse at every start; names kept so stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    logLevel: "warning",
    plugins: [separateFiles],
    // As jszip itself asks of bundlers (its package.json "browser" field): Node's own streams, not a second copy.
    alias: { "readable-stream": "stream" },
    // Input paths in the metafile are relative to this, wherever the build was started from.
    absWorkingDir: ROOT,
    metafile: true,
    write: false,
  });
  const outDir = path.dirname(OUTFILE);
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of SEPARATE) writeAtomically(path.join(outDir, path.basename(f)), fs.readFileSync(path.join(ROOT, f)));
  writeAtomically(OUTFILE, result.outputFiles[0].contents);
  // Our own sources (node_modules changes only with `npm install`, which rebuilds), this script
  // and tsconfig.json, whose options shape the bundle.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.split("/").includes("node_modules"));
  inputs.push(...SEPARATE, path.relative(ROOT, __filename).split(path.sep).join("/"), "tsconfig.json");
  const outputs = [OUTFILE, ...SEPARATE].map((f) => path.basename(f));
  writeAtomically(path.join(outDir, STAMP), JSON.stringify({ started, inputs, outputs }));
  return OUTFILE;
}

/**
 * The bundle under `root`/build exists and none of the files it was made from changed (or went
 * missing) since its build started. An installed copy may come without sources: then the bundle
 * is all there is.
 */
function bundleIsCurrent(root = ROOT) {
  const build = path.join(root, "build");
  if (!fs.existsSync(path.join(root, "src"))) return fs.existsSync(path.join(build, path.basename(OUTFILE)));
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(build, STAMP), "utf8"));
  } catch {
    return false; // never built, or built before stamps: build
  }
  const changed = (f) => {
    const s = fs.statSync(path.join(root, f), { throwIfNoEntry: false });
    return s === undefined || s.mtimeMs > stamp.started;
  };
  return (stamp.outputs ?? []).every((f) => fs.existsSync(path.join(build, f))) && !stamp.inputs.some(changed);
}

module.exports = { buildCli, bundleIsCurrent, OUTFILE, STAMP };

if (require.main === module) {
  buildCli().then(
    () => console.log(`已构建命令行工具：${path.relative(process.cwd(), OUTFILE)}`),
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
