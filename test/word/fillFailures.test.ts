// A fill Word stops halfway (any command of its batches may be refused: GeneralException anywhere, NotAllowed
// on a protected range) must say exactly what it wrote, field by field, and undo must put the document back.
import { WordAdapter } from "../../src/adapters/word/wordAdapter";
import { createController } from "../../src/controller";
import { SilkformError } from "../../src/errors";
import { isPlaceholder } from "../../src/extract";
import { pathLabel } from "../../src/form/labels";
import { parseFormData, type FormData } from "../../src/form/schema";
import { locateForm } from "../../src/locate";
import { loadSample } from "../../scripts/bench/wordSyncs";
import { FakeWordHost } from "./fakeWord";
import { fixture, modelOf } from "./helpers";

jest.setTimeout(300_000);

const sample = loadSample();
// Small on purpose (every command of the fill is failed in turn): a cover line, a narrative of two
// paragraphs, and four staff (one row more than the form has, so a row is added too).
const parsed = parseFormData({ cover: { labName: sample.cover!.labName }, staff: sample.staff!.slice(0, 4), strategy: { significance: sample.strategy!.significance } });
const data = parsed.data as FormData;

const host = () => FakeWordHost.fromDocx(fixture("reference.docx"));
/** Each located answer's text by field path (list items by their place in the form, empty ones too). */
const answers = (h: FakeWordHost): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const f of locateForm(modelOf(h)).fields) if (f.found) out[f.id] = isPlaceholder(f.text) ? "" : f.text.trim();
  return out;
};
const target = (path: string): string => {
  const m = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
  const v = m ? (data as Record<string, Record<string, string>[]>)[m[1]]?.[Number(m[2])]?.[m[3]] : path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);
  return typeof v === "string" ? v.trim() : "";
};

describe("a fill Word stops at any one of its commands", () => {
  it("says exactly which fields were written, and undo restores the document exactly", async () => {
    // Where the fill's batches start and how many commands they have.
    const probe = await host();
    const probeCtl = createController(new WordAdapter(probe.host()));
    await probeCtl.readForm();
    const names: string[] = [];
    probe.failCommand = (name) => {
      names.push(name);
      return null;
    };
    const report = await probeCtl.fill(data);
    expect(report.rowsAdded).toBe(1);
    // The fill's own batches: the snapshot's read, the rows (with their re-read), the answers; then a read for
    // the undo point and the data save, which come after the answers are all written.
    const reads = names.flatMap((n, i) => (n === "getOoxml" ? [i] : []));
    expect(reads).toHaveLength(3);
    const total = reads[2];
    expect(total).toBeGreaterThan(20);

    const baseRows = modelOf(await host()).tables[0].rows.length;
    const outcomes = new Map<string, number>();
    const messages: string[] = [];
    for (let k = 0; k < total; k++) {
      const h = await host();
      const original = h.flatOpc();
      const before = answers(h);
      const ctl = createController(new WordAdapter(h.host()));
      await ctl.readForm();
      const at = h.commandsRun + k;
      h.failCommand = (_name, index) => (index === at ? "GeneralException" : null);
      const err = await ctl.fill(data).then(
        () => null,
        (e: unknown) => e,
      );
      h.failCommand = null;
      if (err === null) {
        // The command failed was the data save after the fill (not part of writing the answers): never silently.
        throw new Error(`fill succeeded although command ${k} failed`);
      }
      expect(err).toBeInstanceOf(SilkformError);
      const e = err as SilkformError;
      const after = answers(h);
      const changed = Object.keys(after).filter((p) => after[p] !== (before[p] ?? ""));
      if (h.flatOpc() === original) {
        // Nothing written: Word's own explanation stands.
        expect({ k, id: e.id }).toEqual({ k, id: "officeError" });
        outcomes.set("nothing", (outcomes.get("nothing") ?? 0) + 1);
        continue;
      }
      expect({ k, id: e.id }).toEqual({ k, id: "fillIncomplete" });
      expect(e.message).not.toMatch(/已停止|没有完成|没有按预期/);
      // Every field whose answer changed is named, and no other.
      const named = [...e.message.matchAll(/(?:已写入|只写入了一部分)：([^。]*)。/g)].flatMap((m) => m[1].split("、")).sort();
      // The added row (staff[3]) holds a copy of the row above until its own answers are written.
      const expected = changed.filter((p) => !p.startsWith("staff[3]") || after[p] === target(p)).map((p) => pathLabel(p)).sort();
      expect({ k, named }).toEqual({ k, named: expected });
      const done = /已写入：([^。]*)。/.exec(e.message)?.[1].split("、").sort() ?? [];
      expect({ k, done }).toEqual({ k, done: changed.filter((p) => after[p] === target(p)).map((p) => pathLabel(p)).sort() });
      expect({ k, rows: /已添加 1 行表格行/.test(e.message) }).toEqual({ k, rows: modelOf(h).tables[0].rows.length > baseRows });
      outcomes.set("partial", (outcomes.get("partial") ?? 0) + 1);
      messages.push(e.message);

      await expect(ctl.undoFill()).resolves.toBe(true);
      expect({ k, restored: h.flatOpc() === original }).toEqual({ k, restored: true });
    }
    // Both kinds happened: failures before any write, and failures after some.
    expect(outcomes.get("nothing")).toBeGreaterThan(0);
    expect(outcomes.get("partial")).toBeGreaterThan(0);
    if (process.env.SHOW_FILL_FAILURES) console.log(total, Object.fromEntries(outcomes), [...new Set(messages)].join("\n"));
  });
});
