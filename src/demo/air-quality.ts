import { citiesOf } from "../shared/regions.data.js";
import { observations } from "../departments/environment/observation.dataset.js";
import type { DemoTable } from "./demo.types.js";
import { Random } from "./random.js";
import { demoTable } from "./table.js";

/**
 * A year (2021) of hourly observations at the two national stations of every city, with the seasons
 * of the North China Plain: winter PM2.5 with multi-day episodes (heavy and severe days), summer ozone
 * (exceedances May–September), spring dust in PM10, a few gaps and short-sampled hours. Tuned so the
 * province lands near the plan's targets: some met, some missed, and some cities worse than others.
 */

/** Annual PM2.5 level of each city, µg/m³ (roughly 2020's ranking). */
const CITY_PM25: Record<string, number> = {
  "410100": 50, "410200": 50, "410300": 48, "410400": 52, "410500": 60, "410600": 50, "410700": 54, "410800": 57, "410900": 55,
  "411000": 52, "411100": 51, "411200": 44, "411300": 48, "411400": 50, "411500": 37, "411600": 52, "411700": 45, "419001": 53,
};

const PM_SEASON = [1.7, 1.4, 1.1, 0.85, 0.7, 0.58, 0.48, 0.48, 0.58, 0.8, 1.2, 1.55];
const O3_MDA8 = [62, 82, 104, 132, 162, 178, 160, 150, 140, 96, 72, 58];
const NO2_SEASON = [1.35, 1.15, 1.0, 0.9, 0.8, 0.72, 0.7, 0.72, 0.85, 1.0, 1.2, 1.35];
const SO2_SEASON = [1.5, 1.3, 1.0, 0.85, 0.75, 0.7, 0.7, 0.7, 0.8, 0.9, 1.2, 1.45];

/** Pollution episodes: [first day-of-year, last, multiplier]; the transmission-channel cities get them hardest. */
const EPISODES: [number, number, number][] = [
  [9, 15, 2.9], // 10–16 Jan: severe
  [39, 43, 2.3], // 8–12 Feb
  [323, 326, 1.9], // 20–23 Nov
  [348, 353, 2.6], // 15–20 Dec
];

// Diurnal shapes, mean 1 over the day.
const PM_DIURNAL = Array.from({ length: 24 }, (_, h) => 1 + 0.22 * Math.cos((2 * Math.PI * (h - 22)) / 24));
const NO2_DIURNAL = Array.from({ length: 24 }, (_, h) => 1 + 0.2 * Math.cos((2 * Math.PI * (h - 8)) / 12));
const O3_SHAPE = Array.from({ length: 24 }, (_, h) => 0.3 + Math.exp(-(((h - 15) / 3.6) ** 2)));
const O3_MAX8 = Math.max(...Array.from({ length: 17 }, (_, s) => O3_SHAPE.slice(s, s + 8).reduce((a, b) => a + b, 0) / 8));

export const OBSERVATION_STATIONS_PER_CITY = 2;

export function observationTable(): DemoTable {
  const r = new Random(2021_0315);
  const rows: unknown[][] = [];
  const start = Date.UTC(2020, 11, 31, 16); // 2021-01-01T00:00+08:00
  for (const city of citiesOf()) {
    const base = CITY_PM25[city.code] ?? 50;
    const channel = city.group === "TRANSMISSION_CHANNEL";
    // day-to-day weather: AR(1), shared by the city's stations
    let weather = 0;
    let ozoneWeather = 0;
    for (let d = 0; d < 365; d++) {
      weather = 0.72 * weather + 0.28 * r.normal() * 1.9;
      ozoneWeather = 0.6 * ozoneWeather + 0.4 * r.normal() * 1.6;
      const date = new Date(start + d * 86_400_000 + 8 * 3_600_000);
      const month = date.getUTCMonth();
      let episode = 1;
      for (const [a, b, m] of EPISODES) if (d >= a && d <= b) episode = channel ? m : 1 + (m - 1) * 0.75;
      const pmDay = base * PM_SEASON[month] * episode * Math.exp(0.32 * weather) * 0.93;
      const rain = month >= 5 && month <= 8 && r.next() < 0.18 ? 0.55 : 1; // summer rain clears the air
      const o3Day = O3_MDA8[month] * (1 + 0.17 * ozoneWeather) * rain * (city.code === "411500" ? 0.9 : 1);
      const dust = month >= 2 && month <= 4 ? 1.9 : 1.55;
      for (let s = 0; s < OBSERVATION_STATIONS_PER_CITY; s++) {
        const stationBias = 1 + (s === 0 ? -0.04 : 0.04);
        const outage = r.next() < 0.004; // a whole day lost now and then
        for (let h = 0; h < 24; h++) {
          if (outage || r.next() < 0.015) continue; // missing hour
          const noise = () => 1 + 0.1 * r.normal();
          const pm25 = Math.max(2, pmDay * stationBias * PM_DIURNAL[h] * rain * noise());
          const o3 = Math.max(2, (o3Day * O3_SHAPE[h]) / O3_MAX8 * noise());
          const minutes = r.next() < 0.01 ? 30 : 60;
          rows.push([
            `${city.code}A${String(s + 1).padStart(2, "0")}`,
            new Date(start + (d * 24 + h) * 3_600_000).toISOString(),
            Math.round(pm25),
            Math.round(pm25 * dust * noise()),
            Math.round(10 * SO2_SEASON[month] * Math.exp(0.15 * weather) * noise()),
            Math.round(33 * NO2_SEASON[month] * Math.exp(0.2 * weather) * NO2_DIURNAL[h] * noise()),
            Math.round(0.85 * PM_SEASON[month] ** 0.6 * Math.exp(0.2 * weather) * noise() * 10) / 10,
            Math.round(o3),
            minutes,
            minutes >= 45,
          ]);
        }
      }
    }
  }
  return demoTable(observations, rows);
}
