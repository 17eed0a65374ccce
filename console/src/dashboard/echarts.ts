/**
 * The part of Apache ECharts the dashboard uses, and nothing else: bars, the calendar heatmap and the
 * target marks, with the SVG renderer (its text is in the DOM, and the `aria` component puts each chart's
 * description on its container as an aria-label).
 */
import * as echarts from "echarts/core";
import { BarChart, HeatmapChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  CalendarComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, HeatmapSeriesOption, ScatterSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  CalendarComponentOption,
  GridComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";

echarts.use([
  BarChart,
  HeatmapChart,
  ScatterChart,
  AriaComponent,
  CalendarComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  SVGRenderer,
]);

export { echarts };
export type { EChartsType } from "echarts/core";

/** The options of exactly the parts registered above. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | CalendarComponentOption
  | GridComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;
