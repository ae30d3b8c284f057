// The newest modification time of any file below a folder: how the CLI bundle and the task pane
// build tell that src/ changed since they were made.
"use strict";
const fs = require("fs");
const path = require("path");

function newestMtime(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

module.exports = { newestMtime };
