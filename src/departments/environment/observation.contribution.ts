import { Field, Float, InputType, Int } from "type-graphql";
import { hourValid } from "../../airquality/index.js";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { refreshRegionHourly } from "./air-quality.service.js";

@InputType({ description: "One station hour. Concentrations in µg/m³ (CO in mg/m³); any may be null when not measured." })
export class ObservationInput {
  @Field(() => String, { nullable: true, description: "A registered monitoring station." })
  stationCode?: string | null;

  @Field(() => String, { nullable: true, description: "Start of the hour, ISO 8601 with an offset, on the hour, not in the future." })
  hour?: string | null;

  @Field(() => Float, { nullable: true })
  pm25?: number | null;

  @Field(() => Float, { nullable: true })
  pm10?: number | null;

  @Field(() => Float, { nullable: true })
  so2?: number | null;

  @Field(() => Float, { nullable: true })
  no2?: number | null;

  @Field(() => Float, { nullable: true })
  co?: number | null;

  @Field(() => Float, { nullable: true })
  o3?: number | null;

  @Field(() => Int, { nullable: true, description: "Minutes sampled (0–60); 45 or more makes the hour valid." })
  minutesSampled?: number | null;

  @Field(() => Boolean, { nullable: true, description: "The station's own validity flag, when it sends one instead of minutes." })
  valid?: boolean | null;
}

/**
 * Highest concentrations a real hour can show; above them the value is a unit or typing error. They sit
 * above the AQI tables' tops (PM2.5 500, PM10 600, SO2 2620, NO2 3840, CO 150, O3 1200) since a dust storm
 * or a fire can exceed those.
 */
export const PLAUSIBLE_MAX = { pm25: 2000, pm10: 5000, so2: 5000, no2: 5000, co: 200, o3: 2000 } as const;
const POLLUTANTS = Object.keys(PLAUSIBLE_MAX) as (keyof typeof PLAUSIBLE_MAX)[];

export const observationContribution: ContributionSpec<ObservationInput> = {
  dataset: Dataset.OBSERVATIONS,
  table: "environment.observations",
  key: ["station_code", "hour"],
  columns: [
    { name: "station_code", type: "text" },
    { name: "hour", type: "timestamptz" },
    ...POLLUTANTS.map((p) => ({ name: p, type: "double precision" as const })),
    { name: "minutes_sampled", type: "integer" },
    { name: "valid", type: "boolean" },
  ],
  references: [{ column: "station_code", field: "stationCode", table: "environment.monitoring_stations", keyColumn: "code", what: "monitoring station" }],
  afterWrite: async (client) => {
    await refreshRegionHourly(client, { touched: "select station_code, hour from contribution_stage" });
  },
  validate(r, c, v) {
    const hour = c.hourStart("hour", r.hour, { notAfter: v.now });
    const values = POLLUTANTS.map((p) => (r[p] === null || r[p] === undefined ? null : c.number(p, r[p], 0, PLAUSIBLE_MAX[p], p === "co" ? "mg/m³" : "µg/m³")));
    let minutes: number | null = null;
    if (r.minutesSampled !== null && r.minutesSampled !== undefined) minutes = c.number("minutesSampled", r.minutesSampled, 0, 60, "minutes");
    // Valid: the station's flag if sent, else by minutes sampled; an hour with neither is taken as fully sampled.
    const valid = r.valid ?? (minutes === null ? true : hourValid(minutes));
    return [c.code("stationCode", r.stationCode), hour, ...values, minutes, valid];
  },
};
