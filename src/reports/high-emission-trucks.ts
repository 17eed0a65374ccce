import { HighEmissionTrucksDocument, type HighEmissionTrucksQuery } from "../client/index.js";
import { addDays, isIsoDate } from "../shared/dates.js";
import { defineReport, fetchAll, isWithheld, ReportOptionError, WITHHELD } from "./report.js";

type Passage = NonNullable<HighEmissionTrucksQuery["passages"]>["edges"][number]["node"];
type Truck = NonNullable<Passage["vehicle"]>;

export const TRUCK_TYPES = new Set(["HEAVY_TRUCK", "MEDIUM_TRUCK", "LIGHT_TRUCK"]);

/** YYYY-MM-DD → the instant China-time midnight starts it, as DateTime. */
function dayStart(day: string): string {
  if (!isIsoDate(day)) throw new ReportOptionError(`${day}: expected a date YYYY-MM-DD`);
  return `${day}T00:00:00+08:00`;
}

/**
 * 国三-and-below operating diesel trucks seen entering a city: inbound passages at the city's checkpoints
 * (`passages(emissionStageAtMost: CN3, direction: INBOUND)`, paged), kept when the vehicle is a truck
 * (heavy, medium or light), runs on diesel and is registered for operating freight; one row per truck.
 */
export const highEmissionTrucks = defineReport({
  name: "high-emission-trucks",
  description: "国三-and-below operating diesel trucks entering a city, with permit, phase-out, inspection and remote sensing",
  options: {
    city: { type: "string", description: "the city's GB/T 2260 code, e.g. 410100", required: true },
    from: { type: "string", description: "first day, YYYY-MM-DD (China time)", required: true },
    to: { type: "string", description: "last day, YYYY-MM-DD, inclusive", required: true },
  },
  parameters({ city, from, to }) {
    if (!city || !/^\d{6}$/.test(city)) throw new ReportOptionError("--city <6-digit region code> is required");
    if (!from || !to) throw new ReportOptionError("--from and --to (YYYY-MM-DD) are required");
    return { city, from, to };
  },
  title: ({ city }) => `国三-and-below operating diesel trucks entering ${city}`,
  async items(client, { city, from, to }, notes) {
    // passages carry their vehicle's evidence: a smaller page keeps each request's cost down
    const passages = await fetchAll(
      client,
      HighEmissionTrucksDocument,
      { cityCode: city, from: dayStart(from), to: dayStart(addDays(to, 1)) },
      (d) => d.passages,
      notes,
      200,
    );
    const byVin = new Map<string, { truck: Truck; passages: Passage[] }>();
    let unknown = 0;
    for (const p of passages) {
      const v = p.vehicle;
      if (!v) {
        unknown++;
        continue;
      }
      if (v.fuel !== "DIESEL" || !TRUCK_TYPES.has(v.vehicleType) || v.use !== "OPERATING_FREIGHT") continue;
      const e = byVin.get(v.vin) ?? { truck: v, passages: [] };
      e.passages.push(p);
      byVin.set(v.vin, e);
    }
    if (unknown) notes.push(`${unknown} passage(s) whose vehicle is withheld or unknown are left out`);
    const items = [...byVin].map(([vin, { truck, passages: ps }]) => {
      ps.sort((a, b) => a.passedAt.localeCompare(b.passedAt));
      const last = ps[ps.length - 1];
      // lists withheld (GRANT_REQUIRED) are unknown, not empty: their columns say withheld
      const permitsWithheld = truck.entryPermits === null && isWithheld(truck, "entryPermits");
      const rsWithheld = truck.remoteSensing === null && isWithheld(truck, "remoteSensing");
      const permits = (truck.entryPermits ?? []).filter((p) => p.city.code === city);
      const covering = (day: string) => permits.filter((p) => p.validFrom <= day && day <= p.validTo);
      // the passage's China-time day: answers are written in +08:00
      const withoutPermit = ps.filter((p) => !covering(p.passedAt.slice(0, 10)).some((x) => x.status === "VALID")).length;
      const atLast = covering(last.passedAt.slice(0, 10));
      const permit = atLast.find((p) => p.status === "VALID") ?? atLast[0] ?? null;
      const rs = truck.remoteSensing ?? [];
      const lastRs = rs.length ? [...rs].sort((a, b) => b.at.localeCompare(a.at))[0] : null;
      return { vin, truck, ps, last, permits, permit, withoutPermit, rs, lastRs, permitsWithheld, rsWithheld };
    });
    items.sort((a, b) => b.ps.length - a.ps.length || a.vin.localeCompare(b.vin));
    notes.push(`${passages.length} inbound passage(s) of 国三-and-below vehicles; ${items.length} operating diesel truck(s)`);
    return items;
  },
  columns: [
    { key: "vin", header: "VIN", value: (t) => t.vin },
    { key: "plate", header: "plate", value: (t) => t.last.plate },
    { key: "vehicleType", header: "type", value: (t) => t.truck.vehicleType },
    { key: "stage", header: "stage", value: (t) => t.truck.emissionStage },
    { key: "status", header: "status", value: (t) => t.truck.status },
    { key: "passages", header: "passages", value: (t) => t.ps.length },
    { key: "firstSeen", value: (t) => t.ps[0].passedAt },
    { key: "lastSeen", header: "last seen", value: (t) => t.last.passedAt },
    { key: "checkpoints", header: "checkpoints", value: (t) => new Set(t.ps.map((p) => p.checkpointCode)).size },
    { key: "permit", header: "permit", value: (t) => (t.permitsWithheld ? WITHHELD : t.permit ? `${t.permit.status} ${t.permit.permitNo}` : t.permits.length ? "NONE COVERING" : "NONE") },
    { key: "passagesWithoutPermit", header: "w/o permit", value: (t) => (t.permitsWithheld ? WITHHELD : t.withoutPermit) },
    { key: "phaseOut", header: "phase-out", value: (t) => (t.truck.phaseOut ? t.truck.phaseOut.status : "NOT_LISTED") },
    { key: "phaseOutDeadline", header: "deadline", value: (t) => t.truck.phaseOut?.deadline ?? null },
    { key: "lastInspection", header: "inspected", value: (t) => (t.truck.lastInspection ? t.truck.lastInspection.inspectedAt.slice(0, 10) : null) },
    { key: "inspectionResult", header: "result", value: (t) => t.truck.lastInspection?.result ?? null },
    { key: "remoteSensingTests", header: "RS tests", value: (t) => (t.rsWithheld ? WITHHELD : t.rs.length) },
    { key: "remoteSensingFails", header: "RS fails", value: (t) => (t.rsWithheld ? WITHHELD : t.rs.filter((x) => x.result === "FAIL").length) },
    { key: "lastRemoteSensing", header: "last RS", value: (t) => (t.rsWithheld ? WITHHELD : t.lastRs ? `${t.lastRs.result} ${t.lastRs.at.slice(0, 10)}` : null) },
  ],
});
