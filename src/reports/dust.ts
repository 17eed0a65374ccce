import { CitiesDocument, DustCityDocument, DustSiteExceedancesDocument, TargetsDocument } from "../client/index.js";
import { cityOf, HENAN_PROVINCE_CODE } from "../shared/regions.data.js";
import { BY_YEAR, defineReport, fetchAll, fetchTolerant, isWithheld, ratio, WITHHELD } from "./report.js";

/** PM10 µg/m³ above which a site monitor's hour counts as an exceedance (the hub's default threshold). */
export const DUST_EXCEEDANCE_THRESHOLD = 150;

/**
 * Per city over a year: the housing department's construction-site checks and failures ("six 100%" not all in
 * place), its online monitors' hours above 150 µg/m³ PM10, beside the environment department's monthly dustfall
 * (mean of the city's months, months over target) and the city's annual PM10 mean.
 */
export const dust = defineReport({
  name: "dust",
  description: "construction-site check failures and monitor exceedances per city beside dustfall and PM10",
  ...BY_YEAR,
  title: ({ year }) => `Construction dust and dustfall per city, ${year}`,
  async items(client, { year }, notes) {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const { regions: cities } = await fetchTolerant(client, CitiesDocument, {}, notes);
    // every site of the province with its monitor's exceedance hours, grouped by city
    const sites = await fetchAll(client, DustSiteExceedancesDocument, { regionCode: HENAN_PROVINCE_CODE, from, to }, (d) => d.constructionSites, notes);
    const siteStats = new Map(cities.map((c) => [c.code, { sites: 0, hours: 0, sitesExceeding: 0, hoursWithheld: false }]));
    for (const s of sites) {
      const c = siteStats.get(cityOf(s.region.code)?.code ?? "");
      if (!c) continue;
      c.sites++;
      // a site's hours withheld by a missing grant make its city's sums unknown, not smaller
      if (s.dustExceedanceHours === null && isWithheld(s, "dustExceedanceHours")) c.hoursWithheld = true;
      const h = s.dustExceedanceHours ?? 0;
      c.hours += h;
      if (h > 0) c.sitesExceeding++;
    }
    // the year's DUSTFALL target: the city's own, else the province's
    const { targets } = await fetchTolerant(client, TargetsDocument, { metric: "DUSTFALL" }, notes);
    const targetOf = (code: string) =>
      (targets.edges.find((e) => e.node.region.code === code && e.node.period === String(year)) ??
        targets.edges.find((e) => e.node.region.code === HENAN_PROVINCE_CODE && e.node.period === String(year)))?.node.value ?? null;
    const sorted = [...cities].sort((a, b) => a.code.localeCompare(b.code));
    // one request per city (its check counts and dustfall), all in flight together
    const perCity = await Promise.all(sorted.map((city) => fetchTolerant(client, DustCityDocument, { cityCode: city.code, from, to }, notes)));
    notes.push(`exceedance: a monitor hour with PM10 above ${DUST_EXCEEDANCE_THRESHOLD} µg/m³; dustfall in t/(month·km²), the mean of the city's monthly values`);
    return sorted.map((city, i) => {
      const d = perCity[i];
      const months = (d.dustfall?.edges ?? [])
        .map((e) => e.node)
        .filter((n) => n.region.code === city.code && /^\d{4}-\d{2}$/.test(n.period) && n.period.startsWith(`${year}-`));
      const target = months.find((m) => m.target !== null)?.target ?? targetOf(city.code);
      return { city, d, months, target, ...siteStats.get(city.code)! };
    });
  },
  columns: [
    { key: "cityCode", header: "code", value: (c) => c.city.code },
    { key: "city", header: "city", value: (c) => c.city.name },
    { key: "sites", header: "sites", value: (c) => c.sites },
    { key: "checks", header: "checks", value: (c) => c.d.checks?.totalCount ?? null },
    { key: "failedChecks", header: "failed", value: (c) => c.d.failedChecks?.totalCount ?? null },
    { key: "failedShare", header: "failed %", percent: true, value: (c) => (c.d.checks && c.d.failedChecks ? ratio(c.d.failedChecks.totalCount, c.d.checks.totalCount) : null) },
    { key: "exceedanceHours", header: "monitor h>150", value: (c) => (c.hoursWithheld ? WITHHELD : c.hours) },
    { key: "sitesExceeding", header: "sites >150", value: (c) => (c.hoursWithheld ? WITHHELD : c.sitesExceeding) },
    { key: "dustfallMean", header: "dustfall", digits: 2, value: (c) => (c.months.length ? c.months.reduce((a, m) => a + m.value, 0) / c.months.length : null) },
    { key: "dustfallMonths", value: (c) => c.months.length },
    { key: "dustfallTarget", header: "target", value: (c) => c.target },
    { key: "dustfallMonthsOver", header: "months over", value: (c) => (c.target === null ? null : c.months.filter((m) => m.value > c.target!).length) },
    { key: "pm10Mean", header: "PM10", digits: 1, value: (c) => c.d.region?.airQuality.pm10Mean ?? null },
  ],
});
