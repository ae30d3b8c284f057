import { insertBlankForm, loadFormData, saveFormData } from "../../adapters/word/formDataStore";
import { WordAdapter } from "../../adapters/word/wordAdapter";
import type { Finding } from "../../check/finding";
import { checkDocument } from "../../check/index";
import { marksFromFindings } from "../../check/marks";
import { extractDocument } from "../../extract";
import { fillDocument } from "../../fill/fill";
import { documentLimits, locateForm } from "../../locate";
import type { FormData } from "../../form/schema";
import type { FillResult, PaneActions } from "../actions";

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * The task pane's actions in Word: the same core as the command line, over
 * the Office.js adapter. Undo restores what the answers held before the last
 * fill by filling them back (Word's own undo stack cannot be driven from an
 * add-in).
 */
export async function createWordActions(): Promise<PaneActions> {
  const doc = new WordAdapter();
  let beforeFill: FormData | null = null;

  return {
    async readDocument() {
      const { data, notes } = await extractDocument(doc);
      return { data, notes: notes.map((n) => `${n.field}：${n.message}`) };
    },
    async fill(data: FormData, opts: { overwrite: boolean | string[] }): Promise<FillResult> {
      const report = await fillDocument(doc, data, { overwrite: opts.overwrite });
      if (report.changed.length > 0) beforeFill = report.before;
      return { changed: report.changed, conflicts: report.conflicts, unfillable: report.unfillable, rowsAdded: report.rowsAdded };
    },
    async undoFill() {
      if (!beforeFill) return false;
      await fillDocument(doc, beforeFill, { overwrite: true });
      beforeFill = null;
      return true;
    },
    async check(opts: { final: boolean }): Promise<Finding[]> {
      const findings = await checkDocument(doc, { final: opts.final });
      await doc.applyMarks(marksFromFindings(findings));
      return findings;
    },
    clearMarks: () => doc.clearMarks(),
    async jumpTo(finding: Finding) {
      if (finding.location) await doc.select(finding.location);
    },
    async newBlankForm(opts: { confirmReplace: boolean }) {
      const r = await fetch("blank-form.docx");
      if (!r.ok) throw new Error(`无法载入空白申报书（HTTP ${r.status}）`);
      await insertBlankForm(toBase64(new Uint8Array(await r.arrayBuffer())), { confirmed: opts.confirmReplace });
    },
    async documentLimits() {
      return documentLimits(locateForm(await doc.read()));
    },
    loadSaved: () => loadFormData(),
    saveData: (data: FormData) => saveFormData(data),
  };
}
