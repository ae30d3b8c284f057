#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step), so `npx silkform` works from a fresh clone.
require("tsx/cjs");
require("../src/cli/main.ts")
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
