#!/usr/bin/env node
/*
 * Offline check of the add-in manifest:
 *   1. XSD validation with xmllint against schemas/OfficeAppManifestV1_1.xsd
 *      (which imports the task-pane VersionOverrides and basic-types schemas);
 *   2. every resid="…" points at a bt:Image / bt:Url / bt:String id under
 *      <Resources> (XSD cannot express this; Office rejects dangling ids).
 *
 *   node scripts/validate-manifest.js [manifest.xml]     (npm run validate)
 *
 * Exit codes: 0 valid, 1 invalid, 2 xmllint missing or file unreadable.
 * XMLLINT=/path/to/xmllint picks the binary (default: xmllint on PATH).
 * `office-addin-manifest validate` does the same job online only (it posts the
 * file to a Microsoft service), so it is not used here.
 */
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "schemas", "OfficeAppManifestV1_1.xsd");
// XMLLINT=/path/to/xmllint overrides the binary looked up on PATH.
const XMLLINT = process.env.XMLLINT || "xmllint";

function fail(code, message) {
  console.error(`validate-manifest: ${message}`);
  process.exit(code);
}

function checkXsd(manifest) {
  const probe = spawnSync(XMLLINT, ["--version"], { encoding: "utf8" });
  if (probe.error) {
    fail(
      2,
      `${XMLLINT} not found. Install xmllint (Debian/Ubuntu: apt-get install libxml2-utils; ` +
        "macOS: it ships with the system; Windows: choco install xsltproc) and run again.",
    );
  }
  // --nonet: the schemas are local; never fetch anything.
  const run = spawnSync(XMLLINT, ["--noout", "--nonet", "--schema", SCHEMA, manifest], {
    encoding: "utf8",
  });
  const output = `${run.stdout}${run.stderr}`.trim();
  if (run.status !== 0) {
    fail(1, `${manifest} does not match the Office add-in manifest schema:\n${output}`);
  }
}

/** resid values used anywhere vs. ids defined under <Resources>. */
function checkResourceIds(manifest) {
  const { DOMParser } = require("@xmldom/xmldom");
  const doc = new DOMParser().parseFromString(fs.readFileSync(manifest, "utf8"), "text/xml");
  const all = Array.from(doc.getElementsByTagName("*"));
  const defined = new Set();
  for (const el of all) {
    if (el.localName === "Resources") {
      for (const child of Array.from(el.getElementsByTagName("*"))) {
        const id = child.getAttribute("id");
        if (id) defined.add(id);
      }
    }
  }
  const missing = [];
  for (const el of all) {
    const resid = el.getAttribute("resid");
    if (resid && !defined.has(resid)) missing.push(`<${el.tagName} resid="${resid}"> (line ${el.lineNumber})`);
  }
  if (missing.length > 0) {
    fail(1, `${manifest} refers to resources that <Resources> does not define:\n  ${missing.join("\n  ")}`);
  }
}

function main() {
  const manifest = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  if (!fs.existsSync(manifest)) fail(2, `no such file: ${manifest}`);
  checkXsd(manifest);
  checkResourceIds(manifest);
  console.log(`${path.relative(process.cwd(), manifest) || manifest}: valid (XSD + resource ids)`);
}

main();
