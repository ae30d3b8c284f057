import { EXIT_CODES, errorId, SILKFORM_ERROR_IDS, SilkformError } from "../src/errors";
import { runCli } from "./helpers/cli";

describe("errors as data", () => {
  test("every id has an exit code, and a failure is known by its id, not its text", () => {
    expect(Object.keys(EXIT_CODES).sort()).toEqual([...SILKFORM_ERROR_IDS].sort());
    expect(errorId(new SilkformError("usage", "用法：…"))).toBe("usage");
    // Crossed a boundary as a plain object: still known by its id.
    expect(errorId({ id: "notThisForm", message: "不是申报书" })).toBe("notThisForm");
    expect(errorId(new Error("文档无法读取"))).toBeNull();
    expect(errorId({ id: "somethingElse", message: "x" })).toBeNull();
  });

  test("the CLI's usage errors exit with the usage code and say how to use it", async () => {
    for (const argv of [["fill", "a.docx"], ["extract"], ["check"], ["locate"]]) {
      const r = await runCli(argv);
      expect(r.code).toBe(EXIT_CODES.usage);
      expect(r.err).toMatch(/^错误：/);
    }
  });
});
