import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { constructionSite, SITE_REFERENCE } from "./construction-site.dataset.js";

/** Highest PM10 an hour can plausibly show at a site, µg/m³; above it the value is a unit or typing error. */
export const MAX_SITE_PM10 = 5000;

/** The hourly PM10 above which an hour counts as an exceedance when no threshold is given, µg/m³. */
export const DEFAULT_PM10_THRESHOLD = 150;

export const dustMonitorReading = defineDataset({
  dataset: Dataset.DUST_MONITOR_READINGS,
  sharing: "CONDITIONAL",
  catalogue: "Online PM10 monitor readings at construction sites.",
  name: "DustMonitorReading",
  description: "One hour of a construction site's online dust monitor (扬尘在线监测): mean PM10 of the hour. The hour is its start.",
  table: "housing.dust_monitor_readings",
  key: ["siteCode", "hour"],
  fields: {
    siteCode: { type: "ID", description: "Code of the construction site monitored.", input: "A registered construction site.", check: (c, v: string | null) => c.code("siteCode", v) },
    hour: {
      type: "DateTime",
      description: "Start of the hour.",
      input: "Start of the hour, ISO 8601 with an offset, on the hour, not in the future.",
      check: (c, v: string | null, ctx) => c.hourStart("hour", v, { notAfter: ctx.now }),
    },
    pm10: {
      type: "Float",
      description: `Mean PM10 of the hour, µg/m³ (0 to ${MAX_SITE_PM10}).`,
      input: `Mean PM10 of the hour, µg/m³, 0 to ${MAX_SITE_PM10}.`,
      check: (c, v: number | null) => c.number("pm10", v, 0, MAX_SITE_PM10, "µg/m³"),
    },
  },
  list: {
    query: "dustMonitorReadings",
    description: "Hourly PM10 of construction sites' online dust monitors, by site and hour; `from` and `to` are China-time days, both inclusive.",
    nullable: true,
    order: ["siteCode", "hour"],
    filters: {
      siteCode: { type: "ID", description: "The construction site's code." },
      ...periodFilters("hour", "DateTime"),
    },
  },
  history: "Every version of this hour, oldest first, the current one last.",
  links: { site: { by: "siteCode", to: () => constructionSite, description: "The construction site monitored." } },
  contribution: {
    mutation: "contributeDustMonitorReadings",
    description: "Contributes hourly PM10 of construction sites' dust monitors (housing only); the site must be registered; upserts by (site, hour).",
    input: "One hour of a construction site's online dust monitor.",
    references: [SITE_REFERENCE],
  },
});
export type DustMonitorReading = Row<typeof dustMonitorReading>;
