import { useEffect, useRef } from "react";
import type { Lang } from "../i18n";
import { echarts, type ChartOption, type EChartsType } from "./echarts";

/**
 * One ECharts chart (SVG renderer) in a div that follows its width. The option's aria description becomes
 * the div's aria-label, with role img: the chart's accessible text.
 */
export function Chart(props: { option: ChartOption; height: number; lang: Lang; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = ref.current!;
    const c = echarts.init(el, undefined, { renderer: "svg", locale: props.lang === "zh" ? "ZH" : "EN" });
    chart.current = c;
    c.setOption(props.option);
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
    // a new language is a new chart (ECharts's locale is fixed at init)
  }, [props.lang]);

  useEffect(() => {
    chart.current?.setOption(props.option, { notMerge: true });
  }, [props.option]);

  return <div ref={ref} className="dash-chart" style={{ height: props.height }} data-testid={props.testId} />;
}
