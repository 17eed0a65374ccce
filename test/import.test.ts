import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { parseCsv, readCsv } from "../src/cli/csv.js";
import { csvLine, csvText } from "../src/shared/csv.js";
import { makeCreditCode } from "../src/demo/identifiers.js";
import { sql } from "./support/db.js";
import { startTestHub, token, type TestHub } from "./support/hub.js";
import { spawnCli } from "./support/process.js";

const ROWS = 100_000;
const BATCH = 5_000;
// every 100th row is bad, in four ways: three the hub rejects, one the CLI cannot read as a number
const BAD: { code: string; field: string; make(row: string[]): void }[] = [
  { code: "BAD_CHECK_CHARACTER", field: "creditCode", make: (r) => (r[1] = r[1].slice(0, 17) + (r[1][17] === "0" ? "1" : "0")) },
  { code: "OUT_OF_RANGE", field: "kwh", make: (r) => (r[3] = "-5") },
  { code: "BAD_DATE", field: "day", make: (r) => (r[2] = "2020-02-30") },
  { code: "BAD_FORMAT", field: "kwh", make: (r) => (r[3] = "12,5 kWh") },
];

function day(offset: number): string {
  const d = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** 100,000 whole-day readings of 500 test meters over 200 days; returns the expected reject per file line. */
function writeCsv(file: string): Map<number, { code: string; field: string }> {
  const credit = Array.from({ length: 50 }, (_, i) => makeCreditCode(9000 + i));
  const expected = new Map<number, { code: string; field: string }>();
  const out: string[] = [csvLine(["meterNo", "creditCode", "day", "kwh"])];
  for (let i = 0; i < ROWS; i++) {
    const row = [`IMP-${String(i % 500).padStart(4, "0")}`, credit[i % 50], day(Math.floor(i / 500)), String(1000 + (i % 977))];
    if (i % 100 === 57) {
      const b = BAD[Math.floor(i / 100) % BAD.length];
      b.make(row);
      expected.set(i + 2, { code: b.code, field: b.field }); // line 1 is the header
    }
    out.push(csvLine(row));
  }
  fs.writeFileSync(file, out.join(""));
  return expected;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

async function readRejects(file: string): Promise<{ row: number; code: string; message: string; field: string }[]> {
  const recs = await all(readCsv(file));
  expect(recs[0].fields).toEqual(["row", "code", "message", "field"]);
  return recs.slice(1).map((r) => ({ row: Number(r.fields[0]), code: r.fields[1], message: r.fields[2], field: r.fields[3] }));
}

describe("the CSV parser", () => {
  it("reads quotes, doubled quotes, embedded commas and newlines, CRLF, across any chunking", async () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\n\n3,,"end"';
    const want = [
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "x, y", 'say "hi"'] },
      { line: 3, fields: ["2", "two\nlines", ""] },
      { line: 6, fields: ["3", "", "end"] },
    ];
    for (let size = 1; size <= text.length; size++) {
      const chunks = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(await all(parseCsv(chunks)), `chunks of ${size}`).toEqual(want);
    }
  });

  it("numbers lines past a CRLF inside a quoted field, drops a byte-order mark and gives an unclosed quote as an unreadable record on its line", async () => {
    expect(await all(parseCsv(['\ufeffh\r\n1,"a\r\nb"\r\n\r\n2,x\r\n']))).toEqual([
      { line: 1, fields: ["h"] },
      { line: 2, fields: ["1", "a\r\nb"] },
      { line: 5, fields: ["2", "x"] },
    ]);
    expect(await all(parseCsv(['h\n1,"a\r\nb"\n\n"open\nmore\n']))).toEqual([
      { line: 1, fields: ["h"] },
      { line: 2, fields: ["1", "a\r\nb"] },
      { line: 5, fields: [], unreadable: "a quoted field opened in this row is not closed before the end of the file" },
    ]);
  });

  it("gives a GB18030 row with bytes that are not GB18030 as unreadable and reads the rows around it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-csv-"));
    try {
      const file = path.join(dir, "gb.csv");
      // 0x81 0x20: a lead byte without its trail byte; the space and the comma after it are still read as such
      fs.writeFileSync(file, Buffer.concat([iconv.encode("名称,地址\r\n蓝天水泥,郑州\r\n", "gbk"), Buffer.from([0x81, 0x20]), iconv.encode(",洛阳\r\n刘纺织厂,开封\r\n", "gbk")]));
      expect(await all(readCsv(file))).toEqual([
        { line: 1, fields: ["名称", "地址"] },
        { line: 2, fields: ["蓝天水泥", "郑州"] },
        { line: 3, fields: [], unreadable: "bytes that are not GB18030 text" },
        { line: 4, fields: ["刘纺织厂", "开封"] },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads a file as UTF-8 (a byte-order mark dropped) when it is valid UTF-8, else as GB18030", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-csv-"));
    try {
      // 䶮 and 𠮷 are not in GBK: two and four bytes in GB18030
      const text = "名称,地址\r\n\"河南省蓝天水泥有限公司\",郑州市中原区\r\n刘䶮𠮷纺织厂,洛阳市\r\n";
      const want = [
        { line: 1, fields: ["名称", "地址"] },
        { line: 2, fields: ["河南省蓝天水泥有限公司", "郑州市中原区"] },
        { line: 3, fields: ["刘䶮𠮷纺织厂", "洛阳市"] },
      ];
      fs.writeFileSync(path.join(dir, "utf8.csv"), "\ufeff" + text);
      fs.writeFileSync(path.join(dir, "gb.csv"), iconv.encode(text, "gb18030"));
      expect(await all(readCsv(path.join(dir, "utf8.csv")))).toEqual(want);
      expect(await all(readCsv(path.join(dir, "gb.csv")))).toEqual(want);
      expect(await all(readCsv(path.join(dir, "gb.csv"), "gbk"))).toEqual(want);
      await expect(all(readCsv(path.join(dir, "gb.csv"), "utf-8"))).rejects.toThrow("not UTF-8 text");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes a field in quotes only when it has to", () => {
    expect(csvLine(["a", 'say "hi"', "x,y", "two\nlines", " pad", null, 5, ""])).toBe('a,"say ""hi""","x,y","two\nlines"," pad",,5,\n');
  });
});

describe("lantian import", () => {
  let hub: TestHub;
  let dir: string;
  beforeAll(async () => {
    hub = await startTestHub();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-import-"));
  });
  afterAll(async () => {
    await hub?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("imports a GB18030 CSV from Excel on Chinese Windows with its Chinese names intact; --encoding utf-8 refuses it", async () => {
    const header = ["creditCode", "name", "regionCode", "address", "industryCode", "industryName", "status", "establishedOn"];
    const names = ["河南省蓝天水泥有限公司", '郑州"豫中"建材, 有限公司', "刘䶮𠮷纺织厂"]; // 䶮 and 𠮷: outside GBK, two and four bytes in GB18030
    const rows = names.map((name, i) => [makeCreditCode(880_000 + i), name, "410102", `郑州市中原区建设路${i + 1}号`, "3011", "水泥制造", "ACTIVE", "2015-03-01"]);
    const bytes = iconv.encode(csvText([header, ...rows]).replace(/\n/g, "\r\n"), "gb18030");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const file = path.join(dir, "企业名录.csv");
    fs.writeFileSync(file, bytes);
    const env = { LANTIAN_URL: hub.url, LANTIAN_TOKEN: await token(Department.MARKET_REGULATION, Role.MEMBER) };

    const forced = spawnCli(["import", "enterprises", file, "--encoding", "utf-8"], env);
    expect(await forced.exited, forced.output()).toBe(2);
    expect(forced.output()).toContain("企业名录.csv: not UTF-8 text; --encoding names the file's encoding");

    const detected = spawnCli(["import", "enterprises", file], env);
    expect(await detected.exited, detected.output()).toBe(0);
    expect(detected.output()).toContain("is not UTF-8: read as GB18030");
    expect(detected.output()).toContain("3 accepted, 0 rejected");
    const got = await sql<{ credit_code: string; name: string; address: string; industry_name: string }>(
      hub.dbUrl,
      "select credit_code, name, address, industry_name from market_regulation.enterprises where credit_code = any($1)",
      [rows.map((r) => r[0])],
    );
    const byCode = (a: string[], b: string[]) => (a[0] < b[0] ? -1 : 1);
    expect(got.map((r) => [r.credit_code, r.name, r.address, r.industry_name]).sort(byCode)).toEqual(rows.map((r) => [r[0], r[1], r[3], r[5]]).sort(byCode));
  });

  it("imports a GBK CSV (Excel on Chinese Windows) detected and with --encoding gbk: the Chinese names read back intact through the API", async () => {
    const header = ["creditCode", "name", "regionCode", "address", "industryCode", "industryName", "status", "establishedOn"];
    const names = ["洛阳蓝天耐火材料有限公司", "开封市祥符区豫东铸造厂", "平顶山市鑫源焦化有限责任公司"];
    const rows = names.map((name, i) => [makeCreditCode(881_000 + i), name, "410102", `郑州市金水区花园路${i + 1}号`, "3011", "水泥制造", "ACTIVE", "2016-05-01"]);
    // every character is in GBK: the file is what Excel's "CSV (逗号分隔)" writes on Chinese Windows
    const bytes = iconv.encode(csvText([header, ...rows]).replace(/\n/g, "\r\n"), "gbk");
    expect(iconv.decode(bytes, "gbk")).toContain(names[0]);
    const detected = path.join(dir, "gbk-detected.csv");
    const forced = path.join(dir, "gbk-forced.csv");
    fs.writeFileSync(detected, bytes);
    fs.writeFileSync(forced, bytes);
    const market = await token(Department.MARKET_REGULATION, Role.MEMBER);
    const env = { LANTIAN_URL: hub.url, LANTIAN_TOKEN: market };
    for (const [file, args] of [[detected, []], [forced, ["--encoding", "gbk"]]] as const) {
      const run = spawnCli(["import", "enterprises", file, ...args], env);
      expect(await run.exited, run.output()).toBe(0);
      expect(run.output()).toContain("3 accepted, 0 rejected");
    }
    for (const r of rows) {
      const data = await hub.query<{ enterprise: { name: string; address: string; industryName: string } | null }>(
        "query($c: ID!) { enterprise(creditCode: $c) { name address industryName } }",
        { c: r[0] },
        [Department.MARKET_REGULATION, Role.MEMBER],
      );
      expect(data.enterprise).toEqual({ name: r[1], address: r[3], industryName: r[5] });
    }
  });

  it("reports an atomic batch's unreadable rows with the hub's own row errors in one rejects file, and writes none of it", async () => {
    const header = ["meterNo", "creditCode", "day", "kwh"];
    const credit = makeCreditCode(9001);
    const badCheck = credit.slice(0, 17) + (credit[17] === "0" ? "1" : "0");
    const lines = [
      csvLine(header),
      csvLine(["UNR-0001", credit, "2020-03-01", "100"]), // line 2: good
      csvLine(["UNR-0002", badCheck, "2020-03-01", "100"]), // line 3: the hub refuses it (BAD_CHECK_CHARACTER)
      "UNR-0003,x,2020-03-01,100,surplus\n", // line 4: more cells than columns: the CLI cannot read it
      csvLine(["UNR-0004", credit, "2020-03-01", "-5"]), // line 5: the hub refuses it (OUT_OF_RANGE)
      csvLine(["UNR-0005", credit, "2020-03-01", "12,5 kWh"]), // line 6: not a number (BAD_FORMAT, the CLI's)
      'UNR-0006,"open,2020-03-01,100\n', // line 7: a quote never closed: the CLI cannot read it
    ];
    const file = path.join(dir, "unreadable.csv");
    fs.writeFileSync(file, lines.join(""));
    const grid = await token(Department.GRID, Role.MEMBER);
    const run = spawnCli(["import", "electricity-readings", file], { LANTIAN_URL: hub.url, LANTIAN_TOKEN: grid });
    expect(await run.exited, run.output()).toBe(1);
    expect(run.output()).toContain("stopped at a refused batch (atomic)");
    const rejects = await readRejects(path.join(dir, "unreadable.rejects.csv"));
    expect(rejects.map((r) => [r.row, r.code, r.field])).toEqual([
      [3, "BAD_CHECK_CHARACTER", "creditCode"],
      [4, "UNREADABLE_ROW", ""],
      [5, "OUT_OF_RANGE", "kwh"],
      [6, "BAD_FORMAT", "kwh"],
      [7, "UNREADABLE_ROW", ""],
    ]);
    expect(rejects.find((r) => r.row === 4)!.message).toBe("5 fields, the header has 4");
    expect(rejects.find((r) => r.row === 7)!.message).toContain("not closed before the end of the file");
    // all or nothing: not even the good row is written, and the hub remembers no batch
    const [written] = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from grid.electricity_readings where meter_no like 'UNR-%'");
    expect(Number(written.n)).toBe(0);
    const state = JSON.parse(fs.readFileSync(`${file}.lantian-import.json`, "utf8"));
    const [remembered] = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from hub.contribution_batches where batch_id like $1", [`electricity-readings-${state.fileSha256.slice(0, 16)}-%`]);
    expect(Number(remembered.n)).toBe(0);
    expect(state.acknowledged).toEqual({});
  });

  it("imports 100,000 rows with 1% bad ones non-atomically, survives a SIGKILL and resumes without resending a batch", async () => {
    const file = path.join(dir, "readings.csv");
    const expected = writeCsv(file);
    const stateFile = `${file}.lantian-import.json`;
    const rejectsFile = path.join(dir, "readings.rejects.csv");
    const env = { LANTIAN_URL: hub.url, LANTIAN_TOKEN: await token(Department.GRID, Role.MEMBER) };
    const args = ["import", "electricity-readings", file, "--batch-size", String(BATCH), "--non-atomic"];

    // first run: killed once a few batches are acknowledged
    const t0 = Date.now();
    const first = spawnCli(args, env);
    const acked = (): Record<string, { batchId: string }> =>
      fs.existsSync(stateFile) ? (JSON.parse(fs.readFileSync(stateFile, "utf8")).acknowledged as Record<string, { batchId: string }>) : {};
    while (Object.keys(acked()).length < 4) {
      if (first.child.exitCode !== null) throw new Error(`the import ended before it could be killed:\n${first.output()}`);
      if (Date.now() - t0 > 40_000) throw new Error(`no 4 acknowledged batches in 40 s:\n${first.output()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill("SIGKILL");
    await first.exited;
    const ackedAtKill = Object.values(acked()).map((b) => b.batchId);
    expect(ackedAtKill.length).toBeGreaterThanOrEqual(4);
    expect(ackedAtKill.length).toBeLessThan(ROWS / BATCH);
    const prefix = ackedAtKill[0].replace(/-\d+$/, "");

    // second run: to the end
    const t1 = Date.now();
    const second = spawnCli(args, env);
    expect(await second.exited, second.output()).toBe(0);
    const resumeSeconds = (Date.now() - t1) / 1000;
    const out = second.output();
    const sentAgain = [...out.matchAll(/batch \d+ (\S+) acknowledged( \(replayed\))?/g)];
    const skipped = [...out.matchAll(/batch \d+ (\S+) already acknowledged, skipped/g)].map((m) => m[1]);
    // no acknowledged batch is sent again; at most the one in flight at the kill comes back as a replay
    expect(skipped.sort()).toEqual([...ackedAtKill].sort());
    for (const m of sentAgain) expect(ackedAtKill).not.toContain(m[1]);
    expect(sentAgain.length + skipped.length).toBe(ROWS / BATCH);
    expect(sentAgain.filter((m) => m[2]).length).toBeLessThanOrEqual(1);

    // the hub: every batch once, the valid rows written once, no history versions
    const [batches] = await sql<{ n: string; accepted: string }>(
      hub.dbUrl,
      `select count(*) as n, sum(accepted) as accepted from hub.contribution_batches where dataset = 'ELECTRICITY_READINGS' and batch_id like $1`,
      [`${prefix}-%`],
    );
    expect(Number(batches.n)).toBe(ROWS / BATCH);
    const [written] = await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from grid.electricity_readings where meter_no like 'IMP-%'`);
    expect(Number(written.n)).toBe(ROWS - expected.size);
    expect(Number(batches.accepted)).toBe(ROWS - expected.size - 0);
    const [history] = await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from grid.record_history where dataset = 'ELECTRICITY_READINGS' and batch_id like $1`, [`${prefix}-%`]);
    expect(Number(history.n)).toBe(0);

    // the rejects file: each bad row once, with its line in the source file, code and field
    const rejects = await readRejects(rejectsFile);
    expect(rejects.length).toBe(expected.size);
    expect(new Set(rejects.map((r) => r.row)).size).toBe(expected.size);
    for (const r of rejects) {
      const want = expected.get(r.row);
      expect(want, `line ${r.row} was not a bad row: ${JSON.stringify(r)}`).toBeDefined();
      expect({ code: r.code, field: r.field }).toEqual(want);
      expect(r.message.length).toBeGreaterThan(0);
    }
    expect(new Set(rejects.map((r) => r.code))).toEqual(new Set(BAD.map((b) => b.code)));
    const state = JSON.parse(fs.readFileSync(stateFile, "utf8"));
    expect(state.completedAt).toBeTruthy();
    expect(Object.keys(state.acknowledged).length).toBe(ROWS / BATCH);
    console.log(`import: first run killed after ${ackedAtKill.length} batches (${((t1 - t0) / 1000).toFixed(1)} s); resumed ${sentAgain.length} batches in ${resumeSeconds.toFixed(1)} s; ${out.trim().split("\n").pop()}`);
  });
});
