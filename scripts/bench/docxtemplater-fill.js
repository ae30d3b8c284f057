#!/usr/bin/env node
/*
 * docxtemplater's side of the comparison, as one plain script: fill a tagged
 * copy of the form (scripts/bench/tagged.ts makes it) with form data, the way
 * a docxtemplater user would. `npm run bench` times it as a whole process
 * beside `silkform fill`, and calls fillTagged in process beside our fill.
 *
 *   node scripts/bench/docxtemplater-fill.js tagged.docx data.json out.docx
 */
"use strict";

const fs = require("node:fs");
const Docxtemplater = require("docxtemplater");
const PizZip = require("pizzip");

/** Dotted paths ("basic.labName"); string lists joined as our fill writes them; "" for what the data lacks. */
const parser = (tag) => ({
  get(scope) {
    if (tag === ".") return scope;
    let v = scope;
    for (const key of tag.split(".")) v = v !== null && typeof v === "object" ? v[key] : undefined;
    return Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join("、") : v;
  },
});

/** Unzip the tagged copy, render the data, zip. */
function fillTagged(tagged, data) {
  const doc = new Docxtemplater(new PizZip(tagged), { paragraphLoop: true, linebreaks: true, parser, nullGetter: () => "" });
  doc.render(data);
  return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

module.exports = { fillTagged };

if (require.main === module) {
  const [tagged, dataFile, out] = process.argv.slice(2);
  fs.writeFileSync(out, fillTagged(fs.readFileSync(tagged), JSON.parse(fs.readFileSync(dataFile, "utf8"))));
}
