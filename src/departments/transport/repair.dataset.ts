import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { Vehicle } from "./federated.js";

const MAX_ITEMS = 50;
const MAX_ITEM_LENGTH = 200;

export const repair = defineDataset({
  dataset: Dataset.REPAIRS,
  sharing: "CONDITIONAL",
  catalogue: "Emission repairs (I/M stations) of vehicles.",
  name: "Repair",
  description: "A repair at a maintenance station (M站) in the inspection/maintenance (I/M) loop: a vehicle that failed an emission test is repaired, then retested.",
  table: "transport.repairs",
  key: ["repairNo"],
  fields: {
    repairNo: { type: "ID", description: "The station's repair-order number.", input: "The station's repair-order number.", check: (c, v: string | null) => c.code("repairNo", v) },
    vin: { type: "ID", description: "VIN of the repaired vehicle.", input: "VIN of the repaired vehicle (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    stationCode: {
      type: "ID",
      description: "Code of the M station that did the repair.",
      input: "Code of the M station: letters, digits, - and _.",
      check: (c, v: string | null) => c.code("stationCode", v),
    },
    repairedAt: {
      type: "DateTime",
      description: "When the repair was finished.",
      input: "When the repair was finished: ISO 8601 with an offset, not in the future.",
      check: (c, v: string | null, { now }) => c.dateTime("repairedAt", v, { notAfter: now }),
    },
    items: {
      type: "String",
      list: true,
      description: "What was repaired or replaced, one entry per item (e.g. 更换DPF), at least one.",
      input: `What was repaired or replaced: 1 to ${MAX_ITEMS} entries of at most ${MAX_ITEM_LENGTH} characters.`,
      /** The repair items, trimmed, as the jsonb text COPY stages; null when the list is missing or bad. */
      check(c, items: (string | null)[] | null) {
        if (!items || items.length === 0) return c.error("items", "REQUIRED", "items is required: at least one repaired or replaced item");
        if (items.length > MAX_ITEMS) return c.error("items", "TOO_LONG", `items has ${items.length} entries; at most ${MAX_ITEMS} are allowed`);
        const out: string[] = [];
        for (const [i, item] of items.entries()) {
          const s = item?.trim();
          if (!s) return c.error("items", "REQUIRED", `items[${i}] is empty; send each repaired item as text`);
          if (s.length > MAX_ITEM_LENGTH) return c.error("items", "TOO_LONG", `items[${i}] is ${s.length} characters; at most ${MAX_ITEM_LENGTH} are allowed`);
          out.push(s);
        }
        return JSON.stringify(out);
      },
    },
    retestPassed: {
      type: "Boolean",
      nullable: true,
      description: "Whether the emission retest after the repair passed; null while not yet retested.",
      input: "Whether the retest passed; null or absent while not yet retested.",
      check: (_c, v: boolean | null) => v ?? null,
    },
  },
  computed: {
    vehicle: { type: () => Vehicle, nullable: true, description: "The repaired vehicle (registered with public security); null when not registered.", get: (r: { vin: string }): Vehicle => ({ vin: r.vin }) },
  },
  indexes: [["vin", "repairedAt"], ["stationCode", "repairedAt"], ["repairedAt", "repairNo"]],
  list: {
    query: "repairs",
    description: "M-station repairs, oldest first; `from` and `to` are China-time days, both inclusive.",
    nullable: true,
    order: ["repairedAt", "repairNo"],
    skipEmpty: true,
    filters: {
      vin: { type: "ID", description: "Only repairs of this vehicle (its VIN, upper-cased before matching).", where: (vin: string) => ({ vin: vin.toUpperCase() }) },
      stationCode: { type: "ID", description: "The M station's code." },
      ...periodFilters("repairedAt", "DateTime"),
    },
  },
  byKey: { query: "repair", description: "One repair, by repair-order number." },
  history: "Every version of this repair record, oldest first.",
  listedOn: {
    repairs: { parent: () => Vehicle, key: "vin", by: "vin", order: { repairedAt: "desc", repairNo: "asc" }, description: "The vehicle's M-station repairs, newest first." },
  },
  contribution: {
    mutation: "contributeRepairs",
    description: "Contributes M-station repairs (transport only); upserts by repair-order number.",
    input: "One repair at an M station.",
  },
});
export type Repair = Row<typeof repair>;
