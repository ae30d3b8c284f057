import { FakeWordHost } from "./fakeWord";
import { fixture, makeDocx, modelOf, p, r } from "./helpers";

/** The fake host must fail where Office.js fails, or the adapter tests prove nothing. */
describe("fake Word host behaves like Office.js", () => {
  const doc = () => makeDocx(p(r("甲乙甲乙")) + p(r("第二段")) + `<w:tbl><w:tr><w:tc>${p(r("格"))}</w:tc></w:tr></w:tbl>` + p());

  it("throws PropertyNotLoaded before load + sync, also for collection items", async () => {
    const host = await FakeWordHost.fromDocx(await doc());
    await host.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      expect(() => paras.items).toThrow(/PropertyNotLoaded/);
      paras.load("items/text");
      expect(() => paras.items).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(paras.items.map((x) => x.text)).toEqual(["甲乙甲乙", "第二段", "格", ""]);
      expect(() => paras.items[0].tableNestingLevel).toThrow(/PropertyNotLoaded/);
      const ooxml = ctx.document.body.getOoxml();
      // Reading too early on purpose: the fake must throw as Office.js does.
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      expect(() => ooxml.value).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      expect(ooxml.value).toContain("pkg:package");
    });
    expect(host.syncs).toBe(2);
  });

  it("applies writes at sync, in order, and an error stops the rest of the batch", async () => {
    const host = await FakeWordHost.fromDocx(await doc());
    await host.run(async (ctx) => {
      const first = ctx.document.body.paragraphs.getFirst();
      first.insertText("一", "Replace");
      expect(modelOf(host).paragraphs[0].text).toBe("甲乙甲乙");
      first.getNext().search("没有这段文字", { matchCase: true }).getFirst().insertText("x", "Replace");
      first.insertText("二", "End");
      await expect(ctx.sync()).rejects.toThrow(/ItemNotFound/);
    });
    expect(modelOf(host).paragraphs[0].text).toBe("一");
  });

  it("enforces the 255-character search limit and Word's ^ codes", async () => {
    const host = await FakeWordHost.fromDocx(await doc());
    await host.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().search("甲".repeat(256), { matchCase: true }).load("items");
      await expect(ctx.sync()).rejects.toThrow(/InvalidArgument/);
    });
    await host.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().search("^x").load("items");
      await expect(ctx.sync()).rejects.toThrow(/InvalidArgument/);
    });
    await host.run(async (ctx) => {
      const hits = ctx.document.body.paragraphs.getFirst().search("甲乙", { matchCase: true }).load("items/text");
      await ctx.sync();
      expect(hits.items.map((h) => h.text)).toEqual(["甲乙", "甲乙"]);
    });
  });

  it("refuses objects of a finished Word.run and WordApi 1.4 members on a 1.3 host", async () => {
    const host = await FakeWordHost.fromDocx(await doc(), { apiVersion: "1.3" });
    let paragraph: { load(p: string): unknown } | null = null;
    await host.run(async (ctx) => {
      paragraph = ctx.document.body.paragraphs.getFirst();
      expect(() => ctx.document.settings).toThrow(/ApiNotFound/);
      expect(() => ctx.document.body.getComments()).toThrow(/ApiNotFound/);
    });
    await expect(host.run(async () => paragraph!.load("text"))).rejects.toThrow(/InvalidObjectPath/);
    expect(host.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(host.isSetSupported("WordApi", "1.4")).toBe(false);
  });

  it("overflows like Office.js when one command needs a very long new path chain", async () => {
    const host = await FakeWordHost.fromDocx(await makeDocx(Array.from({ length: 2100 }, (_, i) => p(r(`第${i}段`))).join("")));
    await host.run(async (ctx) => {
      let x = ctx.document.body.paragraphs.getFirst();
      for (let i = 0; i < 2050; i++) x = x.getNext();
      expect(() => x.load("text")).toThrow(/Maximum call stack/);
    });
  });

  it("reports Word's text: breaks, symbols, footnote marks", async () => {
    const host = await FakeWordHost.fromDocx(fixture("variants/wps.docx"));
    const texts = await host.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs.load("items/text");
      await ctx.sync();
      return paras.items.map((x) => x.text);
    });
    expect(texts.some((t) => /[\uf000-\uf0ff]/.test(t))).toBe(true);
    const ref = await FakeWordHost.fromDocx(fixture("reference.docx"));
    const refTexts = await ref.run(async (ctx) => {
      const paras = ctx.document.body.paragraphs.load("items/text");
      await ctx.sync();
      return paras.items.map((x) => x.text);
    });
    expect(refTexts.some((t) => t.includes("\u0002"))).toBe(true);
  });
});
