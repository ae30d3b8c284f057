// When the task pane in dist/ needs building, and how: one rule for `npm start` (serve.js) and
// for the end-to-end tests' setup, so that the suite builds it once and `npm start` then reuses it.
"use strict";
const fs = require("fs");
const path = require("path");
const { newestMtime } = require("../newest");

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");

// When the last successful build started. Not the files' own times: webpack leaves an output
// file untouched when its content has not changed, so dist/ can look older than it is. The
// build's `clean` removes the stamp, so a failed build leaves none.
const STAMP = path.join(dist, ".build-started");

/** dist/ is missing, or a source changed since the last successful build started. */
function needsBuild() {
  if (!fs.existsSync(path.join(dist, "playground.html")) || !fs.existsSync(STAMP)) return true;
  const started = Number(fs.readFileSync(STAMP, "utf8"));
  return [path.join(root, "src"), path.join(root, "assets")].some((d) => newestMtime(d) > started);
}

/** Call with Date.now() taken before the build started, once it has succeeded. */
function recordBuild(startedMs) {
  fs.writeFileSync(STAMP, String(startedMs));
}

/** The production build's command line: run with the current Node from the repository root. */
const BUILD_ARGS = [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"];

module.exports = { root, dist, needsBuild, recordBuild, BUILD_ARGS };
