/**
 * bin/silkform.js runs build/silkform.js, and rebuilds it first when a file it was made from has
 * changed: an edited clone never runs a stale bundle. The check reads the build's stamp (start
 * time and inputs) instead of walking src/.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fixturePath } from "../helpers/fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bin's own plain-Node module
const { buildCli, bundleIsCurrent, OUTFILE, STAMP } = require("../../scripts/build-cli.js") as {
  buildCli: () => Promise<string>;
  bundleIsCurrent: (root?: string) => boolean;
  OUTFILE: string;
  STAMP: string;
};

const STARTED = Date.parse("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(ms);

/** A clone-shaped folder whose bundle was built at STARTED from two sources, one nested. */
function builtClone(): string {
  const root = mkdtempSync(join(tmpdir(), "silkform-bundle-"));
  mkdirSync(join(root, "src", "check", "rules"), { recursive: true });
  mkdirSync(join(root, "build"));
  const inputs = ["src/main.ts", "src/check/rules/deep.ts"];
  for (const f of inputs) {
    writeFileSync(join(root, f), "export {};\n");
    utimesSync(join(root, f), at(STARTED - 60_000), at(STARTED - 60_000));
  }
  writeFileSync(join(root, "build", "silkform.js"), "");
  writeFileSync(join(root, "build", "table.json"), "[]");
  writeFileSync(join(root, "build", STAMP), JSON.stringify({ started: STARTED, inputs, outputs: ["silkform.js", "table.json"] }));
  return root;
}

describe("the CLI bundle's freshness check", () => {
  const roots: string[] = [];
  const clone = () => {
    const r = builtClone();
    roots.push(r);
    return r;
  };
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  it("is current when no input changed since the build started", () => {
    expect(bundleIsCurrent(clone())).toBe(true);
  });

  it("sees an edit to a file inside a subdirectory", () => {
    const root = clone();
    utimesSync(join(root, "src/check/rules/deep.ts"), at(STARTED + 1), at(STARTED + 1));
    expect(bundleIsCurrent(root)).toBe(false);
  });

  it("sees an input that went missing, a missing output and a missing stamp", () => {
    const gone = clone();
    rmSync(join(gone, "src/main.ts"));
    expect(bundleIsCurrent(gone)).toBe(false);
    const noBundle = clone();
    rmSync(join(noBundle, "build", "silkform.js"));
    expect(bundleIsCurrent(noBundle)).toBe(false);
    const noTable = clone();
    rmSync(join(noTable, "build", "table.json"));
    expect(bundleIsCurrent(noTable)).toBe(false);
    const noStamp = clone();
    rmSync(join(noStamp, "build", STAMP));
    expect(bundleIsCurrent(noStamp)).toBe(false);
  });

  it("trusts the bundle of a copy that has no sources", () => {
    const root = clone();
    rmSync(join(root, "src"), { recursive: true });
    rmSync(join(root, "build", STAMP));
    expect(bundleIsCurrent(root)).toBe(true);
  });

  it("stamps a real build with the sources it read, nested ones and data included", async () => {
    await buildCli();
    const stamp = JSON.parse(readFileSync(join(OUTFILE, "..", STAMP), "utf8")) as { inputs: string[] };
    expect(stamp.inputs).toEqual(
      expect.arrayContaining(["src/cli/main.ts", "src/adapters/ooxml/xmlParse.ts", "src/data/bri-countries.json", "src/data/gbt13745-2009.json", "scripts/build-cli.js"]),
    );
    expect(stamp.inputs.some((f) => f.includes("node_modules"))).toBe(false);
    expect(bundleIsCurrent()).toBe(true);
  });

  it("keeps the GB/T 13745 table beside the bundle, and the bundle's check reads it", () => {
    const bundleText = readFileSync(OUTFILE, "utf8");
    expect(existsSync(join(OUTFILE, "..", "gbt13745-2009.json"))).toBe(true);
    expect(bundleText).not.toContain("人工智能理论");
    // The code 21020 is looked up in the table: its name there is not the one written.
    const bin = join(__dirname, "..", "..", "bin", "silkform.js");
    const r = spawnSync(process.execPath, [bin, "check", fixturePath("defects/discipline-bad.docx"), "--json"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] };
    expect(report.findings.find((f) => f.rule === "discipline")?.message).toContain("代码 21020 对应的学科名称应为“农业基础学科”");
  });
});
