/**
 * The small key-value layer both storage backends offer (IndexedDB, or storage.local when IndexedDB is
 * unavailable). Everything above it — validation, quarantine, export — is written once.
 */

/** Object stores (IndexedDB) or key prefixes (storage.local). Keys are always strings. */
export const TABLES = ['progress', 'pageDeadlines', 'meta', 'quarantine'] as const;
export type TableName = (typeof TABLES)[number];

/** Keys in the `meta` table. */
export const META_SETTINGS = 'settings';
export const META_NOTIFIED = 'notified';
/** Up to when the reminder moments were dealt with (see lib/background/missed-reminder.ts). */
export const META_REMINDED_UP_TO = 'remindedUpTo';
/** Written to the storage.local fallback by a reset there: IndexedDB must be emptied too before the fallback moves back. */
export const META_RESET_AT = 'resetAt';

export type WriteOp =
  | { type: 'put'; table: TableName; key: string; value: unknown }
  | { type: 'delete'; table: TableName; key: string }
  | { type: 'clear'; table: TableName };

export interface Backend {
  readonly kind: 'indexeddb' | 'storage-local';
  /** undefined when there is no record under the key. */
  get(table: TableName, key: string): Promise<unknown>;
  entries(table: TableName): Promise<Array<[string, unknown]>>;
  /** Applies every op, in order, or none of them. */
  write(ops: readonly WriteOp[]): Promise<void>;
  close(): void;
}
