import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionByCode } from "../../shared/regions.data.js";
import { vehicles } from "./vehicle.dataset.js";

export const PermitStatus = defineEnum(
  "PermitStatus",
  {
    VALID: "In force within its dates.",
    REVOKED: "Withdrawn before its end.",
    EXPIRED: "Past its end date.",
  },
  "Whether an entry permit is in force.",
);
export type PermitStatus = EnumOf<typeof PermitStatus>;

export const entryPermits = defineDataset({
  dataset: Dataset.ENTRY_PERMITS,
  sharing: "CONDITIONAL",
  catalogue: "City-entry permits of trucks.",
  name: "EntryPermit",
  description: "A city-entry permit for a truck (电子通行证).",
  table: "public_security.entry_permits",
  key: ["permitNo"],
  fields: {
    permitNo: { type: "ID", description: "The permit number the issuing city gave it.", check: (c, v: string | null) => c.code("permitNo", v) },
    vin: { type: "ID", description: "VIN of the truck the permit is for.", input: "VIN of the truck (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    cityCode: {
      type: "String",
      hidden: true,
      input: "GB/T 2260 code of the city the permit lets the truck enter (a city, not a county).",
      check(c, v: string | null) {
        const city = c.region("cityCode", v);
        if (city && regionByCode(city)?.level !== "CITY") return c.error("cityCode", "BAD_FORMAT", `cityCode ${city} is not a city; permits are issued per city`);
        return city;
      },
    },
    validFrom: { type: "Date", description: "First day the permit is valid, inclusive.", input: "YYYY-MM-DD.", check: (c, v: string | null) => c.date("validFrom", v) },
    validTo: {
      description: "Last day the permit is valid, inclusive.",
      type: "Date",
      input: "YYYY-MM-DD, not before validFrom.",
      check(c, v: string | null, _v, _r, checked) {
        const to = c.date("validTo", v);
        c.inOrder("validFrom", checked.validFrom as string | null, "validTo", to);
        return to;
      },
    },
    zones: {
      type: "String",
      list: true,
      entityType: "json",
      inputNullable: true,
      description: "Zones or roads the permit covers.",
      check: (_c, zones: string[] | null) => JSON.stringify((zones ?? []).map((z) => z.trim()).filter(Boolean)),
    },
    status: { type: "String", description: "Whether the permit is in force, revoked or expired.", enum: PermitStatus },
  },
  computed: {
    city: { type: () => RegionRef, description: "The city the permit lets the truck enter.", get: (p: { cityCode: string }) => regionRef(p.cityCode) },
  },
  list: {
    query: "entryPermits",
    description: "City-entry permits, by permit number.",
    order: ["permitNo"],
    filters: {
      vin: { type: "ID", description: "Only permits for this VIN (upper-cased before matching).", where: (vin: string) => ({ vin: vin.toUpperCase() }) },
      cityCode: { description: "Only permits for entering this city (its GB/T 2260 code).", type: "ID" },
      status: { type: "String", enum: PermitStatus },
      validOn: { type: "Date", description: "Keeps permits valid on that day.", where: (day: string) => ({ validFrom: { $lte: day }, validTo: { $gte: day } }) },
    },
  },
  history: "Every version of this permit, oldest first.",
  listedOn: {
    entryPermits: { parent: () => vehicles.entity, key: "vin", by: "vin", order: { validFrom: "desc" }, description: "The truck's city-entry permits, newest first.", nullable: true },
  },
  contribution: {
    mutation: "contributeEntryPermits",
    description: "Contributes city-entry permits (public security only); upserts by permit number.",
    input: "One city-entry permit.",
  },
});
export type EntryPermit = Row<typeof entryPermits>;
