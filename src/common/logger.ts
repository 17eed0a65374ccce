import pino from "pino";
import type { LogLevel } from "./config.js";

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Where the JSON lines go instead of stderr (tests read them): anything with a `write(line)`. */
export interface LogDestination {
  write(line: string): void;
}

/**
 * One JSON line per event (pino), so a log shipper reads the fields without parsing prose. On stderr, so
 * stdout stays free for command output (the token command prints there); written synchronously, so the
 * last lines before `process.exit` are not lost.
 */
export function createLogger(level: LogLevel = "info", scope = "lantian", destination: LogDestination = pino.destination({ fd: 2, sync: true })): Logger {
  const p = pino(
    {
      level,
      base: { scope },
      // an ISO time reads at a glance and sorts; pino's default is epoch milliseconds
      timestamp: pino.stdTimeFunctions.isoTime,
      // `level: "info"` rather than 30: the names are what operators filter on
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const emit = (l: "debug" | "info" | "warn" | "error") => (msg: string, fields?: Record<string, unknown>) => {
    if (fields && Object.keys(fields).length > 0) p[l](fields, msg);
    else p[l](msg);
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** Runs one start step and logs its duration, so a slow start shows where the time went. */
export async function timed<T>(log: Logger, step: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  log.info(`${step} (${Math.round(performance.now() - t0)} ms)`);
  return result;
}
