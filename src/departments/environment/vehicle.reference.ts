import { entityView } from "../../common/references.js";
import type { FilterDecl } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";

/*
 * Evidence of vehicle emissions the environment department collects on the road: remote-sensing tests
 * (遥感监测), black-smoke camera captures (黑烟抓拍) and the OBD records heavy diesel trucks send
 * (重型柴油车远程在线监控). Vehicles are keyed by VIN, as public security registers them.
 */

/** The environment department's view of a vehicle (owned by public security): the evidence on its emissions. */
export const Vehicle = entityView("Vehicle", "vin", Dataset.VEHICLES);
export type Vehicle = InstanceType<typeof Vehicle>;

/** The filter of a vehicle's evidence by VIN (the evidence's instant `at` is filtered by `periodFilters("at", "DateTime")`). */
export const vinFilter: FilterDecl = { type: "ID", description: "Only records of this vehicle (its 17-character VIN, upper-cased before matching).", where: (vin: string) => ({ vin: vin.toUpperCase() }) };
