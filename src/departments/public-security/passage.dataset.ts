import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { checkpoints } from "./checkpoint.dataset.js";
import { vehicles } from "./vehicle.dataset.js";

export const Direction = defineEnum("Direction", { INBOUND: "Entering the city the checkpoint guards.", OUTBOUND: "Leaving the city the checkpoint guards." }, "Into or out of the city the checkpoint guards.");
export type Direction = EnumOf<typeof Direction>;

/** The lists (a city's, a vehicle's, a checkpoint's) are real logic: passage.resolver.ts. */
export const passages = defineDataset({
  dataset: Dataset.CHECKPOINT_PASSAGES,
  sharing: "CONDITIONAL",
  catalogue: "Vehicle passages recorded at checkpoints (who drove where, when).",
  name: "Passage",
  description: "A vehicle seen at a checkpoint (卡口).",
  table: "public_security.passages",
  // (checkpoint, instant, plate): the primary key also serves a checkpoint's passages over time
  key: ["checkpointCode", "passedAt", "plate"],
  fields: {
    checkpointCode: { type: "ID", description: "Code of the checkpoint that recorded the passage.", input: "A registered checkpoint.", check: (c, v: string | null) => c.code("checkpointCode", v) },
    passedAt: { type: "DateTime", description: "When the vehicle passed (an instant, shown in China time).", input: "ISO 8601 with an offset, not in the future.", check: (c, v: string | null, { now }) => c.dateTime("passedAt", v, { notAfter: now }) },
    plate: { type: "String", description: "The plate the camera read.", input: "The plate read (checked).", check: (c, v: string | null) => c.plate("plate", v) },
    direction: { type: "String", description: "Into or out of the city the checkpoint guards.", enum: Direction },
    vin: {
      type: "ID",
      nullable: true,
      noInput: true,
      description: "The vehicle the plate was registered to at that instant; null when none was (a fake or foreign plate).",
    },
  },
  history: "Every version of this passage, oldest first.",
  links: {
    vehicle: { by: "vin", to: () => vehicles, description: "The registered vehicle of the VIN; null when the VIN is not registered in Henan." },
    checkpoint: { by: "checkpointCode", to: () => checkpoints, description: "The checkpoint that recorded the passage; null when its code is not registered." },
  },
  contribution: {
    mutation: "contributeCheckpointPassages",
    description: "Contributes checkpoint passages (public security only); upserts by (checkpoint, plate, instant); the VIN is resolved from the plate registered at that instant.",
    input: "One checkpoint passage; the VIN is looked up from the plate registered at that instant, never sent.",
    references: [{ column: "checkpoint_code", field: "checkpointCode", table: "public_security.checkpoints", keyColumn: "code", what: "checkpoint" }],
    // plate → VIN as registered at the instant of the passage, for the whole batch in one statement
    beforeUpsert: async (client) => {
      await client.query(`update contribution_stage s set vin = r.vin
                            from public_security.plate_registrations r
                           where r.plate = s.plate and r.valid_from <= s.passed_at and (r.valid_to is null or r.valid_to > s.passed_at)`);
    },
  },
});

export const Passage = passages.entity;
export type Passage = Row<typeof passages>;
