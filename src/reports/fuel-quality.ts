import { CitiesDocument, FuelSamplesDocument, FuelStationsDocument } from "../client/index.js";
import { cityOf } from "../shared/regions.data.js";
import { fetchAll, fetchTolerant, parseYear, ratio, type ReportDefinition, type Row } from "./report.js";

/** Task 31: at least 5% of operating filling stations sampled in the year. */
export const FUEL_SAMPLING_TARGET = 0.05;

/**
 * Per city: filling stations (all, and OPERATING now), the operating ones sampled at least once in the year and
 * their share against the 5% target, and the year's samples with the share that failed.
 */
export const fuelQuality: ReportDefinition = {
  name: "fuel-quality",
  description: "per city: stations, sampled share (target ≥ 5%), failure rate",
  options: { year: { type: "string", description: "the year", required: true } },
  async run(client, options) {
    const year = parseYear(options.year);
    const notes: string[] = [];
    const { regions: cities } = await fetchTolerant(client, CitiesDocument, {}, notes);
    const stations = await fetchAll(client, FuelStationsDocument, {}, (d) => d.fuelStations, notes);
    const samples = await fetchAll(client, FuelSamplesDocument, { from: `${year}-01-01`, to: `${year}-12-31` }, (d) => d.fuelSamples, notes);
    const stationCity = new Map<string, { city: string | null; operating: boolean }>();
    for (const s of stations) stationCity.set(s.code, { city: cityOf(s.region.code)?.code ?? null, operating: s.status === "OPERATING" });
    const per = new Map<string, { stations: number; operating: number; sampled: Set<string>; samples: number; failed: number }>();
    const stat = (city: string) => {
      let c = per.get(city);
      if (!c) per.set(city, (c = { stations: 0, operating: 0, sampled: new Set(), samples: 0, failed: 0 }));
      return c;
    };
    for (const [, s] of stationCity) {
      if (!s.city) continue;
      const c = stat(s.city);
      c.stations++;
      if (s.operating) c.operating++;
    }
    let unplaced = 0;
    for (const sample of samples) {
      const st = sample.station ? stationCity.get(sample.station.code) : undefined;
      if (!st?.city) {
        unplaced++;
        continue;
      }
      const c = stat(st.city);
      c.samples++;
      if (sample.result === "FAIL") c.failed++;
      if (st.operating) c.sampled.add(sample.station!.code);
    }
    if (unplaced) notes.push(`${unplaced} sample(s) without a known station are left out`);
    const rows: Row[] = [...cities]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((city) => {
        const c = per.get(city.code) ?? { stations: 0, operating: 0, sampled: new Set<string>(), samples: 0, failed: 0 };
        const share = ratio(c.sampled.size, c.operating);
        return {
          cityCode: city.code,
          city: city.name,
          stations: c.stations,
          operating: c.operating,
          sampledStations: c.sampled.size,
          sampledShare: share,
          meetsTarget: share === null ? null : share >= FUEL_SAMPLING_TARGET,
          samples: c.samples,
          failed: c.failed,
          failureRate: ratio(c.failed, c.samples),
        };
      });
    notes.push(`sampled share: operating stations (status now) with a sample in ${year} / operating stations; target ≥ ${FUEL_SAMPLING_TARGET * 100}%`);
    return {
      name: this.name,
      title: `Fuel quality sampling per city, ${year}`,
      parameters: { year },
      columns: [
        { key: "cityCode", header: "code" },
        { key: "city", header: "city" },
        { key: "stations", header: "stations" },
        { key: "operating", header: "operating" },
        { key: "sampledStations", header: "sampled" },
        { key: "sampledShare", header: "sampled %", percent: true },
        { key: "meetsTarget", header: "≥ 5%" },
        { key: "samples", header: "samples" },
        { key: "failed", header: "failed" },
        { key: "failureRate", header: "failure %", percent: true },
      ],
      rows,
      notes,
    };
  },
};
