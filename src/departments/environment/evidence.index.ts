import { blackSmokeCaptures } from "./black-smoke.dataset.js";
import { NonRoadMachineResolver, nonRoadMachinery } from "./nrmm.dataset.js";
import { obdRecords } from "./obd-record.dataset.js";
import { remoteSensingTests } from "./remote-sensing.dataset.js";
import { VehicleEvidenceResolver } from "./vehicle-evidence.resolver.js";
import { Vehicle } from "./vehicle.reference.js";

/*
 * The environment department's vehicle evidence (remote sensing, black smoke, OBD) and non-road machinery
 * registry, for src/departments/environment/index.ts to add to its lists.
 */
const datasets = [remoteSensingTests, blackSmokeCaptures, obdRecords, nonRoadMachinery];

export const environmentEvidenceEntities = datasets.map((d) => d.entity);

export const environmentEvidenceResolvers = [...datasets.flatMap((d) => d.resolvers), VehicleEvidenceResolver, NonRoadMachineResolver];

export const environmentEvidenceOrphans = [Vehicle];
