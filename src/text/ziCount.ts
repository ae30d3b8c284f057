/**
 * The one 字 counter of SilkForm (UI, CLI and the overLimit check all use it).
 *
 * Goal: reproduce the 字数 figure of Word's Word Count dialog (审阅 → 字数统计) for
 * Chinese text, because reviewers check "1000字以内" with that dialog.
 *
 * Microsoft does NOT document how 字数 is computed. The official material only names
 * the statistics (VBA `WdStatistic`: wdStatisticWords, wdStatisticFarEastCharacters,
 * https://learn.microsoft.com/office/vba/api/word.wdstatistic; Office.js
 * `Document.computeStatistics` exists only in WordApi BETA, whole document only).
 * The rule below is taken from secondary sources, collected in
 * shared/research/officejs-facts.md §7:
 *   - https://superweb999.com/article/1090995.html — 字数: each Chinese character
 *     counts 1, each English word counts 1; a full-width punctuation mark counts 1;
 *     half-width punctuation does not count in 字数 (only in 字符数).
 *   - https://ufui.net/suptblog/index.cgi?field=17 — Japanese Word behaves the same:
 *     each kana/kanji is one word, a run of ASCII letters/digits/symbols is one word.
 * Pages claiming "consecutive Chinese characters count as one word" were not relied on.
 * The rule has not been verified against a real Word; re-check with the samples in
 * test/text/ziCount.test.ts when a Word installation is available.
 *
 * The rule, per Unicode code point (never per UTF-16 unit, so 𠀀 is one character):
 *   1. Whitespace counts nothing and ends a word run: space, tab, NBSP, U+3000,
 *      line/paragraph breaks and every other control character (Word's text carries
 *      \r, \v and \x07 for paragraphs, manual line breaks and cell ends).
 *   2. East Asian characters count 1 each and end a word run: CJK ideographs (Unified,
 *      Extension A to I, Compatibility, radicals, strokes), kana, hangul, bopomofo, Yi,
 *      CJK Symbols and Punctuation (U+3001–303F), Halfwidth and Fullwidth Forms
 *      (U+FF01–FFEF, full-width letters and digits included: they are double-byte
 *      characters in Chinese code pages, so Word counts them one by one), vertical /
 *      small / compatibility forms, the punctuation Chinese input methods produce
 *      outside those blocks (‘ ’ “ ” … — ― ‖ ※ ‰ ′ ″ and the middle dot ·), Roman
 *      numerals Ⅰ–ⅿ, ℃ ℉ № ℡ ℅, and the symbol blocks U+2190–2BFF (arrows, math
 *      operators, ①, box drawing, □■, ★, ✓ …), which Chinese documents set in the
 *      East Asian font. Exceptions kept Western because they live inside numbers and
 *      words: the minus sign U+2212, and ’ between two Western letters (an apostrophe
 *      as in "China’s").
 *   3. Emoji count 1 each and end a word run. One emoji is one user-visible picture:
 *      a base emoji plus its variation selector, skin-tone modifier, tag sequence and
 *      everything joined by ZWJ (👨‍👩‍👧 counts 1), a flag (two regional indicators)
 *      counts 1, a keycap (1️⃣) counts 1. Word's own handling of emoji is unknown; 1 is
 *      the count a reader expects, and emoji are rare in these forms.
 *   4. Everything else (Latin, Greek, Cyrillic … letters, digits, half-width punctuation
 *      and symbols) forms word runs: a maximal run of such characters counts 1 word
 *      when it contains at least one letter or digit ("GB/T13745-2009", "3.5%",
 *      "https://www.most.gov.cn/" are 1 each). A run made only of half-width
 *      punctuation or symbols counts 0, whether it stands alone between spaces
 *      ("R & D" is 2) or sits between Chinese characters ("研究,开发" is 4): the source
 *      above says half-width punctuation is not counted in 字数. (English-language
 *      Word may count a lone "&" or "-" as a word; for Chinese text the source is the
 *      better guide, and the difference is at most a few 字 in a 1000-字 box.)
 *   5. Combining marks, variation selectors and format characters (ZWSP, soft hyphen,
 *      BOM inside text …) count nothing and do not break a run.
 */

/** A unit the counter found: one 字, starting at `start` (UTF-16 index). */
type UnitSink = (start: number) => boolean;

const RE_LETTER = /\p{L}/u;
const RE_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const RE_MARK = /\p{M}/u;
const RE_FORMAT = /\p{Cf}/u;
const RE_SPACE = /[\s\p{Cc}]/u;
const RE_EXT_PICT = /\p{Extended_Pictographic}/u;
const RE_EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const RE_EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const RE_REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;

// Inclusive [from, to] code point ranges counted one 字 each (see rule 2).
const EAST_ASIAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00b7, 0x00b7], // · middle dot (间隔号)
  [0x1100, 0x115f], // Hangul Jamo leading consonants (vowels/finals attach, see below)
  [0x2014, 0x2016], // — ― ‖
  [0x2018, 0x2019], // ‘ ’ (’ between Western letters is handled as an apostrophe)
  [0x201c, 0x201d], // “ ”
  [0x2020, 0x2027], // † ‡ • ‣ ․ ‥ … ‧
  [0x2030, 0x203e], // ‰ ‱ ′ ″ ‴ ‵ ‶ ‷ ‸ ‹ › ※ ‼ ‽ ‾
  [0x2103, 0x2103], // ℃
  [0x2105, 0x2105], // ℅
  [0x2109, 0x2109], // ℉
  [0x2116, 0x2116], // №
  [0x2121, 0x2121], // ℡
  [0x2160, 0x217f], // Roman numerals Ⅰ–ⅿ
  [0x2190, 0x2211], // arrows, math operators up to ∑
  [0x2213, 0x2bff], // math operators after − … misc symbols and arrows
  [0x2e3a, 0x2e3b], // ⸺ ⸻ two- and three-em dashes
  [0x2e80, 0x2fff], // CJK radicals, Kangxi radicals, ideographic description
  [0x3001, 0x303f], // CJK Symbols and Punctuation, without U+3000 (whitespace)
  [0x3040, 0x31ff], // kana, bopomofo, hangul compatibility jamo, kanbun, strokes
  [0x3200, 0x4dbf], // enclosed CJK, CJK compatibility, Extension A
  [0x4dc0, 0x9fff], // Yijing hexagrams, CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe10, 0xfe1f], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff01, 0xffef], // Halfwidth and Fullwidth Forms
  [0x16fe0, 0x16fff], // ideographic symbols and punctuation
  [0x1b000, 0x1b2ff], // kana supplement / extended, small kana
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x3ffff], // planes 2 and 3: CJK Extensions B–I, Compatibility Supplement
];

// Code points that only extend the previous unit (hangul vowel and final jamo).
const ATTACHING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1160, 0x11ff],
  [0xd7b0, 0xd7ff],
];

function inRanges(cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid];
    if (cp < from) hi = mid - 1;
    else if (cp > to) lo = mid + 1;
    else return true;
  }
  return false;
}

function test(re: RegExp, cp: number): boolean {
  return re.test(String.fromCodePoint(cp));
}

// What the rules ask of a code point, worked out from the expressions and ranges above once per code
// point met (a 50× form's narratives are a million characters; most are the same few thousand).
const F_KNOWN = 1;
const F_SPACE = 2;
const F_INERT = 4; // mark, format character or attaching jamo (rule 5)
const F_REGIONAL = 8;
const F_EMOJI_PRESENTATION = 16;
const F_EXT_PICT = 32;
const F_EMOJI_MODIFIER = 64;
const F_EAST_ASIAN = 128;
const F_LETTER = 256;
const F_LETTER_OR_DIGIT = 512;

function classify(cp: number): number {
  return (
    F_KNOWN |
    (test(RE_SPACE, cp) ? F_SPACE : 0) |
    (test(RE_MARK, cp) || test(RE_FORMAT, cp) || inRanges(cp, ATTACHING_RANGES) ? F_INERT : 0) |
    (test(RE_REGIONAL_INDICATOR, cp) ? F_REGIONAL : 0) |
    (test(RE_EMOJI_PRESENTATION, cp) ? F_EMOJI_PRESENTATION : 0) |
    (test(RE_EXT_PICT, cp) ? F_EXT_PICT : 0) |
    (test(RE_EMOJI_MODIFIER, cp) ? F_EMOJI_MODIFIER : 0) |
    (inRanges(cp, EAST_ASIAN_RANGES) ? F_EAST_ASIAN : 0) |
    (test(RE_LETTER, cp) ? F_LETTER : 0) |
    (test(RE_LETTER_OR_DIGIT, cp) ? F_LETTER_OR_DIGIT : 0)
  );
}

let bmpFlags: Uint16Array | null = null;

function flags(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  bmpFlags ??= new Uint16Array(0x10000);
  let f = bmpFlags[cp];
  if (f === 0) bmpFlags[cp] = f = classify(cp);
  return f;
}

const has = (cp: number, flag: number): boolean => (flags(cp) & flag) !== 0;

function isWesternLetter(cp: number | undefined): boolean {
  return cp !== undefined && (flags(cp) & (F_EAST_ASIAN | F_LETTER)) === F_LETTER;
}

function isAsciiLetterOrDigit(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

function isEmojiStart(cp: number, next: number | undefined): boolean {
  if (has(cp, F_REGIONAL | F_EMOJI_PRESENTATION)) return true;
  if (!has(cp, F_EXT_PICT)) return false;
  // Text-style pictographs (©, ™, ☑ …) are only emoji when asked for with VS16;
  // everything from U+1F000 on is drawn as emoji anyway.
  return next === VS16 || cp >= 0x1f000;
}

function isKeycapStart(text: string, i: number, cp: number): boolean {
  if (!((cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a)) return false;
  let j = i + 1;
  if (text.charCodeAt(j) === VS16) j++;
  return text.charCodeAt(j) === KEYCAP;
}

/**
 * Walks `text` and reports the start index of every 字 in order; stops early when the
 * sink returns false. Returns the number of 字 reported.
 */
function scan(text: string, sink: UnitSink): number {
  let count = 0;
  let runStart = -1; // start of the current Western word run, -1 when outside one
  let runCounts = false; // the run holds a letter or digit
  let inEmoji = false; // the last unit was an emoji, so ZWJ/modifiers extend it
  let pendingRegional = false; // one regional indicator seen, waiting for its pair
  let prevCp: number | undefined;
  let stopped = false;

  const emit = (start: number): void => {
    if (stopped) return;
    count++;
    if (!sink(start)) stopped = true;
  };
  const endRun = (): void => {
    if (runStart >= 0 && runCounts) emit(runStart);
    runStart = -1;
    runCounts = false;
  };

  let i = 0;
  while (i < text.length && !stopped) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const next = i + width < text.length ? text.codePointAt(i + width) : undefined;

    if (cp < 0x80 && !isKeycapStart(text, i, cp)) {
      // ASCII fast path: the UI recounts on every keystroke.
      if (cp <= 0x20 || cp === 0x7f) {
        endRun();
      } else {
        if (runStart < 0) runStart = i;
        if (isAsciiLetterOrDigit(cp)) runCounts = true;
      }
      inEmoji = false;
      pendingRegional = false;
    } else if (cp === ZWJ) {
      // Inside an emoji the ZWJ glues the next pictograph to it; elsewhere it is inert.
      if (inEmoji && next !== undefined && has(next, F_EXT_PICT)) {
        const nextWidth = next > 0xffff ? 2 : 1;
        prevCp = next;
        i += width + nextWidth;
        continue;
      }
    } else if (inEmoji && (has(cp, F_EMOJI_MODIFIER) || cp === KEYCAP)) {
      // Skin tone or keycap belongs to the emoji before it.
    } else if (has(cp, F_SPACE)) {
      endRun();
      inEmoji = false;
      pendingRegional = false;
    } else if (has(cp, F_INERT)) {
      // Marks, variation selectors, tags and format characters never count or split.
    } else if (
      cp === 0x2019 &&
      runStart >= 0 &&
      isWesternLetter(prevCp) &&
      isWesternLetter(next)
    ) {
      // Apostrophe inside a Western word ("China’s") stays in the run.
    } else if (isKeycapStart(text, i, cp) || isEmojiStart(cp, next)) {
      endRun();
      if (has(cp, F_REGIONAL)) {
        // A flag is two regional indicators; the second one does not count again.
        if (pendingRegional) {
          pendingRegional = false;
        } else {
          emit(i);
          pendingRegional = true;
        }
      } else {
        emit(i);
        pendingRegional = false;
      }
      inEmoji = true;
      prevCp = cp;
      i += width;
      continue;
    } else if (has(cp, F_EAST_ASIAN)) {
      endRun();
      emit(i);
      inEmoji = false;
      pendingRegional = false;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate is broken text, not a character: ignore it.
    } else {
      if (runStart < 0) runStart = i;
      if (!runCounts && has(cp, F_LETTER_OR_DIGIT)) runCounts = true;
      inEmoji = false;
      pendingRegional = false;
    }
    prevCp = cp;
    i += width;
  }
  endRun();
  return count;
}

/** Number of 字 in `text`, as Word's Word Count dialog shows 字数 for Chinese text. */
export function countZi(text: string): number {
  return scan(text, () => true);
}

/**
 * UTF-16 index in `text` where the (limit+1)-th 字 starts, i.e. where the part over
 * the limit begins; null when `text` has at most `limit` 字. When the first 字 over
 * the limit is a Western word run, the index is the start of that run. A fractional
 * limit is rounded down and a negative one treated as 0; NaN is rejected.
 */
export function ziOffsetAfter(text: string, limit: number): number | null {
  if (Number.isNaN(limit)) throw new RangeError("字数上限不是有效数字");
  if (limit === Infinity) return null;
  const allowed = Math.max(0, Math.floor(limit));
  let seen = 0;
  let offset: number | null = null;
  scan(text, (start) => {
    seen++;
    if (seen > allowed) {
      offset = start;
      return false;
    }
    return true;
  });
  return offset;
}
