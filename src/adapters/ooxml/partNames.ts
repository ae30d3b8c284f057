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
