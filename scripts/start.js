#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload the add-in into Word desktop with the blank
// form open (the yo office behaviour); where no Word exists, serve the local playground.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const hasWordDesktop = process.platform === "win32" || process.platform === "darwin";

if (hasWordDesktop && !process.env.SILKFORM_PLAYGROUND) {
  // office-addin-debugging is fetched on demand: it pulls ~1,000 packages and a native
  // keychain module that only Windows/macOS sideloading needs, so CI and Linux never install it.
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const r = spawnSync(
    npx,
    ["--yes", "office-addin-debugging@7.0.0", "start", "manifest.xml", "desktop", "--app", "word", "--document", path.join(root, "assets", "blank-form.docx")],
    { cwd: root, stdio: "inherit" },
  );
  process.exit(r.status ?? 1);
} else {
  require("./playground/serve.js");
}
