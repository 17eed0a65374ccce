import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { publicSecurityContributions } from "./contributions.js";
import { checkpoints } from "./checkpoint.dataset.js";
import { EntryPermit } from "./entry-permit.js";
import { Passage } from "./passage.js";
import { CheckpointPassagesResolver, PassageResolver, VehiclePassagesResolver } from "./passage.resolver.js";
import { checkpointLoader, vehicleLoader } from "./loaders.js";
import { PlateRegistration, Vehicle } from "./vehicle.entity.js";
import { EntryPermitResolver, VehicleResolver } from "./vehicle.resolver.js";
import { GateRecordVehicle, GateRecordVehicleResolver } from "./gate-record.extension.js";

export const publicSecurityEntities = [Vehicle, PlateRegistration, checkpoints.entity, EntryPermit, Passage];

export const publicSecuritySubgraph: SubgraphDefinition = {
  department: Department.PUBLIC_SECURITY,
  resolvers: [...publicSecurityContributions, VehicleResolver, EntryPermitResolver, ...checkpoints.resolvers, PassageResolver, VehiclePassagesResolver, CheckpointPassagesResolver, GateRecordVehicleResolver],
  orphanedTypes: [GateRecordVehicle],
  references: {
    Vehicle: (ref: { vin: string }, ctx) => vehicleLoader(ctx).load(ref.vin),
    Checkpoint: (ref: { code: string }, ctx) => checkpointLoader(ctx).load(ref.code),
    // the key carries everything the vehicle lookup needs
    GateRecord: (ref: GateRecordVehicle) => ref,
  },
};
