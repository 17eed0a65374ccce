import { CitiesDocument, DustCityDocument, DustSiteExceedancesDocument, TargetsDocument } from "../client/index.js";
import { cityOf, HENAN_PROVINCE_CODE } from "../shared/regions.data.js";
import { fetchAll, fetchTolerant, parseYear, ratio, type ReportDefinition, type Row } from "./report.js";

/** PM10 µg/m³ above which a site monitor's hour counts as an exceedance (the hub's default threshold). */
export const DUST_EXCEEDANCE_THRESHOLD = 150;

/**
 * Per city over a year: the housing department's construction-site checks and failures ("six 100%" not all in
 * place), its online monitors' hours above 150 µg/m³ PM10, beside the environment department's monthly dustfall
 * (mean of the city's months, months over target) and the city's annual PM10 mean.
 */
export const dust: ReportDefinition = {
  name: "dust",
  description: "construction-site check failures and monitor exceedances per city beside dustfall and PM10",
  options: { year: { type: "string", description: "the year", required: true } },
  async run(client, options) {
    const year = parseYear(options.year);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const notes: string[] = [];
    const { regions: cities } = await fetchTolerant(client, CitiesDocument, {}, notes);
    // every site of the province with its monitor's exceedance hours, grouped by city
    const sites = await fetchAll(client, DustSiteExceedancesDocument, { regionCode: HENAN_PROVINCE_CODE, from, to }, (d) => d.constructionSites, notes);
    const siteStats = new Map<string, { sites: number; hours: number; sitesExceeding: number }>();
    for (const s of sites) {
      const city = cityOf(s.region.code)?.code;
      if (!city) continue;
      const c = siteStats.get(city) ?? { sites: 0, hours: 0, sitesExceeding: 0 };
      c.sites++;
      const h = s.dustExceedanceHours ?? 0;
      c.hours += h;
      if (h > 0) c.sitesExceeding++;
      siteStats.set(city, c);
    }
    // the year's DUSTFALL target: the city's own, else the province's
    const { targets } = await fetchTolerant(client, TargetsDocument, { metric: "DUSTFALL" }, notes);
    const targetOf = (code: string) =>
      (targets.edges.find((e) => e.node.region.code === code && e.node.period === String(year)) ??
        targets.edges.find((e) => e.node.region.code === HENAN_PROVINCE_CODE && e.node.period === String(year)))?.node.value ?? null;
    const sorted = [...cities].sort((a, b) => a.code.localeCompare(b.code));
    // one request per city (its check counts and dustfall), all in flight together
    const perCity = await Promise.all(sorted.map((city) => fetchTolerant(client, DustCityDocument, { cityCode: city.code, from, to }, notes)));
    const rows: Row[] = [];
    for (const [i, city] of sorted.entries()) {
      const d = perCity[i];
      const months = (d.dustfall?.edges ?? [])
        .map((e) => e.node)
        .filter((n) => n.region.code === city.code && /^\d{4}-\d{2}$/.test(n.period) && n.period.startsWith(`${year}-`));
      const target = months.find((m) => m.target !== null)?.target ?? targetOf(city.code);
      const s = siteStats.get(city.code) ?? { sites: 0, hours: 0, sitesExceeding: 0 };
      const checks = d.checks?.totalCount ?? null;
      const failed = d.failedChecks?.totalCount ?? null;
      rows.push({
        cityCode: city.code,
        city: city.name,
        sites: s.sites,
        checks,
        failedChecks: failed,
        failedShare: checks === null || failed === null ? null : ratio(failed, checks),
        exceedanceHours: s.hours,
        sitesExceeding: s.sitesExceeding,
        dustfallMean: months.length ? months.reduce((a, m) => a + m.value, 0) / months.length : null,
        dustfallMonths: months.length,
        dustfallTarget: target,
        dustfallMonthsOver: target === null ? null : months.filter((m) => m.value > target).length,
        pm10Mean: d.region?.airQuality.pm10Mean ?? null,
      });
    }
    notes.push(`exceedance: a monitor hour with PM10 above ${DUST_EXCEEDANCE_THRESHOLD} µg/m³; dustfall in t/(month·km²), the mean of the city's monthly values`);
    return {
      name: this.name,
      title: `Construction dust and dustfall per city, ${year}`,
      parameters: { year },
      columns: [
        { key: "cityCode", header: "code" },
        { key: "city", header: "city" },
        { key: "sites", header: "sites" },
        { key: "checks", header: "checks" },
        { key: "failedChecks", header: "failed" },
        { key: "failedShare", header: "failed %", percent: true },
        { key: "exceedanceHours", header: "monitor h>150" },
        { key: "sitesExceeding", header: "sites >150" },
        { key: "dustfallMean", header: "dustfall", digits: 2 },
        { key: "dustfallTarget", header: "target" },
        { key: "dustfallMonthsOver", header: "months over" },
        { key: "pm10Mean", header: "PM10", digits: 1 },
      ],
      rows,
      notes,
    };
  },
};
