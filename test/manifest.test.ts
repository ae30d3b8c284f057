// The add-in manifest must validate offline (schemas/ + libxml2 in WebAssembly), and the icons it names must exist.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const VALIDATE = path.join(ROOT, "scripts", "validate-manifest.js");

function validate(file: string) {
  return spawnSync(process.execPath, [VALIDATE, file], { encoding: "utf8" });
}

function withBrokenCopy(edit: (xml: string) => string, check: (file: string) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "silkform-manifest-"));
  const file = path.join(dir, "manifest.xml");
  try {
    const original = fs.readFileSync(MANIFEST, "utf8");
    const broken = edit(original);
    expect(broken).not.toBe(original);
    fs.writeFileSync(file, broken);
    check(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("manifest.xml schema validation", () => {
  test("manifest.xml is valid", () => {
    const run = validate(MANIFEST);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  test("a copy without <Id> is rejected", () => {
    withBrokenCopy(
      (xml) => xml.replace(/<Id>[^<]*<\/Id>\s*/, ""),
      (file) => {
        const run = validate(file);
        expect(run.status).not.toBe(0);
        expect(run.stderr).toMatch(/Expected is \( \{[^}]+\}Id \)/);
      },
    );
  });

  test("an unknown permission is rejected", () => {
    withBrokenCopy(
      (xml) => xml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
      (file) => expect(validate(file).status).not.toBe(0),
    );
  });

  test("a ribbon group without its label is rejected (VersionOverrides is checked too)", () => {
    withBrokenCopy(
      (xml) => xml.replace(/<Label resid="SilkForm\.Group\.Label"\/>\s*/, ""),
      (file) => expect(validate(file).status).not.toBe(0),
    );
  });

  test("a resid that names no resource is rejected", () => {
    withBrokenCopy(
      (xml) => xml.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Missing"/>'),
      (file) => {
        const run = validate(file);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('resid="Taskpane.Missing"');
      },
    );
  });
});

describe("manifest.xml contents", () => {
  const xml = fs.readFileSync(MANIFEST, "utf8");

  test("declares a Word task pane with WordApi 1.3 and the Chinese display name", () => {
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\/>/);
    expect(xml).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(xml).toContain('<DisplayName DefaultValue="丝路申报助手"/>');
  });

  test("every icon URL names a PNG in assets/ of the size in its name", () => {
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThan(0);
    for (const [, name, size] of icons) {
      const png = fs.readFileSync(path.join(ROOT, "assets", name));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      // IHDR: width and height are the first two big-endian words after the chunk header.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});
