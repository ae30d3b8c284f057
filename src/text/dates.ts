/**
 * Times as applicants write them in the form's tables and texts: a year
 * (2021, 2021年), a date (2021年3月, 2021.3, 2021-03-05, 2021/3/5), a period
 * (2021-2023, 2021.3—2024.2, 2021年3月至2024年2月), an open period (2021年至今,
 * 至今), an agreement's validity (2024年5月签署，有效期5年; 长期有效) and dates
 * in Chinese numerals (二〇二六年十一月二十四日).
 * One reader for the check's time rules and the form's own date.
 */

/** A point in time as written: a year, maybe its month and day. */
export interface TimePoint {
  year: number;
  month?: number;
  day?: number;
  /** UTF-16 offsets of the point in the text as read (NFKC-folded, Chinese-numeral dates as digits). */
  start: number;
  end: number;
}

export interface TimeReading {
  /** Every point written, in text order. */
  points: TimePoint[];
  /** The period runs to the present (至今, 迄今, 在研 …). */
  ongoing: boolean;
  /** The period has no end (长期有效, 无固定期限 …). */
  openEnded: boolean;
  /** 有效期5年, 为期3年: counted from the first point. */
  validityYears: number | null;
}

// Years the form can mean; a longer digit run (a project number 2022YFD1900100 is caught by the letter check) is not a year.
const POINT = /(?<![\d.])((?:19|20)\d{2})(?![\dA-Za-z])(?:\s*(?:年|[./-])\s*(\d{1,2})(?![\d])(?:\s*(?:月|[./-])\s*(\d{1,2})(?![\d])\s*日?)?\s*月?)?/g;
// "2021.3—" (a period with its end left open) runs on too.
const ONGOING = /至今|迄今|至现在|到现在|今$|在研|执行中|进行中|实施中|[\d年月日]\s*[-—–~～至到]+\s*$/u;
const OPEN_ENDED = /长期有效|有效期[为：:]?\s*长期|无固定期限|无期限|永久有效|持续有效/u;
const VALIDITY = /(?:有效期|为期|期限)[^\d。；;，,]{0,4}?(\d{1,2})\s*年/u;

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十一 → 11, 二十四 → 24, 三十 → 30, 九 → 9 (months and days only). */
function smallChineseNumber(s: string): number {
  const [tens, ones] = s.includes("十") ? s.split("十") : ["", s];
  return (s.includes("十") ? (tens === "" ? 1 : CN_DIGITS[tens]) * 10 : 0) + (ones === "" ? 0 : CN_DIGITS[ones]);
}

/** Official documents date themselves in Chinese numerals (二〇二六年十一月二十四日): as digits. */
function chineseDatesAsDigits(t: string): string {
  return t.replace(/([〇零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?/gu, (_m, y: string, mo?: string, d?: string) => {
    const year = [...y].map((c) => CN_DIGITS[c]).join("");
    return `${year}年${mo ? `${smallChineseNumber(mo)}月` : ""}${d ? `${smallChineseNumber(d)}日` : ""}`;
  });
}

/** Text as readTimes reads it, so offsets of its points can be used on it: NFKC-folded, Chinese-numeral dates as digits. */
export function datesAsDigits(text: string): string {
  return chineseDatesAsDigits(text.normalize("NFKC"));
}

export function readTimes(text: string): TimeReading {
  const t = datesAsDigits(text);
  const points: TimePoint[] = [];
  POINT.lastIndex = 0;
  for (let m = POINT.exec(t); m; m = POINT.exec(t)) {
    const year = Number(m[1]);
    const month = m[2] !== undefined ? Number(m[2]) : undefined;
    const day = m[3] !== undefined ? Number(m[3]) : undefined;
    const okMonth = month !== undefined && month >= 1 && month <= 12;
    points.push({
      year,
      ...(okMonth ? { month } : {}),
      ...(okMonth && day !== undefined && day >= 1 && day <= 31 ? { day } : {}),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  const v = VALIDITY.exec(t);
  return {
    points,
    ongoing: ONGOING.test(t.trim()),
    openEnded: OPEN_ENDED.test(t),
    validityYears: v ? Number(v[1]) : null,
  };
}

/** The first moment of a point (2021年3月 → 1 March 2021), in UTC. */
export function pointStart(p: Pick<TimePoint, "year" | "month" | "day">): Date {
  return new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
}

/** The last day of a point (2021 → 31 December 2021, 2021.2 → 28 February 2021), in UTC. */
export function pointEnd(p: Pick<TimePoint, "year" | "month" | "day">): Date {
  if (p.month === undefined) return new Date(Date.UTC(p.year, 11, 31));
  if (p.day === undefined) return new Date(Date.UTC(p.year, p.month, 0));
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/**
 * When what a text describes ended: "ongoing" for a period that runs to the
 * present or has no end, the validity counted from the first point when one
 * is stated, else the latest point written; null when no time is written.
 */
export function periodEnd(r: TimeReading): Date | "ongoing" | null {
  if (r.ongoing || r.openEnded) return "ongoing";
  if (r.points.length === 0) return null;
  const latest = r.points.map(pointEnd).reduce((a, b) => (a > b ? a : b));
  if (r.validityYears === null) return latest;
  const first = r.points[0];
  const until = pointEnd({ ...first, year: first.year + r.validityYears });
  return until > latest ? until : latest;
}

/** A date minus whole years (29 February falls back to 28 February). */
export function yearsBefore(d: Date, years: number): Date {
  const out = new Date(Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate()));
  if (out.getUTCMonth() !== d.getUTCMonth()) out.setUTCDate(0);
  return out;
}

/** 2021年3月 for messages. */
export function formatDate(d: Date, precision: "month" | "day" = "month"): string {
  const ym = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`;
  return precision === "day" ? `${ym}${d.getUTCDate()}日` : ym;
}
