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

/*
 * Each item a chart draws (a city's bar, a calendar day) carries its series and data index on its SVG
 * element, as `ecmeta_series_index` and `ecmeta_data_index`: the attributes ECharts's own server-side
 * rendering writes, through the same zrender hook. A marker's items (the province's target line) carry
 * their series's indices too, and `ecmeta_marker` besides. Without them the DOM says nothing of which path
 * is which city's bar; with them a test reads the colour each bar is drawn in. The hook is zrender's one
 * global getter: no chart here uses ECharts's `ssr` mode, which would replace it.
 */
echarts.zrender.registerSSRDataGetter((el) => {
  const d = echarts.helper.getECData(el);
  if (d.seriesIndex == null || d.dataIndex == null) return undefined as never;
  const meta = echarts.zrUtil.createHashMap<unknown>({ series_index: d.seriesIndex, data_index: d.dataIndex });
  if (d.dataType) meta.set("data_type", d.dataType);
  const marker = (d.dataModel as { mainType?: string } | undefined)?.mainType;
  if (marker) meta.set("marker", marker);
  return meta;
});

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
