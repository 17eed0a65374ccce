import pg from "pg";
import { describe, expect, it } from "vitest";
import { leanRecords, parseInstant } from "../src/common/lean-records.js";
import { RecordSet } from "../src/common/request-sharing.js";
import { toChinaDateTime } from "../src/shared/dates.js";

const pgParse = pg.types.getTypeParser(1184 as never) as (s: string) => Date;

describe("parseInstant (the lean reads' timestamptz parser)", () => {
  // PostgreSQL's text output (DateStyle ISO) and the instant it names, worked out by hand
  const cases: [string, string][] = [
    ["2021-12-31 20:37:10+08", "2021-12-31T12:37:10.000Z"],
    ["2021-12-31 20:37:10.5+08", "2021-12-31T12:37:10.500Z"],
    ["2021-12-31 20:37:10.123456+05:30", "2021-12-31T15:07:10.123Z"], // microseconds truncated
    ["2021-01-01 00:00:00-03:30", "2021-01-01T03:30:00.000Z"],
    ["1999-12-31 23:59:59.999999+00", "1999-12-31T23:59:59.999Z"],
    ["2020-02-29 07:00:00.05-11", "2020-02-29T18:00:00.050Z"],
    ["2021-12-31 20:37:10+08:00:12", "2021-12-31T12:36:58.000Z"], // an offset with seconds: pg's parser
    ["0099-01-01 00:00:00+00", "0099-01-01T00:00:00.000Z"], // a year JavaScript's Date.UTC would move to 1999
  ];
  it.each(cases)("reads %s as %s, as pg's own parser does", (text, iso) => {
    expect(parseInstant(text).toISOString()).toBe(iso);
    expect(parseInstant(text).getTime()).toBe(pgParse(text).getTime());
  });
  it("leaves infinity and BC to pg's parser", () => {
    for (const text of ["infinity", "-infinity", "0044-03-15 12:00:00+00 BC"]) expect(String(parseInstant(text))).toBe(String(pgParse(text)));
  });
});

describe("toChinaDateTime (every instant the API answers)", () => {
  const cases: [string, string][] = [
    ["2021-12-31T12:37:10.999Z", "2021-12-31T20:37:10+08:00"], // milliseconds dropped, not rounded
    ["2021-12-31T16:00:00.000Z", "2022-01-01T00:00:00+08:00"], // the China-time day starts at 16:00 UTC
    ["2021-12-31T15:59:59.000Z", "2021-12-31T23:59:59+08:00"],
    ["1969-12-31T15:59:59.000Z", "1969-12-31T23:59:59+08:00"], // before 1970: negative times floor the day
    ["1960-02-29T00:00:00.500Z", "1960-02-29T08:00:00+08:00"],
  ];
  it.each(cases)("writes %s as %s", (utc, china) => expect(toChinaDateTime(new Date(utc))).toBe(china));
  it("refuses an invalid date as toISOString does", () => expect(() => toChinaDateTime(new Date(NaN))).toThrow(RangeError));
});

describe("RecordSet (the records a request read, for the audit's count)", () => {
  class Sighting {}
  class Other {}
  const decl = { table: "t.sightings", key: ["code", "at", "plate"], fields: { code: "text", at: "timestamptz", plate: "text", note: "text" } };
  const sightings = leanRecords<Sighting, string>(decl, Sighting, (f) => f, (t) => t);
  const others = leanRecords<Other, string>(decl, Other, (f) => f, (t) => t);
  const row = (code: string, at: string, plate: string, note = "") => [code, new Date(at), plate, note];

  it("counts a record read twice (two objects of one key) once, and records differing in any key part apart", () => {
    const set = new RecordSet();
    set.add(sightings.fromColumns(row("K1", "2021-06-01T00:00:00Z", "豫A1")));
    set.add(sightings.fromColumns(row("K1", "2021-06-01T00:00:00Z", "豫A1", "read again through a loader")));
    expect(set.size).toBe(1);
    set.add(sightings.fromColumns(row("K1", "2021-06-01T00:00:00.001Z", "豫A1"))); // another instant
    set.add(sightings.fromColumns(row("K2", "2021-06-01T00:00:00Z", "豫A1"))); // another code
    set.add(sightings.fromColumns(row("K", "2021-06-01T00:00:00Z", "1豫A1"))); // the same characters, split otherwise
    expect(set.size).toBe(4);
  });

  it("tells records of another type with the same key apart, and objects without a key by the object", () => {
    const set = new RecordSet();
    set.add(sightings.fromColumns(row("K1", "2021-06-01T00:00:00Z", "豫A1")));
    set.add(others.fromColumns(row("K1", "2021-06-01T00:00:00Z", "豫A1")));
    const plain = { code: "K1" };
    set.add(plain);
    set.add(plain);
    set.add({ code: "K1" });
    expect(set.size).toBe(4);
  });

  it("counts each of many records once, and records whose keys hash alike apart", () => {
    const set = new RecordSet();
    // "Aa" and "BB" hash alike (31 × 65 + 97 = 31 × 66 + 66): compared, they are two records
    for (const plate of ["Aa", "BB", "Aa", "BB"]) set.add(sightings.fromColumns(row("K1", "2021-06-01T00:00:00Z", plate)));
    expect(set.size).toBe(2);
    set.add(sightings.fromColumns(row("K1", "2021-06-01T00:00:00Z", "Ab")));
    expect(set.size).toBe(3);
    // 5,000 distinct keys, each added twice as different objects
    for (let i = 0; i < 5000; i++) for (let copy = 0; copy < 2; copy++) set.add(sightings.fromColumns(row(`K${i % 7}`, new Date(Date.UTC(2021, 0, 1) + i * 1000).toISOString(), `P${i % 13}`)));
    expect(set.size).toBe(5003);
  });
});
