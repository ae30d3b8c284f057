/** What a package part is, in words a user knows, followed by its name in the zip. */
export function partLabel(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1).toLowerCase();
  const kinds: [RegExp, string][] = [
    [/^\[content_types\]\.xml$/, "内容类型清单"],
    [/^\.rels$/, "包关系"],
    [/\.rels$/, "关系文件"],
    [/^document\d*\.xml$/, "正文"],
    [/^comments/, "批注"],
    [/^footnotes/, "脚注"],
    [/^endnotes/, "尾注"],
    [/^header/, "页眉"],
    [/^footer/, "页脚"],
    [/^styles/, "样式"],
    [/^numbering/, "编号"],
    [/^settings/, "文档设置"],
    [/^(item|itemprops)\d*\.xml$/, "自定义数据"],
    [/^(core|app|custom)\.xml$/, "文档属性"],
  ];
  const kind = kinds.find(([re]) => re.test(base))?.[1] ?? "部件";
  return `${kind}（${name}）`;
}

/** The folder of a part, with its trailing slash ("" at the package root). */
export function partDir(name: string): string {
  const i = name.lastIndexOf("/");
  return i < 0 ? "" : name.slice(0, i + 1);
}

/** Where a part's relationships are stored: word/document22.xml → word/_rels/document22.xml.rels. */
export function relsPathOf(part: string): string {
  const dir = partDir(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/**
 * A relationship target as a part name. Relative targets are resolved from
 * the source part's folder (the package root for _rels/.rels, source ""),
 * absolute ones from the root; percent-escapes are undone.
 */
export function resolveTarget(fromPart: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  try {
    t = decodeURIComponent(t);
  } catch {
    // Not escaped after all: use it as written.
  }
  const out: string[] = [];
  for (const seg of (t.startsWith("/") ? t : partDir(fromPart) + t).split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
