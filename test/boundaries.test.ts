import { ESLint } from "eslint";
import { join } from "path";

jest.setTimeout(60_000);

/**
 * The layer rules of eslint.config.js, tried on code that breaks them: each
 * snippet is linted as if it were the named file. (README: host → controller
 * → core → port ← adapters; Word/Office only in the Word adapter and host.)
 */
// The project's own config, loaded here (ESLint's loader uses a dynamic import jest's VM does not run).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../eslint.config.js");
const eslint = new ESLint({ cwd: join(__dirname, ".."), overrideConfigFile: true, overrideConfig: config });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, "..", filePath) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe("lint boundaries", () => {
  it.each([
    ["src/check/probe.ts", 'import { OoxmlAdapter } from "../adapters/ooxml/adapter";\nexport const x = OoxmlAdapter;\n'],
    ["src/fill/probe.ts", 'import { App } from "../ui/App";\nexport const x = App;\n'],
    ["src/locate/probe.ts", 'import { main } from "../cli/main";\nexport const x = main;\n'],
    ["src/extract/probe.ts", 'import { createController } from "../controller";\nexport const x = createController;\n'],
    ["src/document/probe.ts", 'import type { Finding } from "../check/finding";\nexport type X = Finding;\n'],
    ["src/document/probe.ts", 'import type { EditOp } from "../fill/ops";\nexport type X = EditOp;\n'],
    ["src/adapters/ooxml/probe.ts", 'import { locateForm } from "../../locate";\nexport const x = locateForm;\n'],
    ["src/controller/probe.ts", 'import { WordAdapter } from "../adapters/word/wordAdapter";\nexport const x = WordAdapter;\n'],
  ])("refuses a layer break in %s", async (file, code) => {
    expect(await problems(file, code)).toContain("no-restricted-imports");
  });

  it("keeps Word and Office out of everything but the Word adapter and host", async () => {
    const code = "export const run = () => Word.run(async (ctx) => ctx.sync());\nexport const host = Office.context;\n";
    expect(await problems("src/check/probe.ts", code)).toContain("no-restricted-globals");
    expect(await problems("src/controller/probe.ts", code)).toContain("no-restricted-globals");
    expect(await problems("src/adapters/word/probe.ts", code)).not.toContain("no-restricted-globals");
  });

  it("keeps product code out of the test Word host (an independent oracle)", async () => {
    const rule = "@typescript-eslint/no-restricted-imports";
    expect(await problems("test/word/fake/probe.ts", 'import { DocxPackage } from "../../../src/adapters/ooxml/docx";\nexport const x = DocxPackage;\n')).toContain(rule);
    expect(await problems("test/word/fake/probe.ts", 'import { parseXml } from "../../../src/adapters/ooxml/xml";\nexport const x = parseXml;\n')).toContain(rule);
    // The Office.js-shaped interface it implements is a type, erased at run time.
    expect(await problems("test/word/fake/probe.ts", 'import type { WordHost } from "../../../src/adapters/word/host";\nexport type X = WordHost;\n')).toEqual([]);
    expect(await problems("test/word/probe.ts", 'import { parseXml } from "../../src/adapters/ooxml/xml";\nexport const x = parseXml;\n')).toEqual([]);
  });

  it("lets each layer use the one below it", async () => {
    expect(await problems("src/check/probe.ts", 'import type { Mark } from "../document/marks";\nexport type X = Mark;\n')).toEqual([]);
    expect(await problems("src/controller/probe.ts", 'import { checkForm } from "../check";\nexport const x = checkForm;\n')).toEqual([]);
    expect(await problems("src/ui/probe.ts", 'import { createController } from "../controller";\nexport const x = createController;\n')).toEqual([]);
  });
});
