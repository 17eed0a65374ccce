import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { Vehicle } from "./federated.js";

export const PhaseOutStatus = defineEnum(
  "PhaseOutStatus",
  {
    PENDING: "Still operating as it was.",
    SCRAPPED: "Scrapped (报废) or otherwise taken off the road for good.",
    UPGRADED: "Retrofitted or re-powered to a stage that may keep operating.",
  },
  "Where a truck's phase-out stands.",
);
export type PhaseOutStatus = EnumOf<typeof PhaseOutStatus>;

export const phaseOut = defineDataset({
  dataset: Dataset.PHASE_OUTS,
  sharing: "CONDITIONAL",
  catalogue: "Phase-out (淘汰) records of old vehicles.",
  name: "PhaseOut",
  description: "The phase-out (淘汰) of an operating diesel truck of 国三 (CN3) or below: the deadline it has and whether it was met.",
  table: "transport.phase_outs",
  key: ["vin"],
  fields: {
    vin: { type: "ID", description: "VIN of the truck; one phase-out per truck.", input: "VIN of the truck (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    deadline: { type: "Date", description: "The day by which the truck must be scrapped or upgraded.", input: "YYYY-MM-DD.", check: (c, v: string | null) => c.date("deadline", v) },
    status: { type: "String", description: "Whether the truck is still operating, scrapped, or upgraded to a stage that may keep operating.", enum: PhaseOutStatus },
    completedOn: {
      type: "Date",
      nullable: true,
      description: "The day it was scrapped or upgraded; null while PENDING.",
      input: "YYYY-MM-DD, not in the future; required when SCRAPPED or UPGRADED, absent when PENDING.",
      check(c, v: string | null, { today }, _row, { status }) {
        const given = Boolean(v?.trim());
        if (status === PhaseOutStatus.PENDING) {
          // a completion date on a pending truck means one of the two fields is stale: refuse rather than guess
          if (given) c.error("completedOn", "DATES_OUT_OF_ORDER", `a PENDING phase-out cannot have been completed on ${v!.trim()}; send status SCRAPPED or UPGRADED, or no completedOn`);
          return null;
        }
        if (status !== null && !given) return c.error("completedOn", "REQUIRED", `completedOn is required for a ${String(status)} phase-out: the day it was done (YYYY-MM-DD)`);
        // with a bad status only a date that was sent is checked: its absence is not a second error
        return given ? c.date("completedOn", v, { notAfter: today }) : null;
      },
    },
  },
  computed: {
    vehicle: { type: () => Vehicle, nullable: true, description: "The truck (registered with public security); null when not registered.", get: (p: { vin: string }): Vehicle => ({ vin: p.vin }) },
  },
  indexes: [["deadline", "vin"]],
  list: {
    query: "phaseOuts",
    description: "Phase-outs of 国三-and-below operating diesel trucks, earliest deadline first, then by VIN.",
    nullable: true,
    order: ["deadline", "vin"],
    filters: {
      status: { type: "String", enum: PhaseOutStatus },
      deadlineBefore: { type: "Date", description: "Only deadlines before this day (exclusive).", where: (day: string) => ({ deadline: { $lt: day } }) },
    },
  },
  byKey: { query: "phaseOut", description: "The phase-out of one truck, by VIN.", normalize: (vin) => vin.trim().toUpperCase() },
  history: "Every version of this phase-out, oldest first.",
  contribution: {
    mutation: "contributePhaseOuts",
    description: "Contributes truck phase-outs (transport only); upserts by VIN.",
    input: "One truck's phase-out.",
  },
});
export type PhaseOut = Row<typeof phaseOut>;
