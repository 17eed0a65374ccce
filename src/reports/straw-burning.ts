import { FirePointDeductionsDocument, FirePointsDocument } from "../client/index.js";
import { BY_YEAR, defineReport, fetchAll, fetchTolerant, type Row } from "./report.js";

/**
 * Fire points per county and China-time month of a year: every detected point (`firePoints`, paged) beside the
 * confirmed ones and their deduction as agriculture computes it (`firePointDeductions`: each point at the rate in force on its date, `strawBurningDeductionRates`).
 */
export const strawBurning = defineReport({
  name: "straw-burning",
  description: "fire points per county and month with deductions",
  ...BY_YEAR,
  title: ({ year }) => `Straw-burning fire points and deductions, ${year}`,
  async items(client, { year }, notes) {
    const points = await fetchAll(client, FirePointsDocument, { from: `${year}-01-01`, to: `${year}-12-31` }, (d) => d.firePoints, notes);
    const { firePointDeductions } = await fetchTolerant(client, FirePointDeductionsDocument, { year }, notes);
    const key = (region: string, month: string) => `${region}/${month}`;
    const cells = new Map<string, Row>();
    for (const p of points) {
      // detectedAt is written in China time (+08:00): its first 7 characters are the China-time month
      const month = p.detectedAt.slice(0, 7);
      const k = key(p.region.code, month);
      const row = cells.get(k) ?? {
        regionCode: p.region.code,
        region: p.region.name,
        city: p.region.level === "COUNTY" ? (p.region.parent?.name ?? null) : p.region.name,
        month,
        detected: 0,
        confirmed: 0,
        deduction: 0,
      };
      row.detected = (row.detected as number) + 1;
      cells.set(k, row);
    }
    for (const d of firePointDeductions) {
      const k = key(d.regionCode, d.month);
      const row = cells.get(k) ?? { regionCode: d.regionCode, region: d.region.name, city: d.region.parent?.name ?? null, month: d.month, detected: null, confirmed: 0, deduction: 0 };
      row.confirmed = d.confirmedFirePoints;
      row.deduction = d.deduction;
      cells.set(k, row);
    }
    const rows = [...cells.values()].sort((a, b) => String(a.regionCode).localeCompare(String(b.regionCode)) || String(a.month).localeCompare(String(b.month)));
    const total = rows.reduce((a, r) => a + (r.deduction as number), 0);
    notes.push(`${points.length} fire point(s) detected, ${rows.reduce((a, r) => a + (r.confirmed as number), 0)} confirmed; ${total.toLocaleString("en-US")} CNY deducted`);
    return rows;
  },
  columns: [
    { key: "regionCode", header: "code" },
    { key: "region", header: "county" },
    { key: "city", header: "city" },
    { key: "month", header: "month" },
    { key: "detected", header: "detected" },
    { key: "confirmed", header: "confirmed" },
    { key: "deduction", header: "deduction CNY", digits: 0 },
  ],
});
