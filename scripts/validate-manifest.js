#!/usr/bin/env node
/*
 * Offline check of the add-in manifest:
 *   1. XSD validation against schemas/OfficeAppManifestV1_1.xsd (which imports the
 *      task-pane VersionOverrides and basic-types schemas), by libxml2 compiled to
 *      WebAssembly (xmllint-wasm) so that no system package is needed;
 *   2. every resid="…" points at a bt:Image / bt:Url / bt:String id under
 *      <Resources> (XSD cannot express this; Office rejects dangling ids).
 *
 *   node scripts/validate-manifest.js [manifest.xml]     (npm run validate)
 *
 * Exit codes: 0 valid, 1 invalid, 2 file unreadable.
 * `office-addin-manifest validate` does the same job online only (it posts the
 * file to a Microsoft service), so it is not used here.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { validateXML } = require("xmllint-wasm");

const ROOT = path.resolve(__dirname, "..");
const SCHEMAS = path.join(ROOT, "schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

function fail(code, message) {
  console.error(`validate-manifest: ${message}`);
  process.exit(code);
}

/** xmllint's messages for the manifest against the schema; empty when valid. */
async function xsdErrors(manifest) {
  const read = (name) => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMAS, name), "utf8") });
  // The imported schemas sit beside the main one in wasm's in-memory file system: nothing is fetched.
  const imports = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: path.basename(manifest), contents: fs.readFileSync(manifest, "utf8") }],
    schema: [read(MAIN_SCHEMA)],
    preload: imports.map(read),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** resid values used anywhere vs. ids defined under <Resources>. */
function missingResourceIds(manifest) {
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
  return missing;
}

async function main() {
  const manifest = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  if (!fs.existsSync(manifest)) fail(2, `no such file: ${manifest}`);
  const errors = await xsdErrors(manifest);
  if (errors.length > 0) {
    fail(1, `${manifest} does not match the Office add-in manifest schema:\n${errors.join("\n")}`);
  }
  const missing = missingResourceIds(manifest);
  if (missing.length > 0) {
    fail(1, `${manifest} refers to resources that <Resources> does not define:\n  ${missing.join("\n  ")}`);
  }
  console.log(`${path.relative(process.cwd(), manifest) || manifest}: valid (XSD + resource ids)`);
}

main().catch((error) => fail(2, error instanceof Error ? error.message : String(error)));
