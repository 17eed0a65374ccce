// Where a bulk export's file lives, how its download link is signed, served and refused, and when the file is
// removed. The owning department's subgraph writes the file into its data directory; whichever HTTP server
// holds that directory serves it (the all-in-one server, or the department's own), the gateway forwards to it.
import crypto from "node:crypto";
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { defineEnum, type EnumOf } from "../enum.js";
import type { Logger } from "../logger.js";
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from "../../shared/departments.js";
import { ErrorCode } from "../../shared/error-codes.js";

export const ExportFormat = defineEnum(
  "ExportFormat",
  {
    CSV: "Comma-separated values with a header of the field names (RFC 4180; null is an empty cell, the empty text \"\").",
    JSONL: "One JSON object per line, its keys the field names, its values as the API answers them.",
  },
  "The file format of a bulk export.",
);
export type ExportFormat = EnumOf<typeof ExportFormat>;

/** What a process needs to write, link and serve export files: from the config (`exports`) and the token key. */
export interface ExportPlace {
  /** `<dataDir>/exports`: one folder per department below it */
  dir: string;
  retentionSeconds: number;
  linkTtlSeconds: number;
  /** signs and checks download links; every process of one hub derives the same one from the token key */
  linkKey: Uint8Array;
}

export function exportPlace(dataDir: string, settings: { retentionSeconds: number; linkTtlSeconds: number }, signingKey: Uint8Array): ExportPlace {
  // a key of its own, derived from the token key (which every process of a hub shares), so a link is never a token
  const linkKey = crypto.createHmac("sha256", signingKey).update("lantian export links").digest();
  return { dir: path.join(dataDir, "exports"), ...settings, linkKey };
}

/** The link path's prefix: /exports/<department slug>/<job id>.<csv|jsonl> */
export const EXPORT_PATH = "/exports/";

export const fileName = (id: string, format: ExportFormat) => `${id}.${format === ExportFormat.CSV ? "csv" : "jsonl"}`;
export const filePath = (place: Pick<ExportPlace, "dir">, department: Department, file: string) => path.join(place.dir, DEPARTMENT_INFO[department].slug, file);

const FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(csv|jsonl)$/;

/** Whether `id` has the shape of an export job's id (a UUID): anything else is refused before a query. */
export const isJobId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

function signature(key: Uint8Array, linkPath: string, expires: number): string {
  return crypto.createHmac("sha256", key).update(`${linkPath}\n${expires}`).digest("hex");
}

/**
 * The download link of a finished file, good until `expiresAt` (a path: the client resolves it against the
 * hub's address, which the hub's own subgraph does not know).
 */
export function signLink(place: Pick<ExportPlace, "linkKey">, department: Department, file: string, expiresAt: Date): string {
  const linkPath = `${EXPORT_PATH}${DEPARTMENT_INFO[department].slug}/${file}`;
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${linkPath}?expires=${expires}&signature=${signature(place.linkKey, linkPath, expires)}`;
}

/** The department whose file a link path names (for the gateway to forward it), or undefined. */
export function linkDepartment(pathname: string): Department | undefined {
  const slug = pathname.slice(EXPORT_PATH.length).split("/")[0];
  return DEPARTMENTS.find((d) => DEPARTMENT_INFO[d].slug === slug);
}

function refuse(res: http.ServerResponse, status: number, code: ErrorCode, message: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Whether a finished file is past its retention (its modification time is when it was finished). */
const pastRetention = (stat: fs.Stats, retentionSeconds: number, now = Date.now()) => stat.mtimeMs + retentionSeconds * 1000 <= now;

/**
 * Answers GET /exports/<department>/<file>?expires&signature: the file when the link is signed by this hub,
 * not expired, and the file still kept; else 403 FORBIDDEN (a bad or expired link) or 404 NOT_FOUND (removed
 * after the retention period, or never written). `departments`: those whose files this process holds.
 */
export async function serveExport(req: http.IncomingMessage, res: http.ServerResponse, url: URL, place: ExportPlace, departments: readonly Department[]): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return refuse(res, 405, ErrorCode.BAD_REQUEST, "Download an export with GET");
  }
  const [slug, file, ...rest] = url.pathname.slice(EXPORT_PATH.length).split("/");
  const department = departments.find((d) => DEPARTMENT_INFO[d].slug === slug);
  const expires = Number(url.searchParams.get("expires"));
  // compared as bytes of equal length: a signature of as many characters but not all ASCII is longer in bytes
  const given = Buffer.from(url.searchParams.get("signature") ?? "");
  const expected = Buffer.from(signature(place.linkKey, url.pathname, expires));
  if (!department || !file || rest.length || !FILE.test(file) || !Number.isInteger(expires) || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return refuse(res, 403, ErrorCode.FORBIDDEN, "This is not a download link of this hub: ask exportJob(id) for the job's downloadUrl");
  }
  if (expires * 1000 <= Date.now()) {
    return refuse(res, 403, ErrorCode.FORBIDDEN, `This download link expired at ${new Date(expires * 1000).toISOString()}: ask exportJob(id) for a new one`);
  }
  const full = filePath(place, department, file);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(full);
  } catch {
    return refuse(res, 404, ErrorCode.NOT_FOUND, "This export's file is gone: files are removed after the retention period (LANTIAN_EXPORT_RETENTION); request the export again");
  }
  if (pastRetention(stat, place.retentionSeconds)) {
    // the sweep may not have run yet: a file past its retention is gone all the same
    await fs.promises.rm(full, { force: true });
    return refuse(res, 404, ErrorCode.NOT_FOUND, "This export's file is gone: files are removed after the retention period (LANTIAN_EXPORT_RETENTION); request the export again");
  }
  res.writeHead(200, {
    "content-type": file.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8",
    "content-length": String(stat.size),
    "content-disposition": `attachment; filename="${file}"`,
    "cache-control": "no-store",
  });
  if (req.method === "HEAD") return void res.end();
  await pipeline(fs.createReadStream(full), res);
}

/**
 * The gateway of the distributed form holds no files: it forwards a download to the subgraph server of the
 * department the link names (at the origin of its LANTIAN_SUBGRAPH_URL_<DEPARTMENT>), which checks the link.
 */
export async function forwardExport(req: http.IncomingMessage, res: http.ServerResponse, url: URL, subgraphUrl: (d: Department) => string, log: Logger): Promise<void> {
  const department = linkDepartment(url.pathname);
  if (!department) return refuse(res, 403, ErrorCode.FORBIDDEN, "This is not a download link of this hub: ask exportJob(id) for the job's downloadUrl");
  let answer: Response;
  try {
    answer = await fetch(new URL(`${url.pathname}${url.search}`, subgraphUrl(department)), { method: req.method === "HEAD" ? "HEAD" : "GET" });
  } catch (e) {
    log.warn(`export download: subgraph ${DEPARTMENT_INFO[department].slug} unavailable: ${(e as Error).message}`);
    return refuse(res, 503, ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${DEPARTMENT_INFO[department].slug} subgraph, which holds the file, is unavailable right now; retry shortly`);
  }
  const headers: Record<string, string> = {};
  for (const h of ["content-type", "content-length", "content-disposition", "cache-control", "allow"]) {
    const v = answer.headers.get(h);
    if (v) headers[h] = v;
  }
  res.writeHead(answer.status, headers);
  if (!answer.body) return void res.end();
  await pipeline(Readable.fromWeb(answer.body as never), res);
}

/** Removes the finished files past the retention period, and unfinished ones left a day ago by a stopped run. */
export async function sweepExports(place: Pick<ExportPlace, "dir" | "retentionSeconds">, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const d of DEPARTMENTS) {
    const dir = path.join(place.dir, DEPARTMENT_INFO[d].slug);
    let names: string[];
    try {
      names = await fs.promises.readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      const stat = await fs.promises.stat(full).catch(() => undefined);
      if (!stat) continue;
      const old = name.endsWith(".part") ? stat.mtimeMs + 86_400_000 <= now : pastRetention(stat, place.retentionSeconds, now);
      if (old) {
        await fs.promises.rm(full, { force: true });
        removed++;
      }
    }
  }
  return removed;
}

/** Sweeps now and then (a tenth of the retention, between 1 s and 10 min); answers the stop. */
export function startExportSweeper(place: Pick<ExportPlace, "dir" | "retentionSeconds">, log: Logger): () => void {
  const every = Math.min(600_000, Math.max(1000, (place.retentionSeconds * 1000) / 10));
  const timer = setInterval(() => {
    sweepExports(place).then(
      (n) => n && log.info(`${n} export file(s) past their retention removed`),
      (e: Error) => log.warn(`export sweep failed: ${e.message}`),
    );
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}
