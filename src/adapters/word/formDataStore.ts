import type { FormData } from "../../form/schema";
import { FORM_DATA_NS, formDataFromXml, formDataToXml } from "../../form/storage";
import { WordAdapterError } from "./errors";
import type { WordHost } from "./host";
import { resolveHost } from "./officeHost";

/**
 * The form data kept inside the document, so a .docx carries its own
 * answers between sessions and machines, in the one format the .docx
 * adapter also reads and writes (src/form/storage.ts): a custom XML part
 * in namespace urn:silkform:formdata:1. In Word it is found with
 * `customXmlParts.getByNamespace` and replaced with `setXml` (WordApi 1.4);
 * other add-ins can read it (officejs-facts §4). Without WordApi 1.4
 * (Office 2019 volume licence, officejs-facts §0) the same XML goes into
 * the Common API settings (requirement set Settings), which Word writes into
 * the file when the user saves.
 */

export { FORM_DATA_NS };
export const FORM_DATA_SETTING = "silkform.formData";

/** The part's XML; data over Word on the web's 1 MB custom XML limit (officejs-facts §4, ISSUE #2408) is refused. */
function partXml(data: FormData): string {
  try {
    return formDataToXml(data);
  } catch (e) {
    throw new WordAdapterError("formDataTooLarge", (e as Error).message);
  }
}

/** Save the data in the document: 2 round trips with WordApi 1.4, none (one settings save) without. */
export async function saveFormData(data: FormData, hostOptions: Partial<WordHost> = {}): Promise<void> {
  const host = resolveHost(hostOptions);
  const xml = partXml(data);
  if (host.isSetSupported("WordApi", "1.4")) {
    await host.run(async (ctx) => {
      const parts = ctx.document.customXmlParts.getByNamespace(FORM_DATA_NS).load("items/id");
      await ctx.sync();
      const [first, ...extra] = parts.items;
      if (first) first.setXml(xml);
      else ctx.document.customXmlParts.add(xml);
      // A copied document may carry several; one source of truth is kept.
      for (const p of extra) p.delete();
      await ctx.sync();
    });
    return;
  }
  const settings = host.officeSettings();
  if (!settings) throw new Error("此版本的 Word 不能在文档中保存申报数据（需要 WordApi 1.4 或 Office 设置功能）。请导出为 JSON 文件保存。");
  settings.set(FORM_DATA_SETTING, xml);
  await new Promise<void>((resolve, reject) =>
    settings.saveAsync((r) => (r.status === "failed" ? reject(new Error(r.error?.message ?? "settings.saveAsync failed")) : resolve())),
  );
}

/** The data saved in the document, or null when there is none (or it is not readable as form data). */
export async function loadFormData(hostOptions: Partial<WordHost> = {}): Promise<FormData | null> {
  const host = resolveHost(hostOptions);
  if (host.isSetSupported("WordApi", "1.4")) {
    return host.run(async (ctx) => {
      const parts = ctx.document.customXmlParts.getByNamespace(FORM_DATA_NS).load("items/id");
      await ctx.sync();
      if (parts.items.length === 0) return null;
      const xml = parts.items[0].getXml();
      await ctx.sync();
      // A ClientResult is filled by the sync above; it has no load() (the lint rule assumes one).
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      return formDataFromXml(xml.value);
    });
  }
  const raw = host.officeSettings()?.get(FORM_DATA_SETTING);
  return typeof raw === "string" ? formDataFromXml(raw) : null;
}

/**
 * 新建空白申报书: replace the body with the official blank form. Headers and
 * footers of the inserted file are not copied by design (officejs-facts §5).
 * Refuses a document that already has text unless the user confirmed.
 */
export async function insertBlankForm(base64Docx: string, opts: { confirmed: boolean }, hostOptions: Partial<WordHost> = {}): Promise<void> {
  const host = resolveHost(hostOptions);
  await host.run(async (ctx) => {
    const body = ctx.document.body;
    if (!opts.confirmed) {
      body.load("text");
      await ctx.sync();
      if ([...body.text].some((c) => c.trim() !== "" && c.charCodeAt(0) >= 0x20)) {
        throw new WordAdapterError("documentNotEmpty", "当前文档已有内容。新建空白申报书会替换全部正文，请确认后再试，或新建一个空白 Word 文档。");
      }
    }
    body.insertFileFromBase64(base64Docx, "Replace");
    await ctx.sync();
  });
}
