import { useCallback, useEffect, useMemo, useState } from "react";
import type { ConsoleApi } from "../api";
import { translator, type Lang } from "../i18n";
import { formatTime } from "../names";
import { Chart } from "./Chart";
import { barOption, bars, calendarOption, cityName, rankingOption } from "./charts";
import { LEVEL_COLOURS, STATUS_COLOURS } from "./colours";
import { dict, levelName, measureName, metricTitle, statusName, verdictName } from "./dict";
import {
  BAR_METRICS,
  DAILY,
  LISTED_PAGE,
  listedQuery,
  OVERVIEW,
  WARNINGS_PAGE,
  warningsQuery,
  type CityRankRow,
  type ComplianceVerdict,
  type DayAqi,
  type ListedRow,
  type RegionName,
  type TargetStatus,
  type WarningRow,
} from "./queries";
import "./dashboard.css";

/** The plan's year the dashboard reports. */
export const YEAR = 2021;
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR}-12-31`;

type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ok"; data: T };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Whether an instant falls in `year`, China time (the plan's and the warnings' clock). */
function inChinaYear(iso: string, year: number): boolean {
  const t = new Date(iso).getTime();
  return new Date(t + 8 * 3600_000).getUTCFullYear() === year;
}

interface Warnings {
  rows: (WarningRow & { listed: ListedRow[] })[];
  verdicts: boolean;
}

/** Every warning of the year with its whole list: pages of warnings, then the rest of each long list. */
async function loadWarnings(api: ConsoleApi, verdicts: boolean): Promise<Warnings> {
  const rows: Warnings["rows"] = [];
  let after: string | null = null;
  for (;;) {
    const d: { warnings: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: WarningRow }[] } } = await api.graphql(
      warningsQuery(verdicts),
      { after, first: WARNINGS_PAGE, listed: LISTED_PAGE },
    );
    for (const { node } of d.warnings.edges) {
      if (!inChinaYear(node.startsAt, YEAR)) continue;
      const listed = node.listedEnterprises.edges.map((e) => e.node);
      let page = node.listedEnterprises.pageInfo;
      while (page.hasNextPage) {
        const more: { warning: { listedEnterprises: WarningRow["listedEnterprises"] } | null } = await api.graphql(listedQuery(verdicts), {
          id: node.id,
          after: page.endCursor,
          listed: LISTED_PAGE,
        });
        if (!more.warning) break;
        listed.push(...more.warning.listedEnterprises.edges.map((e) => e.node));
        page = more.warning.listedEnterprises.pageInfo;
      }
      rows.push({ ...node, listed });
    }
    if (!d.warnings.pageInfo.hasNextPage) break;
    after = d.warnings.pageInfo.endCursor;
  }
  return { rows, verdicts };
}

/**
 * The plan's dashboard for 2021: the 18 cities against their targets (four bar charts, coloured by the API's
 * status of each target), a city's daily AQI as a calendar, the ranking by composite index, and the warnings
 * with their listed enterprises and verdicts.
 */
export function Dashboard(props: { api: ConsoleApi; lang: Lang }) {
  const { api, lang } = props;
  const t = translator(dict, lang);
  const [overview, setOverview] = useState<Loaded<CityRankRow[]>>({ state: "loading" });
  const [warnings, setWarnings] = useState<Loaded<Warnings>>({ state: "loading" });
  const [city, setCity] = useState<string | null>(null);
  const [daily, setDaily] = useState<Loaded<{ region: RegionName; days: DayAqi[] }> | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setOverview({ state: "loading" });
    api
      .graphql<{ cityRanking: CityRankRow[] }>(OVERVIEW, { year: YEAR, from: FROM, to: TO })
      .then((d) => {
        if (!live) return;
        setOverview({ state: "ok", data: d.cityRanking });
        setCity((c) => c ?? [...d.cityRanking].sort((a, b) => a.region.code.localeCompare(b.region.code))[0]?.region.code ?? null);
      })
      .catch((e) => live && setOverview({ state: "error", message: message(e) }));
    setWarnings({ state: "loading" });
    // the verdicts read the grid company's CONDITIONAL electricity data: without a grant, the lists alone
    loadWarnings(api, true)
      .catch(() => loadWarnings(api, false))
      .then((w) => live && setWarnings({ state: "ok", data: w }))
      .catch((e) => live && setWarnings({ state: "error", message: message(e) }));
    return () => {
      live = false;
    };
  }, [api, attempt]);

  useEffect(() => {
    if (!city) return;
    let live = true;
    setDaily({ state: "loading" });
    api
      .graphql<{ region: { code: string; name: string; nameEn: string; dailyAirQuality: DayAqi[] } | null }>(DAILY, { code: city, from: FROM, to: TO })
      .then((d) => {
        if (!live) return;
        if (!d.region) setDaily({ state: "error", message: city });
        else setDaily({ state: "ok", data: { region: d.region, days: d.region.dailyAirQuality } });
      })
      .catch((e) => live && setDaily({ state: "error", message: message(e) }));
    return () => {
      live = false;
    };
  }, [api, city, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const rows = overview.state === "ok" ? overview.data : null;
  const barCharts = useMemo(
    () =>
      rows
        ? BAR_METRICS.map((m) => {
            const list = bars(rows, m, YEAR, lang);
            return { m, codes: list.map((b) => b.code), option: barOption(m, list, YEAR, lang) };
          })
        : [],
    [rows, lang],
  );
  const ranking = useMemo(() => (rows ? rankingOption(rows, YEAR, lang) : null), [rows, lang]);
  const calendar = useMemo(
    () => (daily?.state === "ok" ? calendarOption(cityName(daily.data.region, lang), daily.data.days, YEAR, lang) : null),
    [daily, lang],
  );
  const citiesByCode = useMemo(() => (rows ? [...rows].sort((a, b) => a.region.code.localeCompare(b.region.code)) : []), [rows]);

  return (
    <div className="dashboard">
      <h1>{t("title", { year: YEAR })}</h1>
      <p className="dash-hint">{t("intro")}</p>

      <section aria-labelledby="dash-progress">
        <h2 id="dash-progress">{t("progressTitle")}</h2>
        <StatusLegend lang={lang} />
        {overview.state === "loading" && <p role="status">{t("loading")}</p>}
        {overview.state === "error" && <Failure text={t("error", { message: overview.message })} retry={retry} label={t("retry")} />}
        <div className="dash-grid">
          {barCharts.map(({ m, codes, option }) => (
            // data-cities: the cities' codes in the bars' order, so bar i (its SVG path has ecmeta_series_index 0 and ecmeta_data_index i) is known to be a city's
            <figure key={m} className="dash-figure" data-metric={m} data-cities={codes.join(" ")}>
              <figcaption>{metricTitle(m, lang)}</figcaption>
              <Chart option={option} height={300} lang={lang} testId={`chart-${m}`} />
            </figure>
          ))}
        </div>
      </section>

      <div className="dash-row">
        <section aria-labelledby="dash-calendar" className="dash-calendar">
          <h2 id="dash-calendar">{t("calendarTitle")}</h2>
          <label className="dash-picker">
            {t("city")}{" "}
            <select value={city ?? ""} onChange={(e) => setCity(e.target.value)} disabled={!citiesByCode.length}>
              {citiesByCode.map((r) => (
                <option key={r.region.code} value={r.region.code}>
                  {cityName(r.region, lang)}
                </option>
              ))}
            </select>
          </label>
          {daily?.state === "loading" && <p role="status">{t("loading")}</p>}
          {daily?.state === "error" && <Failure text={t("error", { message: daily.message })} retry={retry} label={t("retry")} />}
          {calendar && <Chart option={calendar} height={200} lang={lang} testId="chart-calendar" />}
        </section>

        <section aria-labelledby="dash-ranking" className="dash-ranking">
          <h2 id="dash-ranking">{t("rankingTitle")}</h2>
          <p className="dash-hint">{t("smallerBetter")}</p>
          {ranking && <Chart option={ranking} height={420} lang={lang} testId="chart-ranking" />}
        </section>
      </div>

      <section aria-labelledby="dash-warnings">
        <h2 id="dash-warnings">{t("warningsTitle")}</h2>
        {warnings.state === "loading" && <p role="status">{t("loading")}</p>}
        {warnings.state === "error" && <Failure text={t("error", { message: warnings.message })} retry={retry} label={t("retry")} />}
        {warnings.state === "ok" && <WarningList data={warnings.data} lang={lang} />}
      </section>
    </div>
  );
}

function Failure(props: { text: string; retry: () => void; label: string }) {
  return (
    <p role="alert" className="error">
      {props.text}{" "}
      <button type="button" onClick={props.retry}>
        {props.label}
      </button>
    </p>
  );
}

function StatusLegend({ lang }: { lang: Lang }) {
  const t = translator(dict, lang);
  const statuses: (TargetStatus | "NO_TARGET")[] = ["MET", "ON_TRACK", "AT_RISK", "MISSED", "NO_DATA", "NO_TARGET"];
  return (
    <ul className="dash-legend">
      {statuses.map((s) => (
        <li key={s}>
          <span className="dash-swatch" style={{ background: STATUS_COLOURS[s] }} aria-hidden="true" />
          {statusName(s, lang)}
        </li>
      ))}
      <li>
        <span className="dash-swatch dash-swatch-line" aria-hidden="true" />
        {t("provinceTarget")}
      </li>
      <li>
        <span className="dash-swatch dash-swatch-dash" aria-hidden="true" />
        {t("ownTarget")}
      </li>
    </ul>
  );
}

const pct = (v: number | null | undefined) => (v == null ? "—" : `${Math.round(v * 1000) / 10}%`);

function WarningList({ data, lang }: { data: Warnings; lang: Lang }) {
  const t = translator(dict, lang);
  if (!data.rows.length) return <p className="dash-hint">{t("warningsNone", { year: YEAR })}</p>;
  return (
    <>
      {!data.verdicts && <p className="dash-hint">{t("verdictsHidden")}</p>}
      <ul className="dash-warnings">
        {data.rows.map((w) => {
          const counts = new Map<ComplianceVerdict, number>();
          for (const l of w.listed) if (l.verdict) counts.set(l.verdict, (counts.get(l.verdict) ?? 0) + 1);
          const summary = t("summaryVerdicts", {
            count: w.listed.length,
            verdicts: data.verdicts ? [...counts].map(([v, n]) => `${verdictName(v, lang)} ${n}`).join(lang === "zh" ? "，" : ", ") : "—",
          });
          return (
            <li key={w.id} className="dash-warning" data-warning={w.id}>
              <details>
                <summary>
                  <span className="dash-level" style={{ background: LEVEL_COLOURS[w.level] }}>
                    {levelName(w.level, lang)}
                  </span>{" "}
                  <b>{cityName(w.region, lang)}</b> <code>{w.id}</code> · {formatTime(w.startsAt, lang)} – {formatTime(w.endsAt, lang)}
                  {w.liftedAt && <> · {t("lifted", { time: formatTime(w.liftedAt, lang) })}</>} · {summary}
                </summary>
                <p className="dash-hint">
                  {t("reason")}: {w.reason}
                </p>
                <table className="dash-listed">
                  <caption className="visually-hidden">
                    {t("listed")} {w.id}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("enterprise")}</th>
                      <th scope="col">{t("creditCode")}</th>
                      <th scope="col">{t("measure")}</th>
                      <th scope="col">{t("owedCut")}</th>
                      <th scope="col">{t("electricityCut")}</th>
                      <th scope="col">{t("verdict")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {w.listed.map((l) => (
                      <tr key={l.creditCode} className={l.verdict ? `verdict-${l.verdict}` : undefined}>
                        <td>{l.enterprise?.name ?? "—"}</td>
                        <td>
                          <code>{l.creditCode}</code>
                        </td>
                        <td>{measureName(l.measure.kind, lang)}</td>
                        <td>{l.selfDetermined ? "—" : pct(l.owedCut)}</td>
                        <td>{data.verdicts ? pct(l.electricity?.cut) : t("verdictHidden")}</td>
                        <td>{data.verdicts && l.verdict ? verdictName(l.verdict, lang) : t("verdictHidden")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}
