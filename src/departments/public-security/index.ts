import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { checkpoints } from "./checkpoint.dataset.js";
import { entryPermits } from "./entry-permit.dataset.js";
import { passages } from "./passage.dataset.js";
import { CheckpointPassagesResolver, PassageResolver, VehiclePassagesResolver } from "./passage.resolver.js";
import { PlateRegistration, VehicleResolver, vehicles } from "./vehicle.dataset.js";
import { GateRecordVehicle, GateRecordVehicleResolver } from "./gate-record.extension.js";

const datasets = [vehicles, checkpoints, entryPermits, passages];

export const publicSecurityEntities = [...datasets.map((d) => d.entity), PlateRegistration];

export const publicSecuritySubgraph: SubgraphDefinition = {
  department: Department.PUBLIC_SECURITY,
  resolvers: [...datasets.flatMap((d) => d.resolvers), VehicleResolver, PassageResolver, VehiclePassagesResolver, CheckpointPassagesResolver, GateRecordVehicleResolver],
  orphanedTypes: [GateRecordVehicle],
  references: {
    Vehicle: (ref: { vin: string }, ctx) => vehicles.loader(ctx).load(ref.vin),
    Checkpoint: (ref: { code: string }, ctx) => checkpoints.loader(ctx).load(ref.code),
    // the key carries everything the vehicle lookup needs
    GateRecord: (ref: GateRecordVehicle) => ref,
  },
};
