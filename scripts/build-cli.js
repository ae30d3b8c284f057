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

function buildCli() {
  // esbuild is a development dependency: required here, not at the top, so that bin/silkform.js
  // can load this module to ask whether a build is needed without paying for esbuild.
  const { buildSync } = require("esbuild");
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
    write: false,
  });
  // Written aside and renamed into place: a silkform started meanwhile never reads half a file.
  const part = `${OUTFILE}.${process.pid}.part`;
  fs.mkdirSync(path.dirname(OUTFILE), { recursive: true });
  fs.writeFileSync(part, result.outputFiles[0].contents);
  fs.renameSync(part, OUTFILE);
  return OUTFILE;
}

module.exports = { buildCli, OUTFILE };

if (require.main === module) {
  buildCli();
  console.log(`已构建命令行工具：${path.relative(process.cwd(), OUTFILE)}`);
}
