import { periodEnd, readTimes, yearsBefore } from "../../src/text/dates";

const ymd = (d: Date | "ongoing" | null) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const end = (text: string) => ymd(periodEnd(readTimes(text)));

describe("times as applicants write them", () => {
  it.each([
    ["2021", "2021-12-31"],
    ["2021年", "2021-12-31"],
    ["2021年3月", "2021-03-31"],
    ["2021年3月5日", "2021-03-05"],
    ["2021.3", "2021-03-31"],
    ["2024.2", "2024-02-29"],
    ["2021-03-05", "2021-03-05"],
    ["2021/3/5", "2021-03-05"],
    ["2021-2023", "2023-12-31"],
    ["2021.3—2024.2", "2024-02-29"],
    ["2022.11-2026.10", "2026-10-31"],
    ["2021年3月至2024年2月", "2024-02-29"],
    ["２０２１．３－２０２３．６", "2023-06-30"],
    ["2021年至今", "ongoing"],
    ["至今", "ongoing"],
    ["2019-今", "ongoing"],
    ["2015年签署，长期有效", "ongoing"],
    ["2024年5月签署，有效期5年，共建试验站", "2029-05-31"],
    ["《合作协议》，2014年5月签署，有效期为5年", "2019-05-31"],
    ["有效期：2022.6—2027.6", "2027-06-30"],
    ["二〇二六年十一月二十四日", "2026-11-24"],
    ["二〇一九年七月", "2019-07-31"],
    ["二〇二一年", "2021-12-31"],
  ])("%s ends %s", (text, expected) => {
    expect(end(text)).toBe(expected);
  });

  it.each(["三年", "5月", "近期", "《科技合作备忘录》，盐碱地改良联合试验", "项目编号2022YFD1900100", "13号"])("%s has no time", (text) => {
    expect(end(text)).toBeNull();
  });

  it("reads months and days only when they are months and days", () => {
    expect(readTimes("2021.13").points[0]).toMatchObject({ year: 2021 });
    expect(readTimes("2021.13").points[0].month).toBeUndefined();
    expect(readTimes("2021-2023").points.map((p) => p.year)).toEqual([2021, 2023]);
  });

  it("counts years back from a date, 29 February included", () => {
    expect(ymd(yearsBefore(new Date(Date.UTC(2026, 10, 24)), 5))).toBe("2021-11-24");
    expect(ymd(yearsBefore(new Date(Date.UTC(2024, 1, 29)), 1))).toBe("2023-02-28");
  });
});

describe("a period with its end left open", () => {
  it.each(["2021.3—", "2021年3月-", "2021～"])("%s runs on", (text) => {
    expect(periodEnd(readTimes(text))).toBe("ongoing");
  });
});
