import { isSilkformError } from "../../errors";
import { WordAdapterError } from "./errors";
import { officeErrorCode, type RunFn } from "./host";

/**
 * What Word's error codes mean to the person at the keyboard. Office.js
 * rejects a batch with an `OfficeExtension.Error` whose `code` is one of
 * `Word.ErrorCodes` / `OfficeExtension.ErrorCodes` (REF word.errorcodes,
 * officeextension.errorcodes) and whose message is the bare code in English
 * ("GeneralException"), which tells a user nothing. Each code gets a
 * Chinese sentence: what happened, then what to do. Where a code is known
 * to come from one call in particular (debugInfo.errorLocation), the
 * sentence names that case (docs/word-api.md, "Office errors").
 */

export type OfficeErrorCode =
  | "GeneralException"
  | "NotAllowed"
  | "AccessDenied"
  | "InvalidArgument"
  | "ApiNotFound"
  | "ItemNotFound"
  | "NotImplemented"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ActivityLimitReached"
  | "ConnectionFailure"
  | "RequestPayloadSizeLimitExceeded"
  | "SearchStringInvalidOrTooLong"
  | "SearchDialogIsOpen";

const SAVE_AND_REOPEN = "请保存文档，关闭后重新打开再试";
const REPORT = "如仍出现，请把本提示截图发给为您部署加载项的管理员（反馈方法见帮助页 help.html）。";

const MESSAGES: Record<OfficeErrorCode, string> = {
  GeneralException: `Word 在执行操作时出现内部错误（GeneralException），文档没有按预期修改。${SAVE_AND_REOPEN}；${REPORT}`,
  NotAllowed: `Word 当前不允许加载项执行此操作（NotAllowed）：文档可能处于只读、受保护、正在共同编辑或“限制编辑”状态，或有对话框尚未关闭。请关闭对话框、确认文档可以编辑（“审阅”→“限制编辑”）后再试。`,
  AccessDenied: `Word 拒绝了加载项的访问（AccessDenied）：文档可能以只读方式打开、处于受保护视图，或您没有编辑权限。请点击“启用编辑”或另存一份可编辑的副本后再试。`,
  InvalidArgument: `Word 不接受加载项传给它的内容（InvalidArgument），本次操作没有完成。这通常是此版本 Word 的限制；请把 Word 更新到最新版本后再试。${REPORT}`,
  ApiNotFound: `此版本的 Word 不支持本功能需要的接口（ApiNotFound）。请把 Office 更新到最新版本（需要 WordApi 1.3；批注需要 WordApi 1.4），或改用 Word 网页版。`,
  ItemNotFound: `在文档中找不到要修改的位置（ItemNotFound），文档可能在读取之后被修改过。请点“从文档读取”重新读取后再试。`,
  NotImplemented: `此版本或此平台的 Word 没有实现本功能需要的操作（NotImplemented）。请把 Office 更新到最新版本，或改用 Windows 版 Word 再试。`,
  InvalidObjectPath: `要修改的内容在操作过程中已不在文档里（InvalidObjectPath），可能刚被编辑或删除。请点“从文档读取”重新读取后再试。`,
  InvalidRequestContext: `加载项与 Word 的连接已失效（InvalidRequestContext）。请关闭任务窗格后重新打开再试。`,
  PropertyNotLoaded: `加载项读取 Word 内容时出错（PropertyNotLoaded），这是加载项的问题，文档没有被修改。${REPORT}`,
  ValueNotLoaded: `加载项读取 Word 内容时出错（ValueNotLoaded），这是加载项的问题，文档没有被修改。${REPORT}`,
  ActivityLimitReached: `Word 认为本次操作量过大（ActivityLimitReached）。请稍等片刻后再试；如果文档很大，可分几次填写。`,
  ConnectionFailure: `与 Word 的连接中断（ConnectionFailure），Word 网页版常见于网络不稳定时。请检查网络，刷新页面后再试；已写入的内容以文档中实际显示为准。`,
  RequestPayloadSizeLimitExceeded: `一次要写入 Word 的内容过多（RequestPayloadSizeLimitExceeded），Word 网页版对单次操作有大小限制。请分几次填写，或使用 Windows/Mac 版 Word。`,
  SearchStringInvalidOrTooLong: `Word 无法定位要修改的文字（SearchStringInvalidOrTooLong）。请点“从文档读取”重新读取后再试。${REPORT}`,
  SearchDialogIsOpen: `Word 的“查找和替换”对话框正开着，加载项无法在文档中定位（SearchDialogIsOpen）。请关闭该对话框后再试。`,
};

/** Known causes of a code at one call (debugInfo.errorLocation), worth a sentence of their own. */
const AT_LOCATION: Partial<Record<string, Partial<Record<OfficeErrorCode, string>>>> = {
  // #6059, #5394 (specific documents), #998 (a shape grouped with a picture, layered images).
  "Body.getOoxml": {
    GeneralException:
      "Word 无法导出此文档的内容（读取正文的 OOXML 时出错，GeneralException），所以加载项无法读取本文档。" +
      "已知原因是文档中组合在一起的图形与图片、叠放的图片或其他特殊对象。请：① 用“文件”→“另存为”存成新的 .docx 后打开新文件再试；" +
      "② 仍不行，把正文中的组合图形取消组合（或暂时删除图片）再试；③ 也可以在电脑上用命令行 silkform 直接处理 .docx 文件。",
  },
  // #6746: refused on some Word on the web tenants.
  "Range.insertComment": {
    NotAllowed: "Word 不允许加载项在此文档中添加批注（NotAllowed，Word 网页版部分租户的已知问题）。",
  },
  "Body.insertFileFromBase64": {
    NotAllowed:
      "Word 不允许替换此文档的正文（NotAllowed）：正文中可能有 Word 网页版不支持的内容控件（如日期选取器）。请新建一个空白 Word 文档后再点“新建空白申报书”。",
  },
};

const KNOWN = new Set(Object.keys(MESSAGES));

function isKnownCode(code: string): code is OfficeErrorCode {
  return KNOWN.has(code);
}

/** Where Word says the error happened ("Body.getOoxml"), when it says. */
export function officeErrorLocation(e: unknown): string | null {
  const info = e !== null && typeof e === "object" ? (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  return info && typeof info.errorLocation === "string" ? info.errorLocation : null;
}

/** An Office.js error, told in Chinese; `officeCode` and `location` stay for callers that react to a case. */
export class OfficeApiError extends WordAdapterError {
  constructor(
    readonly officeCode: string,
    readonly location: string | null,
    message: string,
    original: string,
  ) {
    super("officeError", message, [original]);
    this.name = "OfficeApiError";
  }
}

/** The Chinese sentence for an Office error code (and, when known, the call it came from). */
export function officeErrorMessage(code: string, location: string | null = null): string {
  const special = location ? AT_LOCATION[location]?.[code as OfficeErrorCode] : undefined;
  if (special) return special;
  if (isKnownCode(code)) return MESSAGES[code];
  return `Word 报告了一个错误（${code}），本次操作没有完成。${SAVE_AND_REOPEN}；${REPORT}`;
}

/** SilkformErrors and non-Office errors unchanged; an Office error as an OfficeApiError with its Chinese sentence. */
export function explainOfficeError(e: unknown): unknown {
  if (isSilkformError(e)) return e;
  const code = officeErrorCode(e);
  if (!code) return e;
  const location = officeErrorLocation(e);
  const original = e instanceof Error ? e.message : String(e);
  return new OfficeApiError(code, location, officeErrorMessage(code, location), location ? `${code} at ${location}: ${original}` : original);
}

/** `run` whose rejections are explained: every Word batch of the adapter goes through this. */
export function explainingRun(run: RunFn): RunFn {
  return async (batch) => {
    try {
      return await run(batch);
    } catch (e) {
      throw explainOfficeError(e);
    }
  };
}
