import {
  BRI_COUNTRIES,
  findBriCountry,
  normalizeCountryName,
  searchCountries,
  splitCountryList,
} from "../../src/data/countries";

describe("BRI_COUNTRIES", () => {
  test("holds the 152 countries of the data file with unique ISO3 codes", () => {
    expect(BRI_COUNTRIES).toHaveLength(152);
    expect(new Set(BRI_COUNTRIES.map((c) => c.iso3)).size).toBe(152);
    for (const c of BRI_COUNTRIES) {
      expect(c.nameZh).not.toBe("");
      expect(c.nameEn).not.toBe("");
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(Array.isArray(c.aliases)).toBe(true);
    }
  });
});

describe("findBriCountry", () => {
  test("finds by Chinese name and alias", () => {
    expect(findBriCountry("俄罗斯")?.iso3).toBe("RUS");
    expect(findBriCountry("俄罗斯联邦")?.iso3).toBe("RUS");
    expect(findBriCountry("俄国")?.iso3).toBe("RUS");
    expect(findBriCountry("哈萨克斯坦")?.iso3).toBe("KAZ");
    expect(findBriCountry("印尼")?.iso3).toBe("IDN");
    expect(findBriCountry("马其顿")?.iso3).toBe("MKD");
  });

  test("does not find countries that are not partners", () => {
    expect(findBriCountry("美国")).toBeUndefined();
    expect(findBriCountry("日本")).toBeUndefined();
    expect(findBriCountry("意大利")).toBeUndefined(); // withdrew in December 2023
    expect(findBriCountry("Italy")).toBeUndefined();
    expect(findBriCountry("中国")).toBeUndefined();
    expect(findBriCountry("")).toBeUndefined();
    expect(findBriCountry("   ")).toBeUndefined();
  });

  test("does not guess from ambiguous or ethnic names", () => {
    expect(findBriCountry("刚果")).toBeUndefined(); // two states
    expect(findBriCountry("哈萨克")).toBeUndefined(); // a people, not a state
    expect(findBriCountry("Korea")).toBeUndefined();
    expect(findBriCountry("俄")).toBeUndefined();
  });

  test("ignores width, spaces and trailing punctuation", () => {
    expect(findBriCountry(" 俄罗斯 ")?.iso3).toBe("RUS");
    expect(findBriCountry("俄\u3000罗斯")?.iso3).toBe("RUS");
    expect(findBriCountry("俄罗斯\u00a0")?.iso3).toBe("RUS");
    expect(findBriCountry("俄罗斯。")?.iso3).toBe("RUS");
    expect(findBriCountry("俄罗斯；")?.iso3).toBe("RUS");
    expect(findBriCountry("刚果(金)")?.iso3).toBe("COD");
    expect(findBriCountry("刚果（金）")?.iso3).toBe("COD");
    expect(findBriCountry("刚果（布）")?.iso3).toBe("COG");
    expect(findBriCountry("ＲＵＳＳＩＡ")?.iso3).toBe("RUS");
  });

  test("finds by English name and ISO3, case-insensitively", () => {
    expect(findBriCountry("Russia")?.nameZh).toBe("俄罗斯");
    expect(findBriCountry("russia")?.nameZh).toBe("俄罗斯");
    expect(findBriCountry("Russian Federation")?.nameZh).toBe("俄罗斯");
    expect(findBriCountry("RUS")?.nameZh).toBe("俄罗斯");
    expect(findBriCountry("kaz")?.nameZh).toBe("哈萨克斯坦");
    expect(findBriCountry("South Africa")?.iso3).toBe("ZAF");
    expect(findBriCountry("Türkiye")?.iso3).toBe("TUR");
    expect(findBriCountry("Turkiye")?.iso3).toBe("TUR");
    expect(findBriCountry("Turkey")?.iso3).toBe("TUR");
    expect(findBriCountry("Cote d’Ivoire")?.iso3).toBe("CIV");
    expect(findBriCountry("Guinea Bissau")?.iso3).toBe("GNB");
  });

  test("keeps similar names apart", () => {
    expect(findBriCountry("几内亚")?.iso3).toBe("GIN");
    expect(findBriCountry("几内亚比绍")?.iso3).toBe("GNB");
    expect(findBriCountry("赤道几内亚")?.iso3).toBe("GNQ");
    expect(findBriCountry("多米尼加")?.iso3).toBe("DOM");
    expect(findBriCountry("多米尼克")?.iso3).toBe("DMA");
    expect(findBriCountry("苏丹")?.iso3).toBe("SDN");
    expect(findBriCountry("南苏丹")?.iso3).toBe("SSD");
    expect(findBriCountry("Niger")?.iso3).toBe("NER");
    expect(findBriCountry("Nigeria")?.iso3).toBe("NGA");
  });

  test("a trailing 等 is ignored", () => {
    expect(findBriCountry("哈萨克斯坦等")?.iso3).toBe("KAZ");
    expect(findBriCountry("哈萨克斯坦等国")?.iso3).toBe("KAZ");
    expect(findBriCountry("等")).toBeUndefined();
  });

  test("normalizeCountryName gives one key for width and space variants", () => {
    expect(normalizeCountryName(" 刚果（金）。")).toBe(normalizeCountryName("刚果(金)"));
  });
});

describe("splitCountryList", () => {
  test("splits on every listed separator and drops empties", () => {
    expect(
      splitCountryList("俄罗斯、哈萨克斯坦，白俄罗斯,蒙古国；巴基斯坦;越南／老挝/泰国 柬埔寨\u3000缅甸\n\n尼泊尔\r\n孟加拉国、、"),
    ).toEqual(["俄罗斯", "哈萨克斯坦", "白俄罗斯", "蒙古国", "巴基斯坦", "越南", "老挝", "泰国", "柬埔寨", "缅甸", "尼泊尔", "孟加拉国"]);
  });

  test("empty and separator-only text gives no names", () => {
    expect(splitCountryList("")).toEqual([]);
    expect(splitCountryList(" 、，;\n\u3000")).toEqual([]);
  });

  test("keeps multi-word country names together", () => {
    expect(splitCountryList("South Africa Kenya, Saudi Arabia")).toEqual(["South Africa", "Kenya", "Saudi Arabia"]);
    expect(splitCountryList("俄 罗斯、伊朗")).toEqual(["俄 罗斯", "伊朗"]);
  });

  test("keeps names with brackets and the template placeholder whole", () => {
    expect(splitCountryList("刚果（金）、刚果(布)")).toEqual(["刚果（金）", "刚果(布)"]);
    expect(splitCountryList("（建议3-5个）")).toEqual(["（建议3-5个）"]);
  });
});

describe("searchCountries", () => {
  test("Chinese prefix matches come first", () => {
    const names = searchCountries("马").map((c) => c.nameZh);
    expect(names.slice(0, 3)).toEqual(["马来西亚", "马尔代夫", "马耳他"]);
    const firstSubstring = names.findIndex((n) => !n.startsWith("马"));
    if (firstSubstring >= 0) expect(names.slice(firstSubstring).every((n) => !n.startsWith("马"))).toBe(true);
  });

  test("offers the state for a partial name", () => {
    expect(searchCountries("哈萨克").map((c) => c.nameZh)).toEqual(["哈萨克斯坦"]);
    expect(searchCountries("俄罗斯").map((c) => c.nameZh)).toEqual(["俄罗斯", "白俄罗斯"]);
  });

  test("matches English names and aliases", () => {
    expect(searchCountries("kaz")[0].iso3).toBe("KAZ");
    expect(searchCountries("arabia").map((c) => c.iso3)).toContain("SAU");
    expect(searchCountries("联邦").map((c) => c.iso3)).toEqual(expect.arrayContaining(["RUS", "FSM"]));
  });

  test("respects the limit and empty queries", () => {
    expect(searchCountries("亚", 3)).toHaveLength(3);
    expect(searchCountries("")).toEqual([]);
    expect(searchCountries("美国")).toEqual([]);
  });
});
