// A request's sharing state lives apart from the enforcement that fills it: the context carries it, and the
// enforcement reads the context.
import type { Principal } from "./auth.js";
import { SharingClass, type Dataset } from "./datasets.js";
import { accessTo, type Access, type SharingDecl } from "./sharing.js";

/** What one request read of one dataset, for the audit trail and the usage counts. */
export interface DatasetRead {
  sharingClass: SharingClass;
  /** distinct records of the dataset whose fields were resolved */
  records: RecordSet;
  /** their keys, when their type has a federation key (at most MAX_AUDITED_KEYS) */
  keys: Set<string>;
}
export const MAX_AUDITED_KEYS = 100;

/**
 * How the records of one type tell whether two of them are the same record: by their declared key. One
 * object per type (a dataset's lean records carry it on their prototype).
 */
export interface RecordIdentity {
  /** a number from the record's key: equal keys, equal numbers */
  hash(record: object): number;
  /** whether two records of this type have the same key */
  same(a: object, b: object): boolean;
}

/**
 * A record's identity within its type, when it has one (a dataset's lean record: its declared key), so
 * that one record read twice in a request (through a list and a loader) counts once; else the object is.
 */
export const RECORD_ID = Symbol("record id");

const identityOf = (record: object) => (record as { [RECORD_ID]?: RecordIdentity })[RECORD_ID];

/**
 * Distinct records, counted: records with an identity by their key (hashed to a number, compared on a
 * collision), others by the object. No text is built per record: a nested read notes a thousand of them.
 */
export class RecordSet {
  private readonly objects = new Set<object>();
  /** records by the hash of their key: one record, or the records whose keys share the hash (records are never arrays) */
  private readonly keyed = new Map<number, object | object[]>();
  private keyedCount = 0;

  get size(): number {
    return this.objects.size + this.keyedCount;
  }

  add(record: object): void {
    const id = identityOf(record);
    if (!id) {
      this.objects.add(record);
      return;
    }
    const hash = id.hash(record);
    const there = this.keyed.get(hash);
    const same = (r: object) => r === record || (identityOf(r) === id && id.same(r, record));
    if (there === undefined) this.keyed.set(hash, record);
    else if (!Array.isArray(there)) {
      if (same(there)) return;
      this.keyed.set(hash, [there, record]);
    } else {
      if (there.some(same)) return;
      there.push(record);
    }
    this.keyedCount++;
  }
}

/** A request's sharing state: the grants its principal holds (loaded once, on first need) and what it read. */
export class RequestSharing {
  private grants: Set<Dataset> | undefined;
  private loading: Promise<void> | undefined;
  /** each declaration's access for this request's principal, decided once per request */
  private readonly decided = new Map<SharingDecl, Access>();
  /** per-request memo of the enforcement (what a selection reads of a type), keyed by the enforcement */
  readonly memo = new Map<unknown, unknown>();
  readonly reads = new Map<Dataset, DatasetRead>();

  constructor(private readonly loadGrants: () => Promise<Set<Dataset>>) {}

  /** The grants, or a promise of them the first time. */
  withGrants<T>(then: (has: (d: Dataset) => boolean) => T): T | Promise<T> {
    const has = (d: Dataset) => this.grants!.has(d);
    if (this.grants) return then(has);
    this.loading ??= this.loadGrants().then((g) => {
      this.grants = g;
    });
    return this.loading.then(() => then(has));
  }

  /**
   * What the principal gets of a declared field, decided once per declaration and request: the grants are
   * looked up only for CONDITIONAL data of another department.
   */
  access(decl: SharingDecl, principal: Principal, needsGrant: boolean): Access | Promise<Access> {
    const known = this.decided.get(decl);
    if (known !== undefined) return known;
    const decide = (has: (d: Dataset) => boolean) => {
      const a = accessTo(decl, principal, has);
      this.decided.set(decl, a);
      return a;
    };
    return needsGrant ? this.withGrants(decide) : decide(() => false);
  }

  private readOf(dataset: Dataset, sharingClass: SharingClass): DatasetRead {
    let read = this.reads.get(dataset);
    if (!read) {
      read = { sharingClass, records: new RecordSet(), keys: new Set() };
      this.reads.set(dataset, read);
    }
    // a RESTRICTED field makes the read of an OPEN dataset sensitive
    if (sharingClass === SharingClass.RESTRICTED || (sharingClass === SharingClass.CONDITIONAL && read.sharingClass === SharingClass.OPEN)) {
      read.sharingClass = sharingClass;
    }
    return read;
  }

  noteRead(dataset: Dataset, sharingClass: SharingClass, record: unknown, key: unknown): void {
    const read = this.readOf(dataset, sharingClass);
    if (record === undefined || record === null || typeof record !== "object") return;
    read.records.add(record);
    if (key !== undefined && key !== null && read.keys.size < MAX_AUDITED_KEYS) read.keys.add(String(key));
  }

  /**
   * Records of `dataset` whose fields of the classes `classes` a selection resolves, noted at once where they
   * are handed out (a list, a loader, an edge) rather than field by field: `key` names their key field. With
   * `edges`, `value` is a connection's edges, and the records are their nodes.
   */
  noteRecords(dataset: Dataset, classes: readonly SharingClass[], value: unknown, key: string | undefined, edges = false): void {
    let read: DatasetRead | undefined;
    for (const c of classes) read = this.readOf(dataset, c);
    if (!read) return;
    if (edges && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) this.addRecords(read, (value[i] as { node?: unknown } | null | undefined)?.node, key);
    } else this.addRecords(read, value, key);
  }

  private addRecords(read: DatasetRead, value: unknown, key: string | undefined): void {
    if (value === undefined || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) this.addRecords(read, value[i], key);
      return;
    }
    read.records.add(value);
    if (key !== undefined && read.keys.size < MAX_AUDITED_KEYS) {
      const k = (value as Record<string, unknown>)[key];
      if (k !== undefined && k !== null) read.keys.add(String(k));
    }
  }
}
