import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { Vehicle, vinFilter } from "./vehicle.reference.js";

export const blackSmokeCaptures = defineDataset({
  dataset: Dataset.BLACK_SMOKE,
  sharing: "CONDITIONAL",
  catalogue: "Camera captures of black-smoke vehicles.",
  name: "BlackSmokeCapture",
  description: "A camera capture of a vehicle emitting black smoke (黑烟抓拍), graded on the Ringelmann scale.",
  table: "environment.black_smoke_captures",
  key: ["captureId"],
  fields: {
    captureId: {
      type: "ID",
      description: "The capture's id at the camera network.",
      input: "The capture's id at the camera network: letters, digits, - and _.",
      check: (c, v: string | null) => c.code("captureId", v),
    },
    vin: { type: "ID", description: "VIN of the captured vehicle.", input: "VIN of the captured vehicle (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    plate: { type: "String", description: "The plate the camera read.", input: "The plate the camera read (checked).", check: (c, v: string | null) => c.plate("plate", v) },
    at: {
      type: "DateTime",
      description: "When the camera captured the vehicle.",
      input: "When: ISO 8601 with an offset, not in the future.",
      check: (c, v: string | null, { now }) => c.dateTime("at", v, { notAfter: now }),
    },
    cameraSite: { type: "String", description: "The camera's site, e.g. 洛阳G310国道黑烟抓拍点.", input: "The camera's site.", check: (c, v: string | null) => c.text("cameraSite", v) },
    ringelmann: {
      type: "Int",
      description: "Ringelmann smoke level (林格曼黑度), 0 to 5; level 1 and above is visible smoke.",
      input: "Ringelmann level, 0 to 5.",
      check: (c, v: number | null) => c.number("ringelmann", v, 0, 5, "(Ringelmann level)"),
    },
  },
  computed: {
    vehicle: {
      type: () => Vehicle,
      nullable: true,
      description: "The captured vehicle (registered with public security); null when not registered.",
      get: (b: { vin: string }) => ({ vin: b.vin }),
    },
  },
  indexes: [["vin", "at"], ["at", "captureId"]],
  list: {
    query: "blackSmokeCaptures",
    description: "Black-smoke captures, oldest first.",
    nullable: true,
    order: ["at", "captureId"],
    filterName: "BlackSmokeFilter",
    filters: {
      vin: vinFilter,
      minRingelmann: { type: "Int", description: "Only captures of at least this Ringelmann level.", where: (level: number) => ({ ringelmann: { $gte: level } }) },
      ...periodFilters("at", "DateTime"),
    },
  },
  byKey: { query: "blackSmokeCapture", description: "One black-smoke capture, by its id." },
  history: "Every version of this capture record, oldest first.",
  listedOn: {
    blackSmoke: { parent: () => Vehicle, key: "vin", by: "vin", order: { at: "desc", captureId: "desc" }, description: "Black-smoke captures of the vehicle, newest first." },
  },
  contribution: {
    mutation: "contributeBlackSmokeCaptures",
    description: "Contributes black-smoke captures (environment only); upserts by capture id.",
    input: "One black-smoke capture.",
  },
});
export type BlackSmokeCapture = Row<typeof blackSmokeCaptures>;
