import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../helpers/cli";
import { fixturePath } from "../helpers/fixtures";

/** The same contract for scripts from every command: unknown flags refused alike, refusals as JSON with --json. */

const REF = fixturePath("reference.docx");
const DATA = fixturePath("data/sample.json");
const out = () => join(mkdtempSync(join(tmpdir(), "silkform-cli-")), "out.docx");

const COMMANDS: [string, () => string[]][] = [
  ["locate", () => ["locate", REF]],
  ["extract", () => ["extract", REF]],
  ["fill", () => ["fill", REF, DATA, "-o", out()]],
  ["check", () => ["check", REF]],
];

describe.each(COMMANDS)("silkform %s", (cmd, args) => {
  it("refuses an unknown flag the same way as every other command", async () => {
    const r = await runCli([...args(), "--fianl"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("错误：不认识的参数 --fianl。");
    expect(r.err).toContain(`用法：silkform ${cmd}`);
    expect(r.out).toBe("");
  });

  it("with --json, a refusal is also a JSON object on stdout", async () => {
    const r = await runCli([...args(), "--fianl", "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ file: REF, error: { id: "usage", message: expect.stringContaining("不认识的参数 --fianl") } });
  });

  it("with --json, a file that is not the form is refused as JSON naming it", async () => {
    const foreign = fixturePath("bad/foreign.docx");
    const a = args().map((x) => (x === REF ? foreign : x));
    const r = await runCli([...a, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({ file: foreign, error: { id: "notThisForm", message: expect.stringContaining("这不是“一带一路”联合实验室情况摸底申报书") } });
  });
});

describe("fill --json", () => {
  it("reports the fill as JSON: output, changed fields, notices", async () => {
    const dir = mkdtempSync(join(tmpdir(), "silkform-cli-"));
    const data = join(dir, "d.json");
    writeFileSync(data, JSON.stringify({ basic: { labName: "名称\u0007" } }));
    const o = join(dir, "o.docx");
    const r = await runCli(["fill", REF, data, "-o", o, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ file: REF, output: o, changed: ["basic.labName"], notices: [{ field: "basic.labName", message: expect.stringContaining("U+0007") }], unfillable: [], conflicts: [] });
  });

  it("names the data file when the data is what is refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "silkform-cli-"));
    const data = join(dir, "d.json");
    writeFileSync(data, "{");
    const r = await runCli(["fill", REF, data, "-o", join(dir, "o.docx"), "--json"]);
    expect(JSON.parse(r.out)).toMatchObject({ file: data, error: { id: "invalidJson" } });
  });
});
