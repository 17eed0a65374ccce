import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { SiteKind, SITE_FIELDS, siteInterface } from "../../common/site.js";
import { enterprise } from "./enterprise.dataset.js";

export const FuelStationStatus = defineEnum(
  "FuelStationStatus",
  {
    OPERATING: "Selling fuel; counted in the sampling coverage.",
    SUSPENDED: "Temporarily not selling fuel.",
    CLOSED: "Closed for good.",
  },
  "Whether a filling station sells fuel.",
);
export type FuelStationStatus = EnumOf<typeof FuelStationStatus>;

export const fuelStation = defineDataset({
  dataset: Dataset.FUEL_STATIONS,
  sharing: "OPEN",
  catalogue: "Registered filling stations.",
  name: "FuelStation",
  description: "A filling station (market-regulation registry).",
  implements: [siteInterface(RegionRef)],
  directives: ['@key(fields: "code")'],
  table: "market_regulation.fuel_stations",
  key: ["code"],
  fields: {
    code: { type: "ID", description: SITE_FIELDS.code, input: "The station's code in the registry: letters, digits, - and _.", check: (c, v: string | null) => c.code("code", v) },
    name: { type: "String", description: SITE_FIELDS.name, input: "The station's name.", check: (c, v: string | null) => c.text("name", v) },
    regionCode: { type: "String", hidden: true, input: "GB/T 2260 code of the region where the station is sited (checked).", check: (c, v: string | null) => c.region("regionCode", v) },
    latitude: { type: "Float", description: SITE_FIELDS.latitude, input: "WGS 84 latitude, within Henan.", check: (c, v: number | null) => c.latitude("latitude", v) },
    longitude: { type: "Float", description: SITE_FIELDS.longitude, input: "WGS 84 longitude, within Henan.", check: (c, v: number | null) => c.longitude("longitude", v) },
    operatorCreditCode: {
      type: "String",
      hidden: true,
      input: "Credit code of the operator, an enterprise already in the registry.",
      check: (c, v: string | null) => c.creditCode("operatorCreditCode", v),
    },
    status: { type: "String", description: "Whether the station sells fuel: operating, suspended or closed.", enum: FuelStationStatus },
  },
  computed: {
    kind: { type: () => SiteKind, description: SITE_FIELDS.kind, get: () => SiteKind.FUEL_STATION },
    region: { type: () => RegionRef, description: SITE_FIELDS.region, get: (s: { regionCode: string }) => regionRef(s.regionCode) },
  },
  links: { operator: { by: "operatorCreditCode", to: () => enterprise, description: "The enterprise operating the station." } },
  list: {
    query: "fuelStations",
    description: "The filling stations of the registry, ordered by code.",
    order: ["code"],
    skipEmpty: true,
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code) } }) },
      status: { type: "String", enum: FuelStationStatus },
    },
  },
  byKey: { query: "fuelStation", description: "One filling station by its code; null when it is not registered.", normalize: (code) => code },
  history: "Every version of this station record, oldest first.",
  contribution: {
    mutation: "contributeFuelStations",
    description: "Contributes filling stations (market regulation only); the operator must be in the registry.",
    input: "One filling station.",
    references: [{ column: "operator_credit_code", field: "operatorCreditCode", table: "market_regulation.enterprises", keyColumn: "credit_code", what: "enterprise" }],
  },
});
export type FuelStation = Row<typeof fuelStation>;
