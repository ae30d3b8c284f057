import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import { explainOfficeError, OfficeApiError, officeErrorMessage, type OfficeErrorCode } from "../../src/adapters/word/officeErrors";
import { SilkformError } from "../../src/errors";
import { FakeWordHost } from "./fakeWord";
import { fixture } from "./helpers";

/** What Office.js rejects a batch with (shape of RichApi.Error in the issues quoted in docs/word-api.md). */
function richApiError(code: string, errorLocation?: string) {
  return Object.assign(new Error(code), { name: "RichApi.Error", code, debugInfo: errorLocation ? { code, message: code, errorLocation } : {} });
}

const CODES: OfficeErrorCode[] = ["GeneralException", "NotAllowed", "AccessDenied", "InvalidArgument", "ApiNotFound", "ItemNotFound"];

describe("Office error codes in Chinese", () => {
  it.each(CODES)("%s: a Chinese sentence that names the code and says what to do", (code) => {
    const text = officeErrorMessage(code);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toContain(`（${code}）`);
    expect(text).toMatch(/请/);
    expect(text).not.toContain("请稍后重试");
  });

  it("every code has its own sentence", () => {
    const texts = CODES.map((c) => officeErrorMessage(c));
    expect(new Set(texts).size).toBe(CODES.length);
  });

  it("an unknown code still gets a Chinese sentence with the code", () => {
    expect(officeErrorMessage("SomethingNew")).toContain("SomethingNew");
  });

  it("getOoxml's GeneralException names its known causes and the ways out", () => {
    const e = explainOfficeError(richApiError("GeneralException", "Body.getOoxml"));
    expect(e).toBeInstanceOf(OfficeApiError);
    const err = e as OfficeApiError;
    expect(err.id).toBe("officeError");
    expect(err.officeCode).toBe("GeneralException");
    expect(err.location).toBe("Body.getOoxml");
    expect(err.message).toContain("另存为");
    expect(err.message).toContain("组合");
    expect(err.details[0]).toContain("Body.getOoxml");
  });

  it("SilkformErrors and errors without a code pass unchanged", () => {
    const own = new SilkformError("wordChanged", "文档在读取之后被修改过");
    expect(explainOfficeError(own)).toBe(own);
    const plain = new TypeError("x is undefined");
    expect(explainOfficeError(plain)).toBe(plain);
  });
});

describe("the Word adapter reports Office errors in Chinese", () => {
  it("an error thrown by Word inside a batch reaches the caller as an OfficeApiError", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"));
    const real = host.host();
    // Word fails the read batch the way #6059 reports it.
    const word = new WordAdapter({
      ...real,
      run: (batch) =>
        real.run(async (ctx) => {
          const sync = ctx.sync.bind(ctx);
          ctx.sync = async () => {
            await sync();
            throw richApiError("GeneralException", "Body.getOoxml");
          };
          return batch(ctx);
        }),
    });
    await expect(word.read()).rejects.toMatchObject({ id: "officeError", officeCode: "GeneralException", message: expect.stringContaining("另存为") });
  });

  it("the fake host's own Office errors are explained too (ApiNotFound on WordApi 1.3)", async () => {
    const host = await FakeWordHost.fromDocx(fixture("reference.docx"), { apiVersion: "1.3" });
    const word = new WordAdapter({ ...host.host(), isSetSupported: () => true });
    await expect(word.read()).rejects.toMatchObject({ id: "officeError", officeCode: "ApiNotFound", message: expect.stringContaining("更新") });
  });
});
