import * as fc from "fast-check";
import { countZi, ziOffsetAfter } from "../../src/text/ziCount";

// Every expected number below was counted by hand with the rule in src/text/ziCount.ts.
describe("countZi", () => {
  test("pure Chinese: one per character", () => {
    expect(countZi("联合实验室")).toBe(5);
    expect(countZi("一带一路联合实验室情况摸底申报书")).toBe(16);
  });

  test("full-width punctuation counts one each", () => {
    // “ 一带一路 ” = 1+4+1; 倡议 2; （ 1; 简称 2; ） 1; ，1; 合作 2; 、1; 交流 2; ；1;
    // 内容 2; ：1; 略 1; 。1  → 6+2+1+2+1+1+2+1+2+1+2+1+1+1 = 24
    expect(countZi("“一带一路”倡议（简称），合作、交流；内容：略。")).toBe(24);
    // ‘ 1 + 单引号 3 + ’ 1 + …… 2 + —— 2 + · 1 = 10
    expect(countZi("‘单引号’……——·")).toBe(10);
    expect(countZi("￥１００")).toBe(4); // full-width ￥ and digits are four East Asian characters
  });

  test("mixed Chinese and Latin: each Latin/digit run is one word", () => {
    // 2023 | 年 | 与 | Tsinghua | University | 合 | 作 | 3 | 项
    //  1   + 1 + 1 +    1     +     1      + 1 + 1 + 1 + 1  = 9
    // The space between "Tsinghua" and "University" separates two words; 年/与/合/项
    // end the digit and Latin runs without any space.
    expect(countZi("2023年与Tsinghua University合作3项")).toBe(9);
    // An apostrophe inside a Western word keeps the word whole; Chinese around it counts per character.
    expect(countZi("China’s合作")).toBe(3);
  });

  test("numbers with decimals, percent and signs are one word", () => {
    expect(countZi("3.5%")).toBe(1);
    // 增长 2 + "3.5%" 1 + ， 1 + 达到 2 + "1,234.56" 1 + 万元 2 = 9
    expect(countZi("增长3.5%，达到1,234.56万元")).toBe(9);
    expect(countZi("-0.25")).toBe(1);
  });

  test("standard numbers", () => {
    expect(countZi("GB/T 13745-2009")).toBe(2); // "GB/T" and "13745-2009"
    expect(countZi("GB/T13745-2009")).toBe(1);
    expect(countZi("按GB/T 13745-2009填写")).toBe(5); // 按, GB/T, 13745-2009, 填, 写
  });

  test("URLs and e-mail addresses are one word", () => {
    expect(countZi("https://www.most.gov.cn/index.html?a=1&b=2")).toBe(1);
    expect(countZi("网址：https://www.example.org。")).toBe(5); // 网 址 ： URL 。
    expect(countZi("lab@example.edu.cn")).toBe(1);
  });

  test("half-width punctuation alone counts nothing", () => {
    expect(countZi("R & D")).toBe(2);
    expect(countZi(" - ")).toBe(0);
    expect(countZi("研究,开发")).toBe(4); // half-width comma between Chinese characters
    expect(countZi("(Tsinghua)")).toBe(1); // attached brackets belong to the word
  });

  test("emoji count one each, including ZWJ sequences, modifiers, flags and keycaps", () => {
    expect(countZi("👍")).toBe(1);
    expect(countZi("👍🏽")).toBe(1); // skin-tone modifier belongs to the emoji
    expect(countZi("👨‍👩‍👧")).toBe(1); // family: three pictographs joined by ZWJ
    expect(countZi("❤️‍🔥")).toBe(1); // VS16 + ZWJ sequence
    expect(countZi("🇨🇳🇰🇿")).toBe(2); // two flags
    expect(countZi("1️⃣")).toBe(1);
    expect(countZi("合作👍OK")).toBe(4); // 合 作 👍 OK
  });

  test("characters outside the BMP count once (surrogate pairs)", () => {
    expect("𠀀".length).toBe(2);
    expect(countZi("𠀀")).toBe(1); // U+20000, CJK Extension B
    expect(countZi("𠀀𠀁研究")).toBe(4);
    expect(countZi("𰀀")).toBe(1); // U+30000, CJK Extension G
  });

  test("empty and whitespace-only text is 0", () => {
    expect(countZi("")).toBe(0);
    expect(countZi("   \t\u3000\u00a0\n\r\u000b\u0007")).toBe(0);
  });

  test("whitespace of any kind separates words and counts nothing", () => {
    expect(countZi("研究\u3000开发")).toBe(4);
    expect(countZi("Belt\u00a0and\tRoad")).toBe(3);
  });

  test("multi-line text", () => {
    const text = "一、战略意义\n本实验室聚焦AI与5G。\r\n\r\n第二段 Second paragraph.";
    // line 1: 一 、 战 略 意 义 = 6
    // line 2: 本 实 验 室 聚 焦 (6) + AI (1) + 与 (1) + 5G (1) + 。(1) = 10
    // line 3: 第 二 段 (3) + Second (1) + paragraph. (1) = 5
    expect(countZi(text)).toBe(21);
  });

  test("combining marks and format characters do not split or count", () => {
    expect(countZi("e\u0301te\u0301")).toBe(1);
    expect(countZi("co\u00adoperation")).toBe(1);
    expect(countZi("ab\u200bcd")).toBe(1);
  });
});

describe("ziOffsetAfter", () => {
  test("null when the text is within the limit", () => {
    expect(ziOffsetAfter("", 0)).toBeNull();
    expect(ziOffsetAfter("联合实验室", 5)).toBeNull(); // exactly at the limit
    expect(ziOffsetAfter("联合实验室", 1000)).toBeNull();
  });

  test("start of the first 字 over the limit", () => {
    expect(ziOffsetAfter("联合实验室", 4)).toBe(4); // limit+1 = 5th 字 "室"
    expect(ziOffsetAfter("联合实验室", 0)).toBe(0);
    expect(ziOffsetAfter("  联合", 0)).toBe(2); // leading spaces are not a 字
  });

  test("the overflow inside a Latin word run starts at the run", () => {
    const text = "合作伙伴Tsinghua University";
    // 合 作 伙 伴 = 4, "Tsinghua" is the 5th 字
    expect(ziOffsetAfter(text, 4)).toBe(4);
    expect(ziOffsetAfter(text, 5)).toBe(text.indexOf("University"));
    expect(ziOffsetAfter(text, 6)).toBeNull();
    // A run that does not count (lone punctuation) is never the start of the overflow.
    expect(ziOffsetAfter("研究 - 开发", 2)).toBe(5);
  });

  test("offsets are UTF-16 indices, past surrogate pairs", () => {
    const text = "𠀀𠀁研究";
    expect(ziOffsetAfter(text, 2)).toBe(4);
    expect(text.slice(ziOffsetAfter(text, 2)!)).toBe("研究");
    expect(ziOffsetAfter("👨‍👩‍👧好", 1)).toBe("👨‍👩‍👧".length);
  });

  test("agrees with countZi", () => {
    const text = "2023年与Tsinghua University合作3项，见GB/T 13745-2009。";
    const n = countZi(text);
    expect(ziOffsetAfter(text, n)).toBeNull();
    expect(ziOffsetAfter(text, n - 1)).toBe(text.length - 1);
  });

  test("fractional and negative limits", () => {
    expect(ziOffsetAfter("联合实验室", 4.9)).toBe(4);
    expect(ziOffsetAfter("联合", -3)).toBe(0);
    expect(ziOffsetAfter("联合", Infinity)).toBeNull();
    expect(() => ziOffsetAfter("联合", Number.NaN)).toThrow(RangeError);
  });
});

describe("properties", () => {
  const pieces = [
    "联", "合", "，", "。", "“", "”", "a", "Z", "9", ".", "-", "/", "%", " ", "\u3000", "\n",
    "\u00a0", "𠀀", "👍", "🏽", "\u200d", "👧", "🇨", "🇳", "\ufe0f", "\u20e3", "’", "\u0301", "·", "…",
  ];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(""));

  test("counts add up across a space", () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => countZi(`${a} ${b}`) === countZi(a) + countZi(b)),
    );
  });

  test("the text before ziOffsetAfter(limit) holds exactly limit 字", () => {
    fc.assert(
      fc.property(textArb, fc.nat(30), (text, limit) => {
        const offset = ziOffsetAfter(text, limit);
        if (offset === null) return countZi(text) <= limit;
        return countZi(text) > limit && countZi(text.slice(0, offset)) === limit;
      }),
    );
  });
});
