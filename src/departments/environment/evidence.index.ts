import { NonRoadMachine } from "./nrmm.entity.js";
import { NonRoadMachineResolver } from "./nrmm.resolver.js";
import { BlackSmokeCapture, ObdRecord, RemoteSensingTest, Vehicle } from "./vehicle-evidence.entity.js";
import { BlackSmokeCaptureResolver, ObdRecordResolver, RemoteSensingTestResolver, VehicleEvidenceResolver } from "./vehicle-evidence.resolver.js";

/*
 * The environment department's vehicle evidence (remote sensing, black smoke, OBD) and non-road machinery
 * registry, for src/departments/environment/index.ts to add to its lists:
 *   entities: [...environmentEvidenceEntities], resolvers: [...environmentEvidenceResolvers],
 *   orphanedTypes: [...environmentEvidenceOrphans], references: { Vehicle: (ref: { vin: string }) => ({ vin: ref.vin }) }.
 */

export const environmentEvidenceEntities = [RemoteSensingTest, BlackSmokeCapture, ObdRecord, NonRoadMachine];

export const environmentEvidenceResolvers = [
  VehicleEvidenceResolver,
  RemoteSensingTestResolver,
  BlackSmokeCaptureResolver,
  ObdRecordResolver,
  NonRoadMachineResolver,
];

export const environmentEvidenceOrphans = [Vehicle];
