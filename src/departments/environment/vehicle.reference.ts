import { entityView } from "../../common/references.js";
import type { FilterDecl } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { chinaDayEnd, chinaDayStart } from "../../common/scalars.js";

/*
 * Evidence of vehicle emissions the environment department collects on the road: remote-sensing tests
 * (遥感监测), black-smoke camera captures (黑烟抓拍) and the OBD records heavy diesel trucks send
 * (重型柴油车远程在线监控). Vehicles are keyed by VIN, as public security registers them.
 */

/** The environment department's view of a vehicle (owned by public security): the evidence on its emissions. */
export const Vehicle = entityView("Vehicle", "vin", Dataset.VEHICLES);
export type Vehicle = InstanceType<typeof Vehicle>;

/** The filters of a vehicle's evidence: its VIN, and China-time days (both inclusive) of the instant `at`. */
export const vehicleEvidenceFilters: Record<"vin" | "from" | "to", FilterDecl> = {
  vin: { type: "ID", where: (vin: string) => ({ vin: vin.toUpperCase() }) },
  from: { type: "Date", description: "First China-time day, inclusive.", where: (from: string) => ({ at: { $gte: chinaDayStart(from) } }) },
  to: { type: "Date", description: "Last China-time day, inclusive.", where: (to: string) => ({ at: { $lt: chinaDayEnd(to) } }) },
};
