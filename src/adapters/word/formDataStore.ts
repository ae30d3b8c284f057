import { FORM_DATA_NS } from "../../document/formData";
import { SilkformError } from "../../errors";
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

/** Save the form-data part in the document: 2 round trips with WordApi 1.4, none (one settings save) without. */
export async function saveFormDataXml(xml: string, hostOptions: Partial<WordHost> = {}): Promise<void> {
  const host = resolveHost(hostOptions);
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
  if (!settings) throw new SilkformError("formDataUnsaved", "此版本的 Word 不能在文档中保存申报数据（需要 WordApi 1.4 或 Office 设置功能）。请导出为 JSON 文件保存。");
  settings.set(FORM_DATA_SETTING, xml);
  await new Promise<void>((resolve, reject) =>
    settings.saveAsync((r) => (r.status === "failed" ? reject(new Error(r.error?.message ?? "settings.saveAsync failed")) : resolve())),
  );
}

/** The XML of the form-data part saved in the document, or null when there is none. */
export async function loadFormDataXml(hostOptions: Partial<WordHost> = {}): Promise<string | null> {
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
      return xml.value;
    });
  }
  const raw = host.officeSettings()?.get(FORM_DATA_SETTING);
  return typeof raw === "string" ? raw : null;
}

/**
 * Replace the body with a .docx (新建空白申报书). Headers and footers of the
 * inserted file are not copied by design (officejs-facts §5). Whether the
 * user agreed to lose what the body holds is the controller's question.
 */
export async function insertDocx(base64Docx: string, hostOptions: Partial<WordHost> = {}): Promise<void> {
  const host = resolveHost(hostOptions);
  await host.run(async (ctx) => {
    ctx.document.body.insertFileFromBase64(base64Docx, "Replace");
    await ctx.sync();
  });
}
