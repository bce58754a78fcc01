/**
 * The IndexedDB backend, opened through an injectable factory (the background's own, or a fresh fake
 * one per test). Opening runs the pending migrations inside the upgrade transaction, so an upgrade is
 * all or nothing.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Backend, TableName, WriteOp } from './backend';
import { StoreClosedError } from './errors';
import { CURRENT_VERSION, pendingMigrations, type MigrationRecords } from './migrations';
import { ReadCache } from './read-cache';

export interface IdbEvents {
  /** An older connection elsewhere keeps this open waiting; it continues once that one closes. */
  onBlocked?(openVersion: number, wantedVersion: number): void;
  /** Another context wants a newer version (or, with null, to delete the database): we closed. */
  onVersionChange?(newVersion: number | null): void;
}

/** A migration step threw: the upgrade was rolled back and the stored data is as it was. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

type UpgradeTransaction = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;

async function runMigrations(db: IDBPDatabase<unknown>, tx: UpgradeTransaction, from: number, to: number): Promise<void> {
  const records: MigrationRecords = {
    get: (table, key) => tx.objectStore(table).get(key),
    put: async (table, key, value) => {
      await tx.objectStore(table).put(value, key);
    },
  };
  for (const step of pendingMigrations(from, to)) {
    step.createStores?.(db);
    await step.migrateData?.(records);
  }
}

/** Opens (and if needed upgrades) the database; rejects when IndexedDB refuses or a migration fails. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number = CURRENT_VERSION,
  events: IdbEvents = {},
): Promise<IDBPDatabase<unknown>> {
  return new Promise((resolve, reject) => {
    let migrationFailure: unknown = null;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result);
      const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
      // A failed upgrade surfaces through the open request's error below.
      tx.done.catch(() => undefined);
      runMigrations(db, tx, event.oldVersion, event.newVersion ?? version).catch((error: unknown) => {
        migrationFailure = error;
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
      });
    };
    request.onblocked = (event) => events.onBlocked?.(event.oldVersion, version);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = (event) => {
        // Close at once so the other side can upgrade or delete; we reconnect on the next use.
        db.close();
        events.onVersionChange?.(event.newVersion);
      };
      resolve(wrap(db));
    };
    request.onerror = () => {
      if (migrationFailure !== null) {
        reject(new MigrationError(migrationFailure instanceof Error ? migrationFailure.message : String(migrationFailure), { cause: migrationFailure }));
      } else {
        reject(request.error ?? new Error('IndexedDB kon niet worden geopend'));
      }
    };
  });
}

export async function openIdbBackend(factory: IDBFactory, name: string, events: IdbEvents = {}): Promise<Backend> {
  let db: IDBPDatabase<unknown> | null = null;
  // Forgotten whenever the database may hold something else than this connection last saw.
  const cache = new ReadCache();
  const connected = (opened: IDBPDatabase<unknown>) => {
    db = opened;
    cache.clear();
    // Closed by the browser (site data cleared, disk trouble): reconnect on the next use.
    opened.addEventListener('close', () => {
      if (db === opened) db = null;
      cache.clear();
    });
    return opened;
  };
  const watch: IdbEvents = {
    onBlocked: events.onBlocked,
    onVersionChange(newVersion) {
      db = null;
      cache.clear();
      events.onVersionChange?.(newVersion);
    },
  };
  connected(await openDatabase(factory, name, CURRENT_VERSION, watch));

  async function connection(): Promise<IDBPDatabase<unknown>> {
    if (db) return db;
    try {
      return connected(await openDatabase(factory, name, CURRENT_VERSION, watch));
    } catch (error) {
      // Typically a VersionError: a newer version upgraded the database after we closed.
      throw new StoreClosedError({ cause: error });
    }
  }

  return {
    kind: 'indexeddb',

    async get(table: TableName, key: string) {
      const known = cache.get(table, key);
      if (known.found) return known.value;
      const open = await connection();
      const startedAt = cache.readStarts();
      const value: unknown = await open.get(table, key);
      cache.remember(table, key, value, startedAt);
      return value;
    },

    async entries(table: TableName) {
      const tx = (await connection()).transaction(table, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return keys.map((key, i): [string, unknown] => [String(key), values[i]]);
    },

    async write(ops: readonly WriteOp[]) {
      if (ops.length === 0) return;
      const tables = [...new Set(ops.map((op) => op.table))];
      const tx = (await connection()).transaction(tables, 'readwrite');
      const pending: Promise<unknown>[] = [tx.done];
      try {
        for (const op of ops) {
          const store = tx.objectStore(op.table);
          if (op.type === 'put') pending.push(store.put(op.value, op.key));
          else if (op.type === 'delete') pending.push(store.delete(op.key));
          else pending.push(store.clear());
        }
      } catch (error) {
        // A put that throws at once (bad value, quota) must not leave the earlier ops committed.
        try {
          tx.abort();
        } catch {
          // Already aborted.
        }
        await Promise.allSettled(pending);
        cache.clear();
        throw error;
      }
      try {
        await Promise.all(pending);
      } catch (error) {
        cache.clear();
        throw error;
      }
      cache.apply(ops);
    },

    close() {
      db?.close();
      db = null;
      cache.clear();
    },
  };
}
