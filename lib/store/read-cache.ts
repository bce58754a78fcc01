/**
 * What the background last read or wrote under each key, so a page observation does not ask
 * IndexedDB again for the settings and the year's progress it asked for a moment ago (every shop page
 * reads them several times; each read is a round trip to the database, 0.5–11 ms on a busy machine).
 *
 * Safe because the background is the only writer (design: all storage through the background): what
 * it wrote is what the database holds. Whoever holds the cache forgets it whenever that may no longer
 * be true: a new connection, a database closed by the browser, upgraded or deleted elsewhere, a write
 * that failed. Values go in and out as copies, so a caller that changes what it got changes nothing here.
 */
import type { TableName, WriteOp } from './backend';

/** Marks a key read and found empty, so "nothing there" is remembered too. */
const ABSENT = Symbol('absent');

export class ReadCache {
  private readonly values = new Map<string, unknown>();
  /** Moves on with every change, so an answer that was under way meanwhile is not remembered. */
  private changes = 0;

  private static slot(table: TableName, key: string): string {
    return `${table}\u0000${key}`;
  }

  /** `found` false: not known here, ask the database. */
  get(table: TableName, key: string): { found: boolean; value: unknown } {
    const slot = ReadCache.slot(table, key);
    if (!this.values.has(slot)) return { found: false, value: undefined };
    const value = this.values.get(slot);
    return { found: true, value: value === ABSENT ? undefined : structuredClone(value) };
  }

  /** To pass to remember() with the answer of the read that starts now. */
  readStarts(): number {
    return this.changes;
  }

  /** What the database answered for this key (undefined: no record), unless something changed meanwhile. */
  remember(table: TableName, key: string, value: unknown, readStartedAt: number = this.changes): void {
    if (readStartedAt !== this.changes) return;
    this.set(table, key, value);
  }

  private set(table: TableName, key: string, value: unknown): void {
    this.values.set(ReadCache.slot(table, key), value === undefined ? ABSENT : structuredClone(value));
  }

  /** A write the database committed, applied here too. */
  apply(ops: readonly WriteOp[]): void {
    this.changes++;
    for (const op of ops) {
      if (op.type === 'put') this.set(op.table, op.key, op.value);
      else if (op.type === 'delete') this.set(op.table, op.key, undefined);
      else for (const slot of [...this.values.keys()]) if (slot.startsWith(`${op.table}\u0000`)) this.values.delete(slot);
    }
  }

  clear(): void {
    this.changes++;
    this.values.clear();
  }
}
