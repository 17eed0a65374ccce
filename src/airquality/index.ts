// Public surface of the air-quality domain module (pure, I/O-free).
export * from "./ruleset.js";
export * from "./aqi.js";
export * from "./validity.js";
export * from "./percentile.js";
export * from "./evaluation.js";
export * from "./warning.js";
export * from "./rounding.js";
export * from "./period-evaluation.js";
