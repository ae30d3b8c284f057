import { SilkformError } from "../errors";
import type { LocateResult } from "./location";

/**
 * A document is taken for this form when its 基本信息 table, or most of its
 * fields, are found; otherwise every later step would only report noise.
 */
export function assertThisForm(result: LocateResult): void {
  const found = result.fields.filter((f) => f.found).length;
  if (result.tables.basic === null && found < result.fields.length / 4) {
    throw new SilkformError(
      "notThisForm",
      `这不是“一带一路”联合实验室情况摸底申报书：文档中找不到“一、基本信息”表格，只识别出 ${found} / ${result.fields.length} 项。请确认打开的是申报书文件。`,
    );
  }
}
