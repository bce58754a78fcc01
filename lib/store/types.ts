/** The store's public types, importable without pulling in zod or idb at runtime. */
import type { LocalText } from '../core/format';
import type { YearProgress } from '../core/progress';
import type { StoreProblem } from './problems';
import type { PageDeadline, QuarantineEntry } from './schemas';
import type { Settings } from './settings';
import type { ExportFile, ImportCheck } from './transfer';

export type { Settings } from './settings';
export type { PageDeadline, QuarantineEntry } from './schemas';
export type { StoreProblem, StoreProblemCode } from './problems';
export type { ExportFile, ImportCheck } from './transfer';
export type { StorageAreaLike } from './storage-local-backend';

export interface ImportCounts {
  progress: number;
  pageDeadlines: number;
  notified: number;
  /** Records set aside as damaged that came with the file (kept aside, not restored). */
  quarantined?: number;
}

/** A record set aside, with the id to restore or export it by. */
export type QuarantinedRecord = QuarantineEntry & { id: string };

/** A refusal's reasons are in both languages; the options page shows the chosen one. */
export type RestoreResult = { ok: true } | { ok: false; errors: LocalText[] };

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; errors: LocalText[] };

/**
 * Every read is checked against its schema: a damaged record is set aside (see `quarantined()`),
 * reported in `problems()`, and the read returns null or the defaults instead of throwing.
 * Every write is one transaction. Writes throw `InvalidRecordError` for a record that does not match
 * its schema, `StoreQuotaError` when the browser is out of space, `StoreClosedError` when a newer
 * version took the database over.
 */
export interface Store {
  readonly backend: 'indexeddb' | 'storage-local';
  getProgress(licenceYear: number): Promise<YearProgress | null>;
  putProgress(progress: YearProgress): Promise<void>;
  /** Every stored year, oldest first. */
  allProgress(): Promise<YearProgress[]>;
  /** The stored settings, or `defaultSettings()` when none (valid) are stored. */
  getSettings(): Promise<Settings>;
  putSettings(settings: Settings): Promise<void>;
  getPageDeadline(licenceYear: number): Promise<PageDeadline | null>;
  putPageDeadline(licenceYear: number, deadline: PageDeadline): Promise<void>;
  wasNotified(eventKey: string): Promise<boolean>;
  /** Remembers the key; only the newest NOTIFIED_LIMIT keys are kept. */
  markNotified(eventKey: string): Promise<void>;
  /** Up to when the reminder moments were dealt with; null before the first time. */
  getRemindedUpTo(): Promise<number | null>;
  putRemindedUpTo(at: number): Promise<void>;
  exportAll(): Promise<ExportFile>;
  /** The check importAll makes (shape and meaning), without importing: for a preview. */
  checkImport(file: unknown): ImportCheck;
  /** Checks the whole file first; on any error nothing changes. On success the file replaces the data. */
  importAll(file: unknown): Promise<ImportResult>;
  /** Deletes everything, the set-aside records included. */
  reset(): Promise<void>;
  /** Records set aside because they failed their schema, oldest first. */
  quarantined(): Promise<QuarantinedRecord[]>;
  /**
   * Puts a set-aside record back where it came from, if it now passes its schema and nothing newer
   * took its place; otherwise says why and leaves it aside.
   */
  restoreQuarantined(id: string): Promise<RestoreResult>;
  /** What went wrong this session, oldest first. */
  problems(): StoreProblem[];
  close(): void;
}
