import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { refreshRegionHourly } from "./air-quality.service.js";
import { StationControlLevel, StationType } from "./monitoring-station.entity.js";

@InputType({ description: "One air-quality monitoring station." })
export class MonitoringStationInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "The city (or county) it reports for." })
  regionCode?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "NATIONAL, PROVINCIAL or CITY." })
  controlLevel?: string | null;

  @Field(() => String, { nullable: true, description: "URBAN, TRAFFIC, BACKGROUND, MOUNTAIN, VOC or COMPONENT." })
  stationType?: string | null;
}

export const monitoringStationContribution: ContributionSpec<MonitoringStationInput> = {
  dataset: Dataset.MONITORING_STATIONS,
  table: "environment.monitoring_stations",
  key: ["code"],
  columns: [
    { name: "code", type: "text" },
    { name: "name", type: "text" },
    { name: "region_code", type: "text" },
    { name: "latitude", type: "double precision" },
    { name: "longitude", type: "double precision" },
    { name: "control_level", type: "text" },
    { name: "station_type", type: "text" },
  ],
  // A station's region decides which regional hourly means it is part of. Recompute every region at
  // the hours the batch's stations observed (the region a station left loses it, the new one gains it).
  afterWrite: async (client) => {
    const hours = "select distinct o.hour from environment.observations o join contribution_stage s on s.code = o.station_code";
    await client.query(`delete from environment.region_hourly where hour in (${hours})`);
    await refreshRegionHourly(client, { touched: `select o.station_code, o.hour from environment.observations o where o.hour in (${hours})` });
  },
  validate(r, c) {
    return [
      c.code("code", r.code),
      c.text("name", r.name),
      c.region("regionCode", r.regionCode),
      c.latitude("latitude", r.latitude),
      c.longitude("longitude", r.longitude),
      c.enumValue("controlLevel", r.controlLevel, Object.values(StationControlLevel)),
      c.enumValue("stationType", r.stationType, Object.values(StationType)),
    ];
  },
};
