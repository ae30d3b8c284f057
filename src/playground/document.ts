import { OoxmlAdapter } from "../adapters/ooxml/adapter";
import { DocxPackage } from "../adapters/ooxml/docx";
import { loadFormData, saveFormData } from "../adapters/ooxml/formDataPart";
import type { Finding } from "../check/finding";
import { checkDocument } from "../check/index";
import { marksFromFindings } from "../check/marks";
import { SilkformError } from "../errors";
import { extractDocument } from "../extract";
import { fillDocument } from "../fill/fill";
import type { FormData } from "../form/schema";
import { documentLimits, locateForm } from "../locate";
import type { FillResult, PaneActions } from "../ui/actions";

/**
 * A .docx held in the browser, edited through the same OOXML adapter the
 * command line uses. The playground's pane talks to it through PaneActions,
 * exactly as the Word task pane talks to Word.
 */
export class PlaygroundDocument implements PaneActions {
  private adapter: OoxmlAdapter;
  private beforeFill: Uint8Array | null = null;
  private listeners = new Set<() => void>();
  /** Where the preview should scroll when the user picks a finding. */
  onJump: (paragraph: number) => void = () => {};

  private constructor(
    adapter: OoxmlAdapter,
    public fileName: string,
    private readonly blankForm: () => Promise<Uint8Array>,
  ) {
    this.adapter = adapter;
  }

  static async open(bytes: Uint8Array, fileName: string, blankForm: () => Promise<Uint8Array>): Promise<PlaygroundDocument> {
    return new PlaygroundDocument(await OoxmlAdapter.open(bytes), fileName, blankForm);
  }

  get pkg(): DocxPackage {
    return this.adapter.pkg;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  /** Replace the document with a file the user dropped in; a bad file leaves the current one as it was. */
  async replaceWith(bytes: Uint8Array, fileName: string): Promise<void> {
    const next = await OoxmlAdapter.open(bytes);
    this.adapter = next;
    this.fileName = fileName;
    this.beforeFill = null;
    this.changed();
  }

  async bytes(): Promise<Uint8Array> {
    return this.adapter.save();
  }

  async readDocument(): Promise<{ data: FormData; notes: string[] }> {
    const { data, notes } = await extractDocument(this.adapter);
    return { data, notes: notes.map((n) => `${n.field}：${n.message}`) };
  }

  async fill(data: FormData, opts: { overwrite: boolean | string[] }): Promise<FillResult> {
    const snapshot = await this.adapter.save();
    const report = await fillDocument(this.adapter, data, { overwrite: opts.overwrite });
    if (report.changed.length > 0 || report.rowsAdded > 0) this.beforeFill = snapshot;
    await saveFormData(this.adapter.pkg, data);
    this.changed();
    return { changed: report.changed, conflicts: report.conflicts, unfillable: report.unfillable, rowsAdded: report.rowsAdded };
  }

  async undoFill(): Promise<boolean> {
    if (!this.beforeFill) return false;
    this.adapter = await OoxmlAdapter.open(this.beforeFill);
    this.beforeFill = null;
    this.changed();
    return true;
  }

  async check(opts: { final: boolean }): Promise<Finding[]> {
    const findings = await checkDocument(this.adapter, { final: opts.final });
    await this.adapter.applyMarks(marksFromFindings(findings));
    this.changed();
    return findings;
  }

  async clearMarks(): Promise<void> {
    await this.adapter.clearMarks();
    this.changed();
  }

  async jumpTo(finding: Finding): Promise<void> {
    const t = finding.location;
    if (!t) return;
    const paragraph = t.kind === "range" ? t.start.paragraph : t.paragraphs[0];
    if (paragraph !== undefined) this.onJump(paragraph);
  }

  async newBlankForm(opts: { confirmReplace: boolean }): Promise<void> {
    const hasContent = this.adapter.pkg.model.paragraphs.some((p) => p.text.trim() !== "");
    if (hasContent && !opts.confirmReplace) {
      throw new SilkformError("invalidData", "当前文档已有内容，确认后才会替换为空白申报书。");
    }
    await this.replaceWith(await this.blankForm(), "申报书.docx");
  }

  async documentLimits(): Promise<Record<string, number>> {
    return documentLimits(locateForm(this.adapter.pkg.model));
  }

  async loadSaved(): Promise<FormData | null> {
    return loadFormData(this.adapter.pkg);
  }

  async saveData(data: FormData): Promise<void> {
    await saveFormData(this.adapter.pkg, data);
  }
}
