#!/usr/bin/env node
// Runs the one-file build of the CLI (build/silkform.js) with plain Node. `npm install` makes it
// (the prepare script); in a clone it is remade when src/ has changed since, so an edit is never
// run stale.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const BUNDLE = path.join(ROOT, "build", "silkform.js");

function bundleIsCurrent() {
  const built = fs.statSync(BUNDLE, { throwIfNoEntry: false });
  if (!built) return false;
  const src = path.join(ROOT, "src");
  // An installed copy may come without sources: then the bundle is all there is.
  return !fs.existsSync(src) || require("../scripts/newest").newestMtime(src) <= built.mtimeMs;
}

if (!bundleIsCurrent()) {
  try {
    require("../scripts/build-cli.js").buildCli();
  } catch (error) {
    process.stderr.write(`无法构建 silkform 命令行工具，请在仓库目录中运行 npm install。\n${error.message}\n`);
    process.exit(2);
  }
}

require(BUNDLE)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
