// The indicator metrics are declared in the folders of the departments that produce them (defineMetric);
// scripts/registry.js writes them into metrics.generated.ts.
export { Metric, METRIC_INFO } from "./metrics.generated.js";

/**
 * An indicator metric. The environment department owns the Indicator table, but each metric belongs to the
 * department that produces it (the folder that declares it), and only that department may contribute it.
 */
export interface MetricDecl {
  metric: string;
  unit: string;
  description: string;
  /** lowest and highest plausible value; contributions outside are rejected */
  min: number;
  max: number;
  /**
   * The hub holds no data to measure it: the value is reported outside the hub (a department may still
   * contribute it by hand). Its targets are held all the same.
   */
  outsideHub?: boolean;
}

/** Declares a metric of the calling department's folder; scripts/registry.js reads it without running it. */
export function defineMetric(metric: MetricDecl): MetricDecl {
  return metric;
}
