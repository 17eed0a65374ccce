import { hourValid } from "../../airquality/index.js";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { defineDataset, periodFilters, type FieldDecl, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { refreshRegionHourly } from "./air-quality.service.js";

/**
 * Highest concentrations a real hour can show; above them the value is a unit or typing error. They sit
 * above the AQI tables' tops (PM2.5 500, PM10 600, SO2 2620, NO2 3840, CO 150, O3 1200) since a dust storm
 * or a fire can exceed those.
 */
export const PLAUSIBLE_MAX = { pm25: 2000, pm10: 5000, so2: 5000, no2: 5000, co: 200, o3: 2000 } as const;

const pollutant = (p: keyof typeof PLAUSIBLE_MAX, description?: string) =>
  ({
    type: "Float",
    nullable: true,
    description,
    check: (c: RowCheck, v: number | null) => (v === null || v === undefined ? null : c.number(p, v, 0, PLAUSIBLE_MAX[p], p === "co" ? "mg/m³" : "µg/m³")),
  }) as const satisfies FieldDecl;

export const observations = defineDataset({
  dataset: Dataset.OBSERVATIONS,
  sharing: "OPEN",
  catalogue: "Hourly pollutant concentrations at monitoring stations.",
  name: "Observation",
  description: "One station's hourly concentrations (µg/m³; CO in mg/m³). The hour is its start, China time.",
  table: "environment.observations",
  key: ["stationCode", "hour"],
  fields: {
    stationCode: { type: "ID", description: "Code of the monitoring station that observed.", input: "A registered monitoring station.", check: (c, v: string | null) => c.code("stationCode", v) },
    hour: {
      type: "DateTime",
      description: "Start of the hour.",
      input: "Start of the hour, ISO 8601 with an offset, on the hour, not in the future.",
      check: (c, v: string | null, { now }) => c.hourStart("hour", v, { notAfter: now }),
    },
    pm25: pollutant("pm25", "PM2.5, the hour's mean, µg/m³; null when not measured."),
    pm10: pollutant("pm10", "PM10, the hour's mean, µg/m³; null when not measured."),
    so2: pollutant("so2", "SO2, the hour's mean, µg/m³; null when not measured."),
    no2: pollutant("no2", "NO2, the hour's mean, µg/m³; null when not measured."),
    co: pollutant("co", "CO, the hour's mean, mg/m³; null when not measured."),
    o3: pollutant("o3", "O3, the hour's mean, µg/m³; null when not measured."),
    minutesSampled: {
      type: "Int",
      nullable: true,
      description: "Minutes sampled in the hour.",
      input: "Minutes sampled (0–60); 45 or more makes the hour valid.",
      check: (c, v: number | null) => (v === null || v === undefined ? null : c.number("minutesSampled", v, 0, 60, "minutes")),
    },
    valid: {
      type: "Boolean",
      description: "Counts toward averages: at least 45 minutes sampled (GB 3095-2012 §8), or flagged valid by the station.",
      input: "The station's own validity flag, when it sends one instead of minutes.",
      // the station's flag if sent, else by minutes sampled; an hour with neither is taken as fully sampled
      check: (_c, v: boolean | null, _v, _r, { minutesSampled }) => v ?? (minutesSampled === null ? true : hourValid(minutesSampled as number)),
    },
  },
  list: {
    query: "observations",
    description: "Hourly observations, by station and hour.",
    order: ["stationCode", "hour"],
    filterArgs: true,
    filters: {
      stationCode: { description: "Only the observations of this station (its code).", type: "ID" },
      ...periodFilters("hour", "DateTime", true),
    },
  },
  history: "Every version of this hour, oldest first.",
  contribution: {
    mutation: "contributeObservations",
    description: "Contributes hourly observations (environment only); upserts by (station, hour).",
    input: "One station hour. Concentrations in µg/m³ (CO in mg/m³); any may be null when not measured.",
    references: [{ column: "station_code", field: "stationCode", table: "environment.monitoring_stations", keyColumn: "code", what: "monitoring station" }],
    afterWrite: async (client) => {
      await refreshRegionHourly(client, { touched: "select station_code, hour from contribution_stage" });
    },
  },
});
export type Observation = Row<typeof observations>;
