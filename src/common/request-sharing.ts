// A request's sharing state lives apart from the enforcement that fills it: the context carries it, and the
// enforcement reads the context.
import { SharingClass, type Dataset } from "./datasets.js";

/** What one request read of one dataset, for the audit trail and the usage counts. */
export interface DatasetRead {
  sharingClass: SharingClass;
  /** distinct records of the dataset whose fields were resolved */
  records: Set<unknown>;
  /** their keys, when their type has a federation key (at most MAX_AUDITED_KEYS) */
  keys: Set<string>;
}
export const MAX_AUDITED_KEYS = 100;

/** A request's sharing state: the grants its principal holds (loaded once, on first need) and what it read. */
export class RequestSharing {
  private grants: Set<Dataset> | undefined;
  private loading: Promise<void> | undefined;
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

  noteRead(dataset: Dataset, sharingClass: SharingClass, record: unknown, key: unknown): void {
    let read = this.reads.get(dataset);
    if (!read) {
      read = { sharingClass, records: new Set(), keys: new Set() };
      this.reads.set(dataset, read);
    }
    // a RESTRICTED field makes the read of an OPEN dataset sensitive
    if (sharingClass === SharingClass.RESTRICTED || (sharingClass === SharingClass.CONDITIONAL && read.sharingClass === SharingClass.OPEN)) {
      read.sharingClass = sharingClass;
    }
    if (record === undefined || record === null || typeof record !== "object") return;
    read.records.add(record);
    if (key !== undefined && key !== null && read.keys.size < MAX_AUDITED_KEYS) read.keys.add(String(key));
  }
}
