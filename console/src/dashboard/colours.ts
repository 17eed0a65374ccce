import type { AqiCategory, TargetStatus, WarningLevel } from "./queries";

/** HJ 633-2012's colours of the AQI categories (/work/shared/domain/air-quality.md): RGB 0,228,0 … 126,0,35. */
export const AQI_COLOURS: Record<AqiCategory, string> = {
  EXCELLENT: "#00E400",
  GOOD: "#FFFF00",
  LIGHT: "#FF7E00",
  MODERATE: "#FF0000",
  HEAVY: "#99004C",
  SEVERE: "#7E0023",
};

/** A target's status as the API gives it (TargetStatus), and "no target" for a city no target applies to. */
export const STATUS_COLOURS: Record<TargetStatus | "NO_TARGET", string> = {
  MET: "#2e7d32",
  ON_TRACK: "#66bb6a",
  AT_RISK: "#f9a825",
  MISSED: "#c62828",
  NO_DATA: "#9e9e9e",
  NO_TARGET: "#5c6bc0",
};

export const LEVEL_COLOURS: Record<WarningLevel, string> = {
  YELLOW: "#f2c200",
  ORANGE: "#ff7e00",
  RED: "#e00000",
};
