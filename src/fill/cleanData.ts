import { childPath, type FieldPathText } from "../form/paths";
import type { FormData } from "../form/schema";
import { cleanText } from "../text/controlChars";
import type { Unfillable } from "./ops";

/** Something the user should know about a value that was written: characters taken out of it. */
export interface FillNotice {
  field: FieldPathText;
  message: string;
}

/**
 * Every text value of the data made writable (src/text/controlChars.ts):
 * removed characters are reported by field; a value holding a lone
 * surrogate is not written at all and comes back as unfillable, so that
 * the user retypes it rather than finds it silently mangled.
 */
export function cleanFormData(data: FormData): { data: FormData; notices: FillNotice[]; damaged: Unfillable[] } {
  const notices: FillNotice[] = [];
  const damaged: Unfillable[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === "string") {
      const c = cleanText(value);
      if (c.loneSurrogate) {
        damaged.push({ field: path, reason: `含有损坏的字符（孤立的代理项 ${c.loneSurrogate}，多为复制粘贴时截断的表情或生僻字），未填写，请重新输入这一项` });
        return undefined;
      }
      if (c.removed.length > 0) notices.push({ field: path, message: `已删除 ${c.removed.join("、")} 等不可见的控制字符（Word 文档中不能保存它们）` });
      return c.text;
    }
    if (Array.isArray(value)) {
      const before = damaged.length;
      const items = value.map((v, i) => walk(v, childPath(path, i)));
      // A list of texts (countries) is one answer: a damaged item holds back the whole list.
      if (damaged.length > before && value.some((v) => typeof v === "string")) {
        damaged.splice(before, damaged.length - before, { ...damaged[before], field: path });
        return undefined;
      }
      return items;
    }
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, childPath(path, k))]));
    }
    return value;
  };
  return { data: walk(data, "") as FormData, notices, damaged };
}
