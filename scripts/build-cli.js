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

function buildCli() {
  // esbuild is a development dependency: required here, not at the top, so that bin/silkform.js
  // can load this module to ask whether a build is needed without paying for esbuild.
  const { buildSync } = require("esbuild");
  // Taken before any source is read: a file saved during the build is newer, so seen next time.
  const started = Date.now();
  const result = buildSync({
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
    // Input paths in the metafile are relative to this, wherever the build was started from.
    absWorkingDir: ROOT,
    metafile: true,
    write: false,
  });
  fs.mkdirSync(path.dirname(OUTFILE), { recursive: true });
  writeAtomically(OUTFILE, result.outputFiles[0].contents);
  // Our own sources (node_modules changes only with `npm install`, which rebuilds), this script
  // and tsconfig.json, whose options shape the bundle.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.split("/").includes("node_modules"));
  inputs.push(path.relative(ROOT, __filename).split(path.sep).join("/"), "tsconfig.json");
  writeAtomically(path.join(path.dirname(OUTFILE), STAMP), JSON.stringify({ started, inputs }));
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
  if (!fs.existsSync(path.join(build, path.basename(OUTFILE)))) return false;
  return stamp.inputs.every((f) => {
    const s = fs.statSync(path.join(root, f), { throwIfNoEntry: false });
    return s !== undefined && s.mtimeMs <= stamp.started;
  });
}

module.exports = { buildCli, bundleIsCurrent, OUTFILE, STAMP };

if (require.main === module) {
  buildCli();
  console.log(`已构建命令行工具：${path.relative(process.cwd(), OUTFILE)}`);
}
