import { describe, it, expect } from "vitest";
import {
  HJ633_2012,
  categoryOf,
  computeAqi,
  hourValid,
  iaqi,
  isGoodDay,
  isHeavyPollutionDay,
  isO3ExceedanceDay,
  max1h,
  mda8,
  mean24h,
  movingAverages8h,
  percentile,
  periodValidity,
  rulesetByName,
  rulesetFor,
  suggestWarningLevel,
  summarize,
  type AqiResult,
  type HourlyValue,
  type Pollutant,
} from "../src/airquality/index.js";

const iaqiOf = (r: AqiResult, p: Pollutant) => r.iaqi.find((e) => e.pollutant === p)?.value;

/** All dates from `from` to `to` inclusive, YYYY-MM-DD. */
function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe("rulesets", () => {
  it("maps every date, before and after 2026-03-01, to HJ633_2012 (the only verified ruleset)", () => {
    expect(rulesetFor("2021-06-01")).toBe(HJ633_2012);
    expect(rulesetFor("2010-01-01")).toBe(HJ633_2012);
    expect(rulesetFor("2026-03-01")).toBe(HJ633_2012);
    expect(rulesetFor()).toBe(HJ633_2012);
    expect(rulesetByName("HJ633_2012")).toBe(HJ633_2012);
  });

  it("rejects malformed dates and unknown names", () => {
    expect(() => rulesetFor("2021-02-30")).toThrow(RangeError);
    expect(() => rulesetFor("20210601")).toThrow(RangeError);
    expect(() => rulesetByName("HJ633_2026")).toThrow(/unknown ruleset/);
  });
});

describe("worked examples of the spec", () => {
  it("example 1: AQI 67, GOOD, primary PM2.5", () => {
    const r = computeAqi({ pm25: 48, pm10: 70, no2: 30, so2: 8, co: 0.7, o3EightHour: 90, o3OneHour: 110 });
    expect(iaqiOf(r, "PM25")).toBe(67);
    expect(iaqiOf(r, "PM10")).toBe(60);
    expect(iaqiOf(r, "NO2")).toBe(38);
    expect(iaqiOf(r, "SO2")).toBe(8);
    expect(iaqiOf(r, "CO")).toBe(18);
    expect(iaqiOf(r, "O3_8H")).toBe(45);
    expect(iaqiOf(r, "O3_1H")).toBe(35);
    expect(r.aqi).toBe(67);
    expect(r.level).toBe(2);
    expect(r.category).toBe("GOOD");
    expect(r.color).toEqual({ r: 255, g: 255, b: 0, hex: "#FFFF00" });
    expect(r.primaryPollutants).toEqual(["PM25"]);
    expect(r.exceedingPollutants).toEqual([]);
    expect(r.capped).toBe(false);
    expect(r.ruleset).toBe("HJ633_2012");
  });

  it("example 2: AQI 186, MODERATE, primary PM2.5", () => {
    const r = computeAqi({ pm25: 140, pm10: 180, no2: 20, so2: 5, co: 0.5 });
    expect(iaqiOf(r, "PM25")).toBe(186);
    expect(iaqiOf(r, "PM10")).toBe(115);
    expect(r.aqi).toBe(186);
    expect(r.category).toBe("MODERATE");
    expect(r.primaryPollutants).toEqual(["PM25"]);
    expect(r.exceedingPollutants).toEqual(["PM25", "PM10"]);
  });

  it("example 3: AQI 141, LIGHT, primary O3 (8h)", () => {
    const r = computeAqi({ pm25: 20, pm10: 45, o3EightHour: 205, o3OneHour: 240 });
    expect(iaqiOf(r, "PM25")).toBe(29);
    expect(iaqiOf(r, "PM10")).toBe(45);
    expect(iaqiOf(r, "O3_8H")).toBe(141);
    expect(iaqiOf(r, "O3_1H")).toBe(120);
    expect(r.aqi).toBe(141);
    expect(r.category).toBe("LIGHT");
    expect(r.primaryPollutants).toEqual(["O3_8H"]);
  });

  it("example 4: AQI 155, MODERATE, primary PM10", () => {
    const r = computeAqi({ pm25: 90, pm10: 260 });
    expect(iaqiOf(r, "PM25")).toBe(119);
    expect(iaqiOf(r, "PM10")).toBe(155);
    expect(r.aqi).toBe(155);
    expect(r.category).toBe("MODERATE");
    expect(r.primaryPollutants).toEqual(["PM10"]);
  });
});

describe("iaqi", () => {
  it("rounds up: 51.25 → 52", () => {
    // PM10 52.5: 50 + 50/100 · 2.5 = 51.25
    expect(iaqi(HJ633_2012, "PM10_24H", 52.5)).toEqual({ value: 52, capped: false });
  });

  it("does not push an exact integer up through floating error", () => {
    // NO2 48: 50 + 50/40 · 8 = 60 exactly.
    expect(iaqi(HJ633_2012, "NO2_24H", 48).value).toBe(60);
    // CO 2.2: 50 + 50/2 · 0.2 = 55 exactly, but evaluates to 55.00000000000001 in floating point;
    // a bare Math.ceil would give 56.
    expect(iaqi(HJ633_2012, "CO_24H", 2.2).value).toBe(55);
    expect(iaqi(HJ633_2012, "CO_1H", 4.9).value).toBe(49);
  });

  it("takes the breakpoint's own IAQI on a breakpoint", () => {
    expect(iaqi(HJ633_2012, "PM25_24H", 0).value).toBe(0);
    expect(iaqi(HJ633_2012, "PM25_24H", 35).value).toBe(50);
    expect(iaqi(HJ633_2012, "PM25_24H", 75).value).toBe(100);
    expect(iaqi(HJ633_2012, "PM25_24H", 500)).toEqual({ value: 500, capped: false });
  });

  it("caps above the table at 500 with a flag", () => {
    expect(iaqi(HJ633_2012, "PM25_24H", 650)).toEqual({ value: 500, capped: true });
    const r = computeAqi({ pm25: 650, pm10: 300 });
    expect(r.aqi).toBe(500);
    expect(r.capped).toBe(true);
    expect(r.category).toBe("SEVERE");
    expect(r.color?.hex).toBe("#7E0023");
  });

  it("rejects negative and non-finite concentrations", () => {
    expect(() => iaqi(HJ633_2012, "PM25_24H", -1)).toThrow(RangeError);
    expect(() => iaqi(HJ633_2012, "PM25_24H", Number.NaN)).toThrow(RangeError);
  });
});

describe("computeAqi special rules", () => {
  it("SO2 1h above 800 is not computed; SO2 comes from the 24h mean", () => {
    expect(iaqi(HJ633_2012, "SO2_1H", 801)).toEqual({ value: null, capped: false });
    const r = computeAqi({ so2: 100, so2OneHour: 900 });
    // 24h 100: 50 + 50/100 · 50 = 75
    expect(iaqiOf(r, "SO2")).toBe(75);
    expect(r.iaqi[0]?.indicator).toBe("SO2_24H");
    expect(r.notComputed).toEqual(["SO2_1H"]);
    expect(r.aqi).toBe(75);
    expect(r.capped).toBe(false);
  });

  it("SO2 1h exactly 800 is still computed (200)", () => {
    expect(iaqi(HJ633_2012, "SO2_1H", 800).value).toBe(200);
  });

  it("O3 8h above 800 is not computed; O3 is judged by the 1h value", () => {
    expect(iaqi(HJ633_2012, "O3_8H", 850).value).toBeNull();
    const r = computeAqi({ pm25: 30, o3EightHour: 850, o3OneHour: 900 });
    expect(iaqiOf(r, "O3_8H")).toBeUndefined();
    // 1h 900: 300 + 100/200 · 100 = 350
    expect(iaqiOf(r, "O3_1H")).toBe(350);
    expect(r.aqi).toBe(350);
    expect(r.primaryPollutants).toEqual(["O3_1H"]);
    expect(r.notComputed).toEqual(["O3_8H"]);
  });

  it("uses the larger of 24h and 1h IAQI when both are given", () => {
    // NO2 24h 90 → 105; NO2 1h 300 → 100 + 50/500 · 100 = 110
    const r = computeAqi({ no2: 90, no2OneHour: 300 });
    expect(r.iaqi).toEqual([{ pollutant: "NO2", value: 110, indicator: "NO2_1H", capped: false }]);
  });

  it("lists every tied pollutant as primary", () => {
    // PM2.5 75 → 100, PM10 150 → 100
    const r = computeAqi({ pm25: 75, pm10: 150, no2: 20 });
    expect(r.aqi).toBe(100);
    expect(r.primaryPollutants).toEqual(["PM25", "PM10"]);
    expect(r.exceedingPollutants).toEqual([]);
  });

  it("names no primary pollutant when AQI ≤ 50", () => {
    const r = computeAqi({ pm25: 35, pm10: 50 });
    expect(r.aqi).toBe(50);
    expect(r.category).toBe("EXCELLENT");
    expect(r.primaryPollutants).toEqual([]);
    // Just above 50 has one.
    expect(computeAqi({ pm25: 35.5 }).primaryPollutants).toEqual(["PM25"]);
  });

  it("returns a null AQI when nothing is present", () => {
    const r = computeAqi({ pm25: null, pm10: undefined });
    expect(r).toMatchObject({ aqi: null, level: null, category: null, color: null, primaryPollutants: [], iaqi: [] });
  });

  it("categoryOf covers each band edge", () => {
    expect(categoryOf(0).category).toBe("EXCELLENT");
    expect(categoryOf(50).level).toBe(1);
    expect(categoryOf(51).level).toBe(2);
    expect(categoryOf(100).level).toBe(2);
    expect(categoryOf(101).category).toBe("LIGHT");
    expect(categoryOf(150).category).toBe("LIGHT");
    expect(categoryOf(151).category).toBe("MODERATE");
    expect(categoryOf(200).category).toBe("MODERATE");
    expect(categoryOf(201).category).toBe("HEAVY");
    expect(categoryOf(300).color.hex).toBe("#99004C");
    expect(categoryOf(301).category).toBe("SEVERE");
    expect(categoryOf(10).color.hex).toBe("#00E400");
  });
});

describe("validity", () => {
  it("an hour needs 45 minutes of sampling", () => {
    expect(hourValid(44)).toBe(false);
    expect(hourValid(45)).toBe(true);
  });

  it("a 24h mean needs 20 valid hours (19 → null)", () => {
    const hours = (valid: number): HourlyValue[] => Array.from({ length: 24 }, (_, h) => (h < valid ? 10 + h : null));
    expect(mean24h(hours(19))).toBeNull();
    // mean of 10..29
    expect(mean24h(hours(20))).toBe(19.5);
    expect(mean24h(Array(24).fill(40))).toBe(40);
    expect(() => mean24h(Array(25).fill(1))).toThrow(RangeError);
  });

  it("an 8h moving average needs 6 valid hours in the window (5 → null)", () => {
    const day: HourlyValue[] = Array(24).fill(null);
    // Window ending at hour 7 covers hours 0..7.
    for (const h of [0, 1, 2, 3, 4]) day[h] = 100;
    expect(movingAverages8h(day)[7]).toBeNull();
    day[5] = 160;
    expect(movingAverages8h(day)[7]).toBe(110);
  });

  it("windows ending before hour 7 use the previous day's hours", () => {
    const prev: HourlyValue[] = Array(24).fill(80);
    const day: HourlyValue[] = Array(24).fill(40);
    const ma = movingAverages8h(day, prev);
    // Ending at hour 2: prev 19..23 (5 × 80) + day 0..2 (3 × 40) = 520 / 8
    expect(ma[2]).toBe(65);
    // Without the previous day, hour 2 has only 3 valid hours; hour 5 has 6.
    const alone = movingAverages8h(day);
    expect(alone[2]).toBeNull();
    expect(alone[5]).toBe(40);
  });

  it("MDA8 is the max over the 17 windows wholly inside the day", () => {
    const day: HourlyValue[] = Array(24).fill(50);
    for (let h = 12; h < 20; h++) day[h] = 210;
    expect(mda8(day)).toBe(210);
    // The window over hours 16..23 is inside the day and counts.
    const late: HourlyValue[] = Array(24).fill(0);
    for (let h = 16; h < 24; h++) late[h] = 120;
    expect(mda8(late)).toBe(120);
    // High values early in the day only enter windows from hour 0 onward.
    const early: HourlyValue[] = Array(24).fill(0);
    for (let h = 0; h < 8; h++) early[h] = 100;
    expect(mda8(early)).toBe(100);
    expect(mda8(Array(24).fill(null))).toBeNull();
  });

  it("max1h ignores invalid hours", () => {
    expect(max1h([10, null, 250, undefined, 30])).toBe(250);
    expect(max1h([null, null])).toBeNull();
  });

  it("a calendar year needs 324 daily values (323 fails)", () => {
    const all = datesBetween("2021-01-01", "2021-12-31");
    // Remove 42 days so that each month keeps exactly its minimum (27, February 25):
    // 7 long months · 4 + 4 thirty-day months · 3 + February 3 = 43, so February gives only 2.
    const drop = new Set<string>();
    const monthLength = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (let m = 1; m <= 12; m++) {
      const n = m === 2 ? 2 : monthLength[m - 1]! - 27;
      for (let d = 1; d <= n; d++) drop.add(`2021-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    }
    const d323 = all.filter((d) => !drop.has(d));
    expect(d323).toHaveLength(323);
    const r323 = periodValidity(d323, "2021-01-01", "2021-12-31");
    expect(r323.valid).toBe(false);
    expect(r323.days).toBe(323);
    expect(r323.reason).toBe("2021: 323 daily values, need 324");

    const d324 = [...d323, "2021-12-01"].sort();
    const r324 = periodValidity(d324, "2021-01-01", "2021-12-31");
    expect(r324).toMatchObject({ valid: true, reason: null, days: 324 });
  });

  it("a year also needs 27 per month even with ≥ 324 days", () => {
    const dates = datesBetween("2021-01-01", "2021-12-31").filter((d) => !(d.startsWith("2021-07") && d.slice(8) <= "05"));
    const r = periodValidity(dates, "2021-01-01", "2021-12-31");
    expect(r.days).toBe(360);
    expect(r.valid).toBe(false);
    expect(r.reason).toBe("2021-07: 26 daily values, need 27");
  });

  it("February needs 25 (24 fails), other full months 27, partial months unchecked", () => {
    const feb = datesBetween("2021-02-01", "2021-02-28");
    const r24 = periodValidity(feb.slice(0, 24), "2021-01-15", "2021-03-10");
    expect(r24.valid).toBe(false);
    expect(r24.reason).toBe("2021-02: 24 daily values, need 25");
    expect(r24.shortfalls).toEqual([{ period: "2021-02", days: 24, required: 25 }]);

    // January and March are partial, so their (absent) values are not checked.
    const r25 = periodValidity(feb.slice(0, 25), "2021-01-15", "2021-03-10");
    expect(r25).toMatchObject({ valid: true, reason: null, days: 25 });

    const march = datesBetween("2021-03-01", "2021-03-31");
    expect(periodValidity(march.slice(0, 26), "2021-03-01", "2021-03-31").valid).toBe(false);
    expect(periodValidity(march.slice(0, 27), "2021-03-01", "2021-03-31").valid).toBe(true);
  });

  it("names every failing month and ignores dates outside the period and duplicates", () => {
    const dates = [...datesBetween("2021-04-01", "2021-04-20"), "2021-04-01", "2021-08-01", ...datesBetween("2021-05-01", "2021-05-10")];
    const r = periodValidity(dates, "2021-04-01", "2021-05-31");
    expect(r.days).toBe(30);
    expect(r.reason).toBe("2021-04: 20 daily values, need 27; 2021-05: 10 daily values, need 27");
  });

  it("a period without any daily value is invalid", () => {
    expect(periodValidity([], "2021-04-03", "2021-04-09")).toMatchObject({ valid: false, days: 0 });
  });
});

describe("percentile (HJ 663 / numpy linear)", () => {
  it("matches hand-computed numpy-linear values", () => {
    // k = 1 + 4·0.4 = 2.6 → 20 + (35 − 20)·0.6 = 29
    expect(percentile([50, 15, 40, 20, 35], 40)).toBeCloseTo(29, 10);
    // sorted 1 1 2 3 4 5 6 9; k = 1 + 7·0.95 = 7.65 → 6 + 3·0.65 = 7.95
    expect(percentile([3, 1, 4, 1, 5, 9, 2, 6], 95)).toBeCloseTo(7.95, 10);
    // k = 7.3 → 6.9
    expect(percentile([3, 1, 4, 1, 5, 9, 2, 6], 90)).toBeCloseTo(6.9, 10);
    // k = 1.25 → 12.5
    expect(percentile([20, 10], 25)).toBe(12.5);
    // 1..21, p95: k = 20 exactly → 20
    expect(percentile(Array.from({ length: 21 }, (_, i) => i + 1), 95)).toBe(20);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([4, 8, 1], 0)).toBe(1);
    expect(percentile([4, 8, 1], 100)).toBe(8);
  });

  it("is null for an empty list and rejects bad input", () => {
    expect(percentile([], 95)).toBeNull();
    expect(() => percentile([1, 2], 101)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(RangeError);
  });
});

describe("evaluation", () => {
  it("classifies days at the boundaries", () => {
    expect(isGoodDay(100)).toBe(true);
    expect(isGoodDay(101)).toBe(false);
    expect(isHeavyPollutionDay(200)).toBe(false);
    expect(isHeavyPollutionDay(201)).toBe(true);
    expect(isO3ExceedanceDay(160)).toBe(false);
    expect(isO3ExceedanceDay(161)).toBe(true);
  });

  it("summarizes a period over valid values", () => {
    const s = summarize([
      { date: "2021-06-01", aqi: 80, pm25: 30, pm10: 60, so2: 8, no2: 20, co: 0.6, o3EightHourMax: 160 },
      { date: "2021-06-02", aqi: 120, pm25: 50, pm10: 90, so2: 10, no2: 30, co: 0.8, o3EightHourMax: 190 },
      { date: "2021-06-03", aqi: 250, pm25: 190, pm10: 240, so2: 12, no2: 40, co: 1.2, o3EightHourMax: 100 },
      { date: "2021-06-04", aqi: null, pm25: null, pm10: null, so2: null, no2: null, co: null, o3EightHourMax: 170 },
      { date: "2021-06-05", aqi: 40, pm25: 20, pm10: 30, so2: 6, no2: 10, co: 0.4, o3EightHourMax: null },
    ]);
    expect(s.days).toBe(5);
    expect(s.validDays).toBe(4);
    expect(s.means.pm25).toBe(72.5);
    expect(s.means.pm10).toBe(105);
    expect(s.means.co).toBeCloseTo(0.75, 10);
    expect(s.means.o3EightHourMax).toBe(155);
    // CO sorted 0.4 0.6 0.8 1.2; k = 1 + 3·0.95 = 3.85 → 0.8 + 0.4·0.85 = 1.14
    expect(s.coP95).toBeCloseTo(1.14, 10);
    // MDA8 sorted 100 160 170 190; k = 1 + 3·0.9 = 3.7 → 170 + 20·0.7 = 184
    expect(s.o3Mda8P90).toBeCloseTo(184, 10);
    expect(s.goodDays).toBe(2);
    expect(s.goodDayRatio).toBe(0.5);
    expect(s.heavyPollutionDays).toBe(1);
    expect(s.heavyPollutionRatio).toBe(0.25);
    // 160 is not an exceedance: 190 and 170 are.
    expect(s.o3ValidDays).toBe(4);
    expect(s.o3ExceedanceDays).toBe(2);
    expect(s.o3ExceedanceRate).toBe(0.5);
    expect(s.rulesets).toEqual(["HJ633_2012"]);
  });

  it("returns null ratios for an empty period and rejects duplicate dates", () => {
    const s = summarize([]);
    expect(s).toMatchObject({ validDays: 0, goodDayRatio: null, o3ExceedanceRate: null, coP95: null });
    expect(() => summarize([{ date: "2021-01-01", aqi: 50 }, { date: "2021-01-01", aqi: 60 }])).toThrow(/duplicate/);
  });
});

describe("suggestWarningLevel", () => {
  it("no warning without 2 consecutive days > 200", () => {
    expect(suggestWarningLevel([]).level).toBeNull();
    expect(suggestWarningLevel([200, 200, 200]).level).toBeNull();
    expect(suggestWarningLevel([201, 150, 450, 120]).level).toBeNull();
  });

  it("yellow at 2 consecutive days > 200", () => {
    const s = suggestWarningLevel([150, 201, 201, 100]);
    expect(s.level).toBe("YELLOW");
    expect(s.run).toEqual({ start: 1, end: 2 });
    expect(s.reason).toContain("2 consecutive days");
    // 3 days without any > 300 stays yellow.
    expect(suggestWarningLevel([250, 260, 300]).level).toBe("YELLOW");
    // 2 days, even both > 300, is not orange.
    expect(suggestWarningLevel([350, 400]).level).toBe("YELLOW");
  });

  it("orange at 3 consecutive days > 200 with one > 300", () => {
    expect(suggestWarningLevel([210, 301, 220]).level).toBe("ORANGE");
    // 4 days with only one > 300 is orange, not red.
    expect(suggestWarningLevel([210, 301, 220, 230]).level).toBe("ORANGE");
  });

  it("red at 4 consecutive days > 200 with two > 300, or any day at 500", () => {
    const s = suggestWarningLevel([100, 210, 301, 302, 220, 90]);
    expect(s.level).toBe("RED");
    expect(s.run).toEqual({ start: 1, end: 4 });
    expect(s.reason).toContain("2 of them > 300");
    // 3 days with two > 300 is only orange.
    expect(suggestWarningLevel([301, 302, 220]).level).toBe("ORANGE");
    expect(suggestWarningLevel([100, 500, 100]).level).toBe("RED");
    expect(suggestWarningLevel([100, 499, 100]).level).toBeNull();
  });

  it("reports the highest level over all runs", () => {
    const s = suggestWarningLevel([210, 220, 100, 210, 310, 220]);
    expect(s.level).toBe("ORANGE");
    expect(s.run).toEqual({ start: 3, end: 5 });
  });
});
