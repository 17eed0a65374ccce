import { HighEmissionTrucksDocument, type HighEmissionTrucksQuery } from "../client/index.js";
import { addDays, isIsoDate } from "../shared/dates.js";
import { fetchAll, ReportOptionError, type ReportDefinition, type Row } from "./report.js";

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
export const highEmissionTrucks: ReportDefinition = {
  name: "high-emission-trucks",
  description: "国三-and-below operating diesel trucks entering a city, with permit, phase-out, inspection and remote sensing",
  options: {
    city: { type: "string", description: "the city's GB/T 2260 code, e.g. 410100", required: true },
    from: { type: "string", description: "first day, YYYY-MM-DD (China time)", required: true },
    to: { type: "string", description: "last day, YYYY-MM-DD, inclusive", required: true },
  },
  async run(client, options) {
    const { city, from, to } = options;
    if (!city || !/^\d{6}$/.test(city)) throw new ReportOptionError("--city <6-digit region code> is required");
    if (!from || !to) throw new ReportOptionError("--from and --to (YYYY-MM-DD) are required");
    const notes: string[] = [];
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
    const rows: Row[] = [];
    for (const [vin, { truck, passages: ps }] of byVin) {
      ps.sort((a, b) => a.passedAt.localeCompare(b.passedAt));
      const last = ps[ps.length - 1];
      const permits = (truck.entryPermits ?? []).filter((p) => p.city.code === city);
      const covering = (day: string) => permits.filter((p) => p.validFrom <= day && day <= p.validTo);
      // the passage's China-time day: answers are written in +08:00
      const withoutPermit = ps.filter((p) => !covering(p.passedAt.slice(0, 10)).some((x) => x.status === "VALID")).length;
      const atLast = covering(last.passedAt.slice(0, 10));
      const permit = atLast.find((p) => p.status === "VALID") ?? atLast[0] ?? null;
      const rs = truck.remoteSensing ?? [];
      const lastRs = rs.length ? [...rs].sort((a, b) => b.at.localeCompare(a.at))[0] : null;
      rows.push({
        vin,
        plate: last.plate,
        vehicleType: truck.vehicleType,
        stage: truck.emissionStage,
        status: truck.status,
        passages: ps.length,
        firstSeen: ps[0].passedAt,
        lastSeen: last.passedAt,
        checkpoints: new Set(ps.map((p) => p.checkpointCode)).size,
        permit: permit ? `${permit.status} ${permit.permitNo}` : permits.length ? "NONE COVERING" : "NONE",
        passagesWithoutPermit: withoutPermit,
        phaseOut: truck.phaseOut ? truck.phaseOut.status : "NOT_LISTED",
        phaseOutDeadline: truck.phaseOut?.deadline ?? null,
        lastInspection: truck.lastInspection ? truck.lastInspection.inspectedAt.slice(0, 10) : null,
        inspectionResult: truck.lastInspection?.result ?? null,
        remoteSensingTests: rs.length,
        remoteSensingFails: rs.filter((t) => t.result === "FAIL").length,
        lastRemoteSensing: lastRs ? `${lastRs.result} ${lastRs.at.slice(0, 10)}` : null,
      });
    }
    rows.sort((a, b) => (b.passages as number) - (a.passages as number) || String(a.vin).localeCompare(String(b.vin)));
    notes.push(`${passages.length} inbound passage(s) of 国三-and-below vehicles; ${rows.length} operating diesel truck(s)`);
    return {
      name: this.name,
      title: `国三-and-below operating diesel trucks entering ${city}`,
      parameters: { city, from, to },
      columns: [
        { key: "vin", header: "VIN" },
        { key: "plate", header: "plate" },
        { key: "vehicleType", header: "type" },
        { key: "stage", header: "stage" },
        { key: "status", header: "status" },
        { key: "passages", header: "passages" },
        { key: "lastSeen", header: "last seen" },
        { key: "checkpoints", header: "checkpoints" },
        { key: "permit", header: "permit" },
        { key: "passagesWithoutPermit", header: "w/o permit" },
        { key: "phaseOut", header: "phase-out" },
        { key: "phaseOutDeadline", header: "deadline" },
        { key: "lastInspection", header: "inspected" },
        { key: "inspectionResult", header: "result" },
        { key: "remoteSensingTests", header: "RS tests" },
        { key: "remoteSensingFails", header: "RS fails" },
        { key: "lastRemoteSensing", header: "last RS" },
      ],
      rows,
      notes,
    };
  },
};
