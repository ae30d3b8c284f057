import { allCellParagraphs, DocCell, DocModel, DocParagraph } from "../document/model";
import { SIGN_BLOCKS, SignBlockSpec } from "../form/layout";
import { foldText } from "../text/normalize";
import type { LocatedField } from "./location";
import { answerText, joinLines } from "./text";

const DATE_LINE = /年.*月.*日/u;
const NUM = "[0-9〇零一二三四五六七八九十]+";
const DATE_FILLED = new RegExp(`${NUM}\\s*年\\s*${NUM}\\s*月\\s*${NUM}\\s*日`, "u");

function findBlockCell(model: DocModel, spec: SignBlockSpec): DocCell | null {
  for (const t of model.tables) {
    for (const r of t.rows) {
      for (const c of r.cells) {
        const first = allCellParagraphs(c).find((p) => p.text.trim() !== "");
        if (first && spec.title.some((o) => foldText(first.text).startsWith(foldText(o)))) return c;
      }
    }
  }
  return null;
}

/** Offset just after "签字：" (or "签字" when the colon is missing). */
function afterSignLabel(p: DocParagraph): number {
  const i = p.text.indexOf("签字");
  if (i < 0) return p.text.length;
  let j = i + 2;
  if (p.text[j] === "：" || p.text[j] === ":") j++;
  return j;
}

/**
 * 四、审核意见: each block is the cell opening with its title. A signature is
 * a name or an image after "签字："; a seal is an image elsewhere in the
 * block; a date is a line with numbers before 年, 月 and 日.
 */
export function locateSignatures(model: DocModel): LocatedField[] {
  const out: LocatedField[] = [];
  for (const spec of SIGN_BLOCKS) {
    const ids = spec.fields;
    const cell = findBlockCell(model, spec);
    if (!cell) {
      for (const id of [ids.opinion, ids.signature, ids.seal, ids.date]) if (id) out.push({ id, found: false, text: "", reason: `找不到“${spec.title[0]}”签字栏` });
      continue;
    }
    const paras = allCellParagraphs(cell);
    const titleAt = paras.findIndex((p) => p.text.trim() !== "");
    const signAt = paras.findIndex((p) => p.text.includes("签字") && spec.signature.some((o) => foldText(p.text).startsWith(foldText(o))));
    const signIdx = signAt >= 0 ? signAt : paras.findIndex((p) => p.text.includes("签字"));
    const sealIdx = paras.findIndex((p) => /公章|盖章/.test(p.text));
    let dateIdx = -1;
    paras.forEach((p, i) => {
      if (DATE_LINE.test(p.text) && i > signIdx) dateIdx = i;
    });

    if (ids.opinion) {
      const end = signIdx >= 0 ? signIdx : paras.length;
      const region = paras.slice(titleAt + 1, end);
      out.push({
        id: ids.opinion,
        found: true,
        text: joinLines(region.map((p) => p.text)),
        location: {
          kind: "region",
          cell: cell.ref,
          paragraphs: region.map((p) => p.index),
          insertAfter: paras[titleAt]?.index ?? null,
          afterTable: null,
          limit: Number.MAX_SAFE_INTEGER,
          limitFromDocument: false,
        },
      });
    }
    if (signIdx < 0) out.push({ id: ids.signature, found: false, text: "", reason: `“${spec.title[0]}”中找不到“签字：”` });
    else {
      const p = paras[signIdx];
      const start = afterSignLabel(p);
      const name = answerText(p.text.slice(start));
      const present = name !== "" || p.hasDrawing;
      out.push({
        id: ids.signature,
        found: true,
        text: name,
        location: { kind: "mark", cell: cell.ref, span: { paragraph: p.index, start, end: p.text.length }, present },
      });
    }
    if (ids.seal) {
      if (sealIdx < 0) out.push({ id: ids.seal, found: false, text: "", reason: `“${spec.title[0]}”中找不到“（单位公章）”` });
      else {
        const p = paras[sealIdx];
        const present = paras.some((q, i) => q.hasDrawing && i !== signIdx);
        out.push({ id: ids.seal, found: true, text: present ? "已盖章" : "", location: { kind: "mark", cell: cell.ref, span: { paragraph: p.index, start: 0, end: p.text.length }, present } });
      }
    }
    if (dateIdx < 0) out.push({ id: ids.date, found: false, text: "", reason: `“${spec.title[0]}”中找不到“年  月  日”` });
    else {
      const p = paras[dateIdx];
      const present = DATE_FILLED.test(p.text.normalize("NFKC"));
      out.push({ id: ids.date, found: true, text: answerText(p.text), location: { kind: "mark", cell: cell.ref, span: { paragraph: p.index, start: 0, end: p.text.length }, present } });
    }
  }
  return out;
}
