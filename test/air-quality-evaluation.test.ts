// The period evaluation as the province reports it (air-quality.md: validity per pollutant, HJ 663 items,
// composite index and ranking, GB/T 8170 rounding, the province as the mean of its cities). Every expectation is
// worked out by hand in the comments beside it.
import { describe, expect, it } from "vitest";
import { evaluateCity, evaluateRegionOfCities, rankByCompositeIndex, roundHalfEven, type EvaluationItem, type PublishedDay } from "../src/airquality/index.js";
import { meets } from "../src/departments/environment/indicator.resolver.js";
import type { Target } from "../src/departments/environment/target.entity.js";

/** Every date from `from` to `to` inclusive. */
function dates(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

type Values = Partial<Record<EvaluationItem, number | null>>;
const constant = (from: string, to: string, values: Values, aqi: number): PublishedDay[] => dates(from, to).map((date) => ({ date, values, aqi }));

describe("GB/T 8170 rounding (half to even on the decimal value)", () => {
  it("rounds the standard's examples as air-quality.md gives them", () => {
    expect(roundHalfEven(52.5, 0)).toBe(52);
    expect(roundHalfEven(53.5, 0)).toBe(54);
    // 1.05 and 1.15 are stored as 1.0500000000000000444 and 1.149999999999999911: the decimal decides, not the double
    expect(roundHalfEven(1.05, 1)).toBe(1.0);
    expect(roundHalfEven(1.15, 1)).toBe(1.2);
    expect(roundHalfEven(0.6684, 3)).toBe(0.668);
  });

  it("rounds a tie to the even neighbour and everything else to the nearest", () => {
    expect(roundHalfEven(54.5, 0)).toBe(54);
    expect(roundHalfEven(55.5, 0)).toBe(56);
    expect(roundHalfEven(53.4, 0)).toBe(53);
    expect(roundHalfEven(53.51, 0)).toBe(54);
    expect(roundHalfEven(2.675, 2)).toBe(2.68); // 7 is odd: up
    expect(roundHalfEven(2.665, 2)).toBe(2.66); // 6 is even: stays
    expect(roundHalfEven(0.0005, 3)).toBe(0);
    expect(roundHalfEven(0.0015, 3)).toBe(0.002);
    expect(roundHalfEven(0.1 + 0.2, 1)).toBe(0.3); // 0.30000000000000004
    expect(roundHalfEven(-2.5, 0)).toBe(-2);
    expect(roundHalfEven(1234567.5, 0)).toBe(1234568);
    expect(() => roundHalfEven(Number.NaN, 0)).toThrow(RangeError);
  });
});

describe("targets are judged on the reported figure", () => {
  const target = (metric: string, comparison: "AT_MOST" | "AT_LEAST", value: number) => ({ metric, comparison, value }) as unknown as Target;
  it("53.4 meets ≤ 53 (reported 53); 53.5 does not (reported 54); 52.5 does (reported 52)", () => {
    expect(meets(53.4, target("PM25_MEAN", "AT_MOST", 53))).toBe(true);
    expect(meets(53.5, target("PM25_MEAN", "AT_MOST", 53))).toBe(false);
    expect(meets(52.5, target("PM25_MEAN", "AT_MOST", 52))).toBe(true);
  });
  it("a ratio is reported to three decimals: 0.6495 → 0.650 meets ≥ 0.65, 0.6494 → 0.649 does not", () => {
    expect(meets(0.6495, target("GOOD_DAY_RATIO", "AT_LEAST", 0.65))).toBe(true);
    expect(meets(0.6494, target("GOOD_DAY_RATIO", "AT_LEAST", 0.65))).toBe(false);
  });
});

describe("validity per pollutant", () => {
  // 2021: PM2.5 59 on Jan 1 … May 13 (31 + 28 + 31 + 30 + 13 = 133 days), 58 on the other 232 days;
  // O3 missing on Jan 1 … Mar 2 (31 + 28 + 2 = 61 days), 100 after. AQI (PM2.5 decides): 59 → 50 + 24·50/40 = 80, 58 → 78.75 → 79.
  const days: PublishedDay[] = dates("2021-01-01", "2021-12-31").map((date) => ({
    date,
    values: { PM25: date <= "2021-05-13" ? 59 : 58, PM10: 70, SO2: 10, NO2: 30, CO: 0.8, O3_8H: date <= "2021-03-02" ? null : 100 },
    aqi: date <= "2021-05-13" ? 80 : 79,
  }));
  const e = evaluateCity(days, "2021-01-01", "2021-12-31");

  it("takes PM2.5 over its own 365 days though O3 is missing on 61", () => {
    expect(e.unrounded["PM25.validDays"]).toBe(365);
    // (133·59 + 232·58) / 365 = 21303 / 365 = 58.3644 → 58
    expect(e.unrounded["PM25.mean"]).toBeCloseTo(21303 / 365, 10);
    expect(e.published["PM25.mean"]).toBe(58);
    // 95th: k = 1 + 364·0.95 = 346.8; the 233rd to 365th values are 59
    expect(e.published["PM25.percentile"]).toBe(59);
    expect(e.coverage.PM25).toEqual({ complete: true, missingReason: null });
  });

  it("checks O3's coverage on O3's own 304 days, and counts every day with an AQI in the ratios", () => {
    expect(e.unrounded["O3_8H.validDays"]).toBe(304);
    expect(e.coverage.O3_8H.complete).toBe(false);
    expect(e.coverage.O3_8H.missingReason).toBe("2021: 304 daily values, need 324; 2021-01: 0 daily values, need 27; 2021-02: 0 daily values, need 25");
    expect(e.published["O3_8H.percentile"]).toBeNull();
    expect(e.published["O3_8H.exceedanceRate"]).toBeNull();
    // the composite needs all six items
    expect(e.published.compositeIndex).toBeNull();
    expect(e.published["PM25.index"]).toBe(1.66); // 58 / 35 = 1.657
    expect(e.published.aqiDays).toBe(365);
    expect(e.published.goodDayRatio).toBe(1);
    expect(e.complete).toBe(false);
    expect(e.missingReason).toBe("2021: 304 daily values, need 324; 2021-01: 0 daily values, need 27; 2021-02: 0 daily values, need 25 (O3_8H)");
  });
});

describe("HJ 663 items, day counts and exceedances of a month", () => {
  // June 2021, 30 days. PM2.5: 10 days each of 30, 80, 160 → mean 90; NO2 constant 85 (> 80 every day).
  const days: PublishedDay[] = dates("2021-06-01", "2021-06-30").map((date, i) => ({
    date,
    values: { PM25: [30, 80, 160][i % 3]!, PM10: 60, SO2: 8, NO2: 85, CO: 0.9, O3_8H: i < 5 ? 161 : 160 },
    aqi: [43, 106, 210][i % 3]!,
  }));
  const e = evaluateCity(days, "2021-06-01", "2021-06-30");
  it("gives every item and the day counts by category", () => {
    expect(e.published["PM25.mean"]).toBe(90);
    // PM2.5 sorted: 10×30, 10×80, 10×160; k = 1 + 29·0.95 = 28.55 → X(28) = 160
    expect(e.published["PM25.percentile"]).toBe(160);
    // exceedance: PM2.5 > 75 on 20 days; NO2 > 80 on all 30; O3 > 160 on 5 (160 itself is not one)
    expect(e.published["PM25.exceedanceDays"]).toBe(20);
    expect(e.published["NO2.exceedanceDays"]).toBe(30);
    expect(e.published["O3_8H.exceedanceDays"]).toBe(5);
    expect(e.published["O3_8H.exceedanceRate"]).toBe(0.167); // 5 / 30 = 0.1667
    expect(e.published["SO2.exceedanceDays"]).toBe(0);
    // AQI 43 优, 106 轻度, 210 重度: 10 days each
    expect([e.published["days.EXCELLENT"], e.published["days.GOOD"], e.published["days.LIGHT"], e.published["days.MODERATE"], e.published["days.HEAVY"], e.published["days.SEVERE"]]).toEqual([10, 0, 10, 0, 10, 0]);
    expect(e.published.goodDayRatio).toBe(0.333);
    expect(e.published.heavyPollutionDayRatio).toBe(0.333);
  });
});

describe("composite index", () => {
  it("gives air-quality.md's worked example: 0.17 0.85 1.21 1.43 0.40 1.09 → 5.15", () => {
    const e = evaluateCity(constant("2021-06-01", "2021-06-30", { SO2: 10, NO2: 34, PM10: 85, PM25: 50, CO: 1.6, O3_8H: 175 }, 73), "2021-06-01", "2021-06-30");
    const p = e.published;
    expect([p["SO2.index"], p["NO2.index"], p["PM10.index"], p["PM25.index"], p["CO.index"], p["O3_8H.index"]]).toEqual([0.17, 0.85, 1.21, 1.43, 0.4, 1.09]);
    expect(p.compositeIndex).toBe(5.15);
    // unrounded: 10/60 + 34/40 + 85/70 + 50/35 + 1.6/4 + 175/160 = 5.15327
    expect(e.unrounded.compositeIndex).toBeCloseTo(5.15327, 5);
  });

  it("ranks a small synthetic year of three cities, best first", () => {
    const year = (v: Values) => evaluateCity(constant("2021-01-01", "2021-12-31", v, 80), "2021-01-01", "2021-12-31");
    const cities = [
      // 10/60 34/40 85/70 50/35 1.6/4 175/160 → 0.17 + 0.85 + 1.21 + 1.43 + 0.40 + 1.09 = 5.15
      { code: "X", e: year({ SO2: 10, NO2: 34, PM10: 85, PM25: 50, CO: 1.6, O3_8H: 175 }) },
      // 6/60 20/40 70/70 35/35 1.0/4 160/160 → 0.10 + 0.50 + 1.00 + 1.00 + 0.25 + 1.00 = 3.85
      { code: "Y", e: year({ SO2: 6, NO2: 20, PM10: 70, PM25: 35, CO: 1.0, O3_8H: 160 }) },
      // 12/60 40/40 100/70 60/35 2.0/4 190/160 → 0.20 + 1.00 + 1.43 + 1.71 + 0.50 + 1.19 = 6.03
      { code: "Z", e: year({ SO2: 12, NO2: 40, PM10: 100, PM25: 60, CO: 2.0, O3_8H: 190 }) },
    ];
    const ranked = rankByCompositeIndex(cities, (c) => c.e.published.compositeIndex);
    expect(ranked.map((r) => [r.rank, r.entry.code, r.entry.e.published.compositeIndex])).toEqual([
      [1, "Y", 3.85],
      [2, "X", 5.15],
      [3, "Z", 6.03],
    ]);
  });

  it("gives equal indices one rank and puts a city without an index last, unranked", () => {
    const ranked = rankByCompositeIndex(
      [{ c: "A", i: 5.15 }, { c: "B", i: null }, { c: "C", i: 3.85 }, { c: "D", i: 5.15 }],
      (x) => x.i,
    );
    expect(ranked.map((r) => [r.rank, r.entry.c])).toEqual([[1, "C"], [2, "A"], [2, "D"], [null, "B"]]);
  });
});

describe("a region of several cities", () => {
  // June 2021. PM2.5: A 15 days 40 and 15 days 41 (mean 40.5, published 40); B 45/46 (45.5 → 46); C 53/54 (53.5 → 54).
  // Good days (AQI ≤ 100): A 20, B 25, C 30 of 30.
  const city = (low: number, good: number) =>
    evaluateCity(
      dates("2021-06-01", "2021-06-30").map((date, i) => ({ date, values: { PM25: i < 15 ? low : low + 1, PM10: 60, SO2: 8, NO2: 30, CO: 0.9, O3_8H: 120 }, aqi: i < good ? 80 : 120 })),
      "2021-06-01",
      "2021-06-30",
    );
  const cities = new Map([["A", city(40, 20)], ["B", city(45, 25)], ["C", city(53, 30)]]);
  const p = evaluateRegionOfCities(cities, "2021-06-01", "2021-06-30");

  it("is the mean of the cities' unrounded figures, rounded once", () => {
    // (40.5 + 45.5 + 53.5) / 3 = 46.5 → 46 (half to even); the mean of the published 40, 46, 54 would give 46.67 → 47
    expect(p.unrounded["PM25.mean"]).toBeCloseTo(46.5, 12);
    expect(p.published["PM25.mean"]).toBe(46);
    // good-day ratio: (20/30 + 25/30 + 30/30) / 3 = 75/90 = 0.8333 → 0.833
    expect(p.unrounded.goodDayRatio).toBeCloseTo(75 / 90, 12);
    expect(p.published.goodDayRatio).toBe(0.833);
    expect(p.published.goodDays).toBe(25);
    expect(p.complete).toBe(true);
  });

  it("is missing a figure when a city's is, naming the city", () => {
    const short = evaluateCity(constant("2021-06-01", "2021-06-20", { PM25: 40, PM10: 60, SO2: 8, NO2: 30, CO: 0.9, O3_8H: 120 }, 80), "2021-06-01", "2021-06-30");
    const q = evaluateRegionOfCities(new Map([...cities, ["D", short]]), "2021-06-01", "2021-06-30");
    expect(q.published["PM25.mean"]).toBeNull();
    expect(q.coverage.PM25.missingReason).toBe("D 2021-06: 20 daily values, need 27");
    expect(q.complete).toBe(false);
  });
});
