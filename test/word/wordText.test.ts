import { alignTexts, SEARCH_LIMIT, searchSteps, textHash } from "../../src/adapters/word/wordText";

describe("model text ↔ Word text", () => {
  it("maps offsets across Word-only characters and Word's spellings of breaks and symbols", () => {
    // Model: "□甲\n乙-"; Word: PUA box, footnote mark, vertical tab, non-breaking hyphen U+001E.
    const map = alignTexts("□甲\n乙-", "\uf0a3甲\u0002\v乙\u001e");
    expect(map && [...map]).toEqual([0, 1, 3, 4, 5, 6]);
  });

  it("refuses texts that are not the same paragraph", () => {
    expect(alignTexts("甲乙", "甲丙")).toBeNull();
    expect(alignTexts("甲乙", "甲乙丙")).toBeNull();
    expect(alignTexts("甲", "")).toBeNull();
  });
});

describe("search steps", () => {
  it("cuts long text into ≤255-character searches, spelling ^, tab and line break as Word's special characters", () => {
    const word = "甲".repeat(300) + "^" + "\t" + "乙\v丙";
    const steps = searchSteps(word, 0, word.length);
    expect(steps.every((s) => s.pattern.length <= SEARCH_LIMIT)).toBe(true);
    expect(steps.reduce((n, s) => n + s.length, 0)).toBe(word.length);
    expect(steps.map((s) => [s.skip, s.wildcard, s.length])).toEqual([
      [false, false, 255],
      [false, false, 50],
    ]);
    expect(steps[1].pattern.endsWith("^^^t乙^l丙")).toBe(true);
  });

  it("skips whole runs of characters no search can spell (symbol boxes, pictures, footnote marks)", () => {
    // A Wingdings box, text, a picture and a footnote mark, text, a box at the end.
    const word = "\uf0a3科研院所\u0001\u0002说明\uf0a3";
    expect(searchSteps(word, 0, word.length).map((s) => [s.skip, s.wildcard, s.length, s.pattern])).toEqual([
      [true, false, 1, ""],
      [false, false, 4, "科研院所"],
      [true, false, 2, ""],
      [false, false, 2, "说明"],
      [true, false, 1, ""],
    ]);
    // Only a point between two such characters needs the wildcard.
    expect(searchSteps(word, 0, 6).map((s) => [s.skip, s.wildcard, s.length])).toEqual([
      [true, false, 1],
      [false, false, 4],
      [false, true, 1],
    ]);
  });

  it("never splits a surrogate pair", () => {
    const word = "甲".repeat(254) + "𠀀" + "乙";
    const steps = searchSteps(word, 0, word.length);
    expect(steps[0].length).toBe(254);
    expect(steps.map((s) => s.length).reduce((a, b) => a + b)).toBe(word.length);
  });

  it("hashes text stably", () => {
    expect(textHash("申报书")).toBe(textHash("申报书"));
    expect(textHash("申报书")).not.toBe(textHash("申报表"));
  });
});
