#!/usr/bin/env node
// Runs the one-file build of the CLI (build/silkform.js) with plain Node. `npm install` makes it
// (the prepare script); in a clone it is remade when a source it was built from has changed
// since, so an edit is never run stale.
"use strict";
const { buildCli, bundleIsCurrent, OUTFILE: BUNDLE } = require("../scripts/build-cli.js");

async function run() {
  if (!bundleIsCurrent()) {
    try {
      await buildCli();
    } catch (error) {
      process.stderr.write(`无法构建 silkform 命令行工具，请在仓库目录中运行 npm install。\n${error.message}\n`);
      return 2;
    }
  }
  return require(BUNDLE).main(process.argv.slice(2));
}

run().then((code) => process.exit(code));
