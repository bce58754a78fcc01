/**
 * The fallback backend over `browser.storage.local`, for browsers that refuse IndexedDB (Firefox in
 * permanent private browsing). Records live under "vinkje-store/<table>/<key>"; the data version under
 * "vinkje-store/version", so the same migrations apply.
 */
import type { Backend, TableName, WriteOp } from './backend';
import { CURRENT_VERSION, pendingMigrations, type MigrationRecords } from './migrations';

/** The part of a `storage.local` area the store uses; `browser.storage.local` fits. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Every key of the store in the area starts with this. */
export const STORAGE_PREFIX = 'vinkje-store/';
const PREFIX = STORAGE_PREFIX;
export const STORAGE_VERSION_KEY = `${PREFIX}version`;

export function storageKey(table: TableName, key: string): string {
  return `${PREFIX}${table}/${key}`;
}

async function readOne(area: StorageAreaLike, key: string): Promise<unknown> {
  return (await area.get(key))[key];
}

/** Runs pending migrations and stores the new version in a single `set`, so it is all or nothing. */
async function migrate(area: StorageAreaLike): Promise<void> {
  const stored = await readOne(area, STORAGE_VERSION_KEY);
  const from = typeof stored === 'number' ? stored : 0;
  if (from >= CURRENT_VERSION) return;
  const writes = new Map<string, unknown>();
  const records: MigrationRecords = {
    get: async (table, key) => {
      const full = storageKey(table, key);
      return writes.has(full) ? writes.get(full) : readOne(area, full);
    },
    put: async (table, key, value) => {
      writes.set(storageKey(table, key), value);
    },
  };
  for (const step of pendingMigrations(from)) await step.migrateData?.(records);
  await area.set({ ...Object.fromEntries(writes), [STORAGE_VERSION_KEY]: CURRENT_VERSION });
}

/**
 * A failing migration leaves the data and its version as they were (nothing was written); the store
 * still opens, and records in an old shape are set aside on read instead of being lost.
 */
export async function openStorageLocalBackend(area: StorageAreaLike, onMigrationFailed?: (error: unknown) => void): Promise<Backend> {
  try {
    await migrate(area);
  } catch (error) {
    onMigrationFailed?.(error);
  }

  async function keysOf(table: TableName): Promise<string[]> {
    const prefix = storageKey(table, '');
    return Object.keys(await area.get(null)).filter((key) => key.startsWith(prefix));
  }

  return {
    kind: 'storage-local',

    get: (table, key) => readOne(area, storageKey(table, key)),

    async entries(table) {
      const prefix = storageKey(table, '');
      const all = await area.get(null);
      return Object.entries(all)
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, value]): [string, unknown] => [key.slice(prefix.length), value]);
    },

    async write(ops: readonly WriteOp[]) {
      const sets = new Map<string, unknown>();
      const removes = new Set<string>();
      for (const op of ops) {
        if (op.type === 'clear') {
          const prefix = storageKey(op.table, '');
          for (const key of [...(await keysOf(op.table)), ...sets.keys()].filter((k) => k.startsWith(prefix))) {
            sets.delete(key);
            removes.add(key);
          }
          continue;
        }
        const key = storageKey(op.table, op.key);
        if (op.type === 'put') {
          sets.set(key, op.value);
          removes.delete(key);
        } else {
          sets.delete(key);
          removes.add(key);
        }
      }
      // One `set` carries every new value: if it fails (quota) nothing was written. Stale keys go after.
      if (sets.size > 0) await area.set(Object.fromEntries(sets));
      if (removes.size > 0) await area.remove([...removes]);
    },

    close() {},
  };
}
