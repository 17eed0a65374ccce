import { childrenOf } from "../shared/regions.data.js";
import { coalReplacement } from "../departments/agriculture/coal-replacement.dataset.js";
import { dustCheck } from "../departments/housing/dust-check.dataset.js";
import { dustMonitorReading } from "../departments/housing/dust-monitor-reading.dataset.js";
import { dustViolation } from "../departments/housing/dust-violation.dataset.js";
import { restaurantFumeMonitor } from "../departments/housing/restaurant-fume-monitor.dataset.js";
import type { DemoContext, DemoTable } from "./demo.types.js";
import { Random } from "./random.js";
import { demoTable, isoDate, pad, round } from "./table.js";

// Its own seed, so these tables never shift the rows of the shared generator (and vice versa).
const SEED = 2021_0620;


/** The six measures in the column order of housing.dust_checks, with the violation each missing one is fined as. */
const MEASURES = [
  { column: "fencing", violation: "NO_FENCING" },
  { column: "covered_stockpiles", violation: "UNCOVERED_MATERIAL" },
  { column: "hardened_roads", violation: "OTHER" },
  { column: "vehicle_washing", violation: "NO_WASHING" },
  { column: "wet_earthwork", violation: "OTHER" },
  { column: "sealed_transport", violation: "OTHER" },
] as const;

const INSPECTORS = ["王建国", "李明", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄勇", "周敏", "吴刚"];
const PENALTIES = [5_000, 10_000, 20_000, 30_000, 50_000, 100_000];
/** Sites with an online dust monitor in the demo, and the month of readings they have. */
const MONITORED_SITES = 10;
const MONITOR_DAYS = 31;
const EXCEEDANCE_PM10 = 150;
/** Tobacco (烤烟) and edible-fungi (食用菌) country: Xuchang, Pingdingshan, Luoyang, Sanmenxia, Nanyang. */
const COAL_REPLACEMENT_CITIES = ["411000", "410400", "410300", "411200", "411300"];
const FUME_MONITORS = 15;

/**
 * Housing's and agriculture's demo datasets: a "six 100%" dust check of every demo construction site each
 * month of 2021 (some failing), a month (March 2021) of hourly PM10 from ten sites' dust monitors with dust
 * episodes above 150 µg/m³, violations fined for some failed checks and for the episodes, fume monitors of
 * fifteen enterprises, and coal replacement in 2020 and 2021 for the counties of five cities. A pure
 * function of its input.
 */
export function demoTables(data: DemoContext): DemoTable[] {
  const r = new Random(SEED);
  const sites = data.sites;

  // dust checks: each site has a laxness of its own, so some sites fail again and again
  const checkRows: unknown[][] = [];
  const violationRows: unknown[][] = [];
  for (const site of sites) {
    const lax = r.weighted([[0.01, 60], [0.05, 30], [0.15, 10]] as const);
    for (let month = 1; month <= 12; month++) {
      const checkedOn = isoDate(2021, month, r.int(1, 28));
      const measures = MEASURES.map(() => r.next() >= lax);
      checkRows.push([`DC${site.slice(2)}-2021${pad(month)}`, site, checkedOn, ...measures, r.pick(INSPECTORS)]);
      const missing = MEASURES.filter((_, i) => !measures[i]);
      // about one failed check in six ends in a fine, for the first measure missing
      if (missing.length > 0 && r.next() < 0.15) {
        violationRows.push([`WF${site.slice(2)}-${checkedOn.replaceAll("-", "")}`, site, checkedOn, missing[0].violation, r.pick(PENALTIES)]);
      }
    }
  }

  // dust monitors: a working-day rhythm around each site's own level, and two or three dust episodes a site
  const readingRows: unknown[][] = [];
  const start = Date.parse("2021-03-01T00:00:00+08:00");
  for (const site of sites.filter((_, i) => i % 5 === 0).slice(0, MONITORED_SITES)) {
    const level = 50 + r.next() * 50;
    const episodes = Array.from({ length: r.int(2, 3) }, () => ({ from: r.int(0, MONITOR_DAYS * 24 - 12), hours: r.int(3, 8), peak: 180 + r.next() * 250 }));
    let exceeded: string | null = null;
    for (let h = 0; h < MONITOR_DAYS * 24; h++) {
      const hourOfDay = h % 24;
      const working = hourOfDay >= 7 && hourOfDay <= 18 ? 1.4 : 0.8;
      let pm10 = level * working * (1 + r.normal() * 0.15);
      const episode = episodes.find((e) => h >= e.from && h < e.from + e.hours);
      if (episode) pm10 = episode.peak * (0.85 + r.next() * 0.3);
      pm10 = Math.max(5, round(pm10, 1));
      // the hour in China time; its day is the fine's below
      const local = new Date(start + h * 3_600_000 + 8 * 3_600_000).toISOString();
      if (pm10 > EXCEEDANCE_PM10 && !exceeded) exceeded = local.slice(0, 10);
      readingRows.push([site, `${local.slice(0, 19)}+08:00`, pm10]);
    }
    // the first exceedance of the month is fined
    if (exceeded) violationRows.push([`WF${site.slice(2)}-${exceeded.replaceAll("-", "")}E`, site, exceeded, "DUST_EXCEEDANCE", r.pick(PENALTIES)]);
  }

  // fume monitors: fifteen active enterprises spread over the registry; most online and reporting
  const active = data.enterprises.filter((e) => e.status === "ACTIVE");
  const step = Math.max(1, Math.floor(active.length / FUME_MONITORS));
  const fumeRows = active
    .filter((_, i) => i % step === 0)
    .slice(0, FUME_MONITORS)
    .map((e, i) => {
      const online = i % 5 !== 4;
      // offline monitors stopped reporting some days before the end of the year; one never reported
      const lastDataAt = online
        ? `2021-12-31T${pad(r.int(18, 23))}:${pad(r.int(0, 59))}:00+08:00`
        : i === 4 ? null : `${isoDate(2021, r.int(9, 12), r.int(1, 28))}T${pad(r.int(8, 22))}:${pad(r.int(0, 59))}:00+08:00`;
      return [e.creditCode, online, lastDataAt];
    });

  // coal replacement: each county of the tobacco and mushroom cities, in 2020 and 2021
  const coalRows: unknown[][] = [];
  for (const city of COAL_REPLACEMENT_CITIES) {
    for (const county of childrenOf(city).filter((c) => c.level === "COUNTY")) {
      // urban districts have no barns; a rural county converts a few hundred
      const urban = county.name.endsWith("区");
      for (const year of [2020, 2021]) {
        coalRows.push([county.code, year, urban ? 0 : r.int(20, 400), urban ? r.int(0, 3) : r.int(0, 40)]);
      }
    }
  }

  return [
    demoTable(dustCheck, checkRows),
    demoTable(dustMonitorReading, readingRows),
    demoTable(dustViolation, violationRows),
    demoTable(restaurantFumeMonitor, fumeRows),
    demoTable(coalReplacement, coalRows),
  ];
}
