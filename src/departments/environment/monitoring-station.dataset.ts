import { defineDataset } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionScope } from "../../common/region-scope.js";
import { SiteKind, SITE_FIELDS } from "../../common/site.js";
import { refreshRegionHourly } from "./air-quality.service.js";
import { regions } from "./region.entity.js";
import { Site } from "./site.interface.js";

export const StationControlLevel = defineEnum(
  "StationControlLevel",
  {
    NATIONAL: "National control station (国控站), part of the national monitoring network.",
    PROVINCIAL: "Provincial control station (省控站).",
    CITY: "City control station (市控站).",
  },
  "Which tier of the monitoring network a station belongs to: 国控 / 省控 / 市控.",
);
export type StationControlLevel = EnumOf<typeof StationControlLevel>;

export const StationType = defineEnum(
  "StationType",
  {
    URBAN: "Urban assessment station (城市评价点), measuring the air a city's residents breathe.",
    TRAFFIC: "Roadside traffic station (交通站).",
    BACKGROUND: "Regional background station (背景站), away from local sources.",
    MOUNTAIN: "Mountain station (山区站).",
    VOC: "Volatile organic compounds station (VOCs 监测站).",
    COMPONENT: "Particulate composition station (颗粒物组分站).",
  },
  "What a monitoring station is sited to measure.",
);
export type StationType = EnumOf<typeof StationType>;

export const monitoringStations = defineDataset({
  dataset: Dataset.MONITORING_STATIONS,
  sharing: "OPEN",
  catalogue: "Air-quality monitoring stations (国控/省控) and where they stand.",
  name: "MonitoringStation",
  description: "An air-quality monitoring station (environment department).",
  implements: [Site],
  directives: ['@key(fields: "code")'],
  table: "environment.monitoring_stations",
  key: ["code"],
  fields: {
    code: { type: "ID", description: SITE_FIELDS.code, input: "The station's code: letters, digits, - and _.", check: (c, v: string | null) => c.code("code", v) },
    name: { type: "String", description: SITE_FIELDS.name, input: "The station's name.", check: (c, v: string | null) => c.text("name", v) },
    regionCode: { type: "String", hidden: true, input: "The city (or county) it reports for.", check: (c, v: string | null) => c.region("regionCode", v) },
    latitude: { type: "Float", description: SITE_FIELDS.latitude, input: "WGS 84 latitude.", check: (c, v: number | null) => c.latitude("latitude", v) },
    longitude: { type: "Float", description: SITE_FIELDS.longitude, input: "WGS 84 longitude.", check: (c, v: number | null) => c.longitude("longitude", v) },
    controlLevel: { type: "String", description: "The tier of the monitoring network: national (国控), provincial (省控) or city (市控).", enum: StationControlLevel },
    stationType: { type: "String", description: "What the station is sited to measure: urban air, traffic, regional background, mountain, VOCs or particulate composition.", enum: StationType },
  },
  computed: {
    kind: { type: () => SiteKind, description: SITE_FIELDS.kind, get: () => SiteKind.MONITORING_STATION },
  },
  list: {
    query: "monitoringStations",
    description: "Air-quality monitoring stations, ordered by code.",
    order: ["code"],
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code) } }) },
    },
  },
  byKey: { query: "monitoringStation", description: "One monitoring station, by its code." },
  history: "Every version of this station record, oldest first.",
  links: { region: { by: "regionCode", to: () => regions, nullable: false, description: "The city or county the station stands in." } },
  contribution: {
    mutation: "contributeMonitoringStations",
    description: "Contributes monitoring stations (environment only); upserts by code.",
    input: "One air-quality monitoring station.",
    // A station's region decides which regional hourly means it is part of. Recompute every region at
    // the hours the batch's stations observed (the region a station left loses it, the new one gains it).
    afterWrite: async (client) => {
      const hours = "select distinct o.hour from environment.observations o join contribution_stage s on s.code = o.station_code";
      await client.query(`delete from environment.region_hourly where hour in (${hours})`);
      await refreshRegionHourly(client, { touched: `select o.station_code, o.hour from environment.observations o where o.hour in (${hours})` });
    },
  },
});
