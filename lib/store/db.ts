/**
 * Opens the extension's store: IndexedDB in the extension's origin when the browser allows it, else
 * `browser.storage.local` with the same interface and a problem the UI can show. Only the background
 * opens it (design: all storage through the background).
 */
import { browser } from 'wxt/browser';
import { META_RESET_AT, type Backend } from './backend';
import { errorText } from './errors';
import { fallbackKeys, moveFallbackInto } from './heal-fallback';
import { MigrationError, openIdbBackend } from './idb-backend';
import { ProblemLog, type StoreProblem, type StoreProblemCode } from './problems';
import { openStorageLocalBackend, type StorageAreaLike } from './storage-local-backend';
import { createStore } from './store';
import type { Store } from './types';

export const DEFAULT_DATABASE_NAME = 'vinkje';

export interface OpenStoreOptions {
  /** The IndexedDB factory; default the global one. null: behave as if there is none. */
  indexedDB?: IDBFactory | null;
  /** The fallback area; default `browser.storage.local`. */
  storageArea?: StorageAreaLike;
  name?: string;
  now?: () => number;
  /** Hears each problem as it happens (for instance while an upgrade waits on another window). */
  onProblem?: (problem: StoreProblem) => void;
}

function openFailure(error: unknown): StoreProblemCode {
  if (error instanceof MigrationError) return 'migration-failed';
  if (error instanceof Error && error.name === 'VersionError') return 'newer-database';
  return 'no-indexeddb';
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => Date.now());
  const name = options.name ?? DEFAULT_DATABASE_NAME;
  const log = new ProblemLog(now, options.onProblem);
  const factory = options.indexedDB === undefined ? (globalThis as { indexedDB?: IDBFactory }).indexedDB : options.indexedDB;

  const area = options.storageArea ?? browser.storage.local;

  if (factory) {
    let idb: Backend | null = null;
    try {
      idb = await openIdbBackend(factory, name, {
        onBlocked: (open, wanted) =>
          log.add('blocked', `database "${name}" is elders nog open op versie ${open}; versie ${wanted} wacht tot die sluit`),
        onVersionChange: (newVersion) => {
          // null: the database is being deleted elsewhere (a reset); we simply reconnect later.
          if (newVersion !== null) log.add('version-change', `database "${name}" wordt bijgewerkt naar versie ${newVersion}`);
        },
      });
    } catch (error) {
      log.add(openFailure(error), errorText(error));
    }
    if (idb) {
      try {
        // What was written to the fallback while IndexedDB failed comes back first (heal-fallback.ts).
        await moveFallbackInto(idb, area);
        return await withWaitingNotice(createStore(idb, log, now, { after: async () => area.remove(await fallbackKeys(area)) }), log);
      } catch (error) {
        log.add('fallback-not-merged', errorText(error));
        idb.close();
      }
    }
  } else {
    log.add('no-indexeddb', 'indexedDB ontbreekt in deze omgeving');
  }

  const backend = await openStorageLocalBackend(area, (error) => log.add('migration-failed', `storage.local: ${errorText(error)}`));
  // A reset or import here replaces everything: IndexedDB's older records must not come back later.
  return withWaitingNotice(createStore(backend, log, now, { ops: (at) => [{ type: 'put', table: 'meta', key: META_RESET_AT, value: at }] }), log);
}

/**
 * Records set aside in an earlier session are still waiting to be restored or exported: say so again,
 * or the notice would vanish with the restart that follows the damage.
 */
async function withWaitingNotice(store: Store, log: ProblemLog): Promise<Store> {
  const waiting = (await store.quarantined()).length;
  if (waiting > 0) log.add('corrupt-record', `${waiting} eerder apart gezet${waiting === 1 ? ' gegeven staat' : 'e gegevens staan'} nog bij de diagnose`);
  return store;
}
