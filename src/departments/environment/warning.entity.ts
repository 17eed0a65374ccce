import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";

export const WarningLevel = defineEnum(
  "WarningLevel",
  {
    YELLOW: "Yellow (黄色), the lowest: forecast daily AQI above 200 for 2 days or more.",
    ORANGE: "Orange (橙色): AQI above 200 for 3 days or more, at least one above 300.",
    RED: "Red (红色), the highest: AQI above 200 for 4 days or more with at least 2 above 300, or any day reaching 500.",
  }, "黄色 / 橙色 / 红色 heavy-pollution warning.");
export type WarningLevel = EnumOf<typeof WarningLevel>;

/** Issued and lifted by environment admins (warning.resolver.ts), never contributed. */
export const warnings = defineDataset({
  dataset: Dataset.WARNINGS,
  sharing: "OPEN",
  catalogue: "Heavy-pollution weather warnings issued to cities.",
  name: "Warning",
  description: "A heavy-pollution warning for a city, from its start until it ends or is lifted.",
  directives: ['@key(fields: "id")'],
  table: "environment.warnings",
  key: ["id"],
  fields: {
    id: { type: "ID", description: "The warning's identifier, beginning with its start date." },
    regionCode: { type: "String", hidden: true },
    level: { type: "String", enum: WarningLevel, description: "Yellow, orange or red (黄色 / 橙色 / 红色), by the forecast's severity and length." },
    startsAt: { type: "DateTime", description: "When the warning comes into force." },
    endsAt: { type: "DateTime", nullable: true, description: "The planned end; null until announced." },
    liftedAt: { type: "DateTime", nullable: true, description: "When it was lifted, if before its planned end." },
    reason: { type: "String", description: "The forecast behind the warning, as the issuer wrote it." },
    issuedBy: { type: "String", description: "Who issued it (token subject)." },
    issuedAt: { type: "DateTime", description: "When it was issued." },
  },
});

export const Warning = warnings.entity;
export type Warning = Row<typeof warnings>;
