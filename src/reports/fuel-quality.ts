import { CitiesDocument, FuelSamplesDocument, FuelStationsDocument } from "../client/index.js";
import { cityOf } from "../shared/regions.data.js";
import { BY_YEAR, defineReport, fetchAll, fetchTolerant, isWithheld, ratio, WITHHELD } from "./report.js";

/** Task 31: at least 5% of operating filling stations sampled in the year. */
export const FUEL_SAMPLING_TARGET = 0.05;

/**
 * Per city: filling stations (all, and OPERATING now), the operating ones sampled at least once in the year and
 * their share against the 5% target, and the year's samples with the share that failed.
 */
export const fuelQuality = defineReport({
  name: "fuel-quality",
  description: "per city: stations, sampled share (target ≥ 5%), failure rate",
  ...BY_YEAR,
  title: ({ year }) => `Fuel quality sampling per city, ${year}`,
  async items(client, { year }, notes) {
    const { regions: cities } = await fetchTolerant(client, CitiesDocument, {}, notes);
    const stations = await fetchAll(client, FuelStationsDocument, {}, (d) => d.fuelStations, notes);
    const samples = await fetchAll(client, FuelSamplesDocument, { from: `${year}-01-01`, to: `${year}-12-31` }, (d) => d.fuelSamples, notes);
    // a status or a result withheld (GRANT_REQUIRED) makes the city's counts of it unknown, not smaller
    const stationCity = new Map<string, { city: string | null; operating: boolean; statusWithheld: boolean }>();
    for (const s of stations) stationCity.set(s.code, { city: cityOf(s.region.code)?.code ?? null, operating: s.status === "OPERATING", statusWithheld: s.status === null && isWithheld(s, "status") });
    const per = new Map(cities.map((c) => [c.code, { stations: 0, operating: 0, sampled: new Set<string>(), samples: 0, failed: 0, statusWithheld: false, resultWithheld: false }]));
    for (const [, s] of stationCity) {
      const c = s.city ? per.get(s.city) : undefined;
      if (!c) continue;
      c.stations++;
      if (s.operating) c.operating++;
      if (s.statusWithheld) c.statusWithheld = true;
    }
    let unplaced = 0;
    for (const sample of samples) {
      const st = sample.station ? stationCity.get(sample.station.code) : undefined;
      if (!st?.city) {
        unplaced++;
        continue;
      }
      const c = per.get(st.city);
      if (!c) continue;
      c.samples++;
      if (sample.result === "FAIL") c.failed++;
      if (sample.result === null && isWithheld(sample, "result")) c.resultWithheld = true;
      if (st.operating) c.sampled.add(sample.station!.code);
    }
    if (unplaced) notes.push(`${unplaced} sample(s) without a known station are left out`);
    notes.push(`sampled share: operating stations (status now) with a sample in ${year} / operating stations; target ≥ ${FUEL_SAMPLING_TARGET * 100}%`);
    return [...cities]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((city) => {
        const c = per.get(city.code)!;
        return { city, ...c, share: ratio(c.sampled.size, c.operating) };
      });
  },
  columns: [
    { key: "cityCode", header: "code", value: (c) => c.city.code },
    { key: "city", header: "city", value: (c) => c.city.name },
    { key: "stations", header: "stations", value: (c) => c.stations },
    { key: "operating", header: "operating", value: (c) => (c.statusWithheld ? WITHHELD : c.operating) },
    { key: "sampledStations", header: "sampled", value: (c) => (c.statusWithheld ? WITHHELD : c.sampled.size) },
    { key: "sampledShare", header: "sampled %", percent: true, value: (c) => (c.statusWithheld ? WITHHELD : c.share) },
    { key: "meetsTarget", header: "≥ 5%", value: (c) => (c.statusWithheld ? WITHHELD : c.share === null ? null : c.share >= FUEL_SAMPLING_TARGET) },
    { key: "samples", header: "samples", value: (c) => c.samples },
    { key: "failed", header: "failed", value: (c) => (c.resultWithheld ? WITHHELD : c.failed) },
    { key: "failureRate", header: "failure %", percent: true, value: (c) => (c.resultWithheld ? WITHHELD : ratio(c.failed, c.samples)) },
  ],
});
