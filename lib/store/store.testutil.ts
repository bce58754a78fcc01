/**
 * Shared test data and helpers for the store tests: a fully filled YearProgress (every field set, so a
 * round trip proves every field survives), and direct access to a raw database or storage area.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { emptyInstitutionProgress, emptyYearProgress, type YearProgress } from '../core/progress';
import { openDatabase } from './idb-backend';
import type { TableName } from './backend';
import type { Settings } from './settings';
import type { StorageAreaLike } from './storage-local-backend';

export const T0 = Date.UTC(2025, 10, 20, 9, 30);

export function fullProgress(year: number): YearProgress {
  const progress = emptyYearProgress(year);
  const baken = emptyInstitutionProgress(year, { name: 'Het Baken College', customerNumber: '100231' });
  baken.evidence = {
    2: { at: T0, page: 'renewals', what: 'Winkelwagen geclaimd', url: 'https://www.slbdiensten.nl/account/licenties-verlengen/' },
    5: { at: T0 + 60_000, page: 'thank-you', what: 'Bestelling 204517 geplaatst' },
  };
  baken.overrides = { 4: { state: 'skipped', at: T0 + 1000 } };
  baken.referenceDeclinedAt = T0 + 1000;
  baken.orderNumber = '204517';
  baken.orderStatus = 'open';
  baken.orderStatusAt = T0 + 120_000;
  baken.placedAt = T0 + 60_000;
  baken.preparedLines = [{ product: 'Microsoft 365 A3 medewerkers', quantity: 1996, quantityText: '1.996' }];
  baken.cartLines = [{ product: 'Microsoft 365 A3 medewerkers', quantity: 2000, quantityText: '2.000', actions: ['wijzigen', 'verwijderen'] }];
  baken.cartSeenAt = T0 + 30_000;
  baken.reference = 'PO-2026-17';
  baken.futureLicenses = [{ product: 'Basispakket', quantity: null, quantityText: 'onbekend' }];
  baken.claimedAt = T0;
  const roc = emptyInstitutionProgress(year, { name: 'ROC Rivierland', customerNumber: null });
  progress.institutions = { [baken.key]: baken, [roc.key]: roc };
  progress.account = {
    primaryContact: true,
    login: { at: T0 - 5000, page: 'account', what: 'Ingelogd' },
    refusal: null,
  };
  progress.activeCartKey = baken.key;
  progress.lastPages = {
    cart: { at: T0 + 30_000, url: 'https://www.slbdiensten.nl/winkelwagen/', unread: ['Referentie'] },
  };
  return progress;
}

export function customSettings(): Settings {
  return {
    language: 'en',
    sidebarCollapsed: true,
    selectedInstitution: { '2026': '100231' },
    reminders: { enabled: false, leadDays: [10, 2], morningHour: 8 },
    campaignOverrides: { '2026': { deadline: '2025-12-12', opens: '2025-11-12' }, '2027': { deadline: '2026-12-11' } },
    snoozedUntil: T0 + 86_400_000,
  };
}

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

/** Writes raw values straight into the database, bypassing every check (to fake old or damaged data). */
export async function writeRaw(factory: IDBFactory, name: string, version: number, records: Array<[TableName, string, unknown]>): Promise<void> {
  const db = await openDatabase(factory, name, version);
  const tx = db.transaction([...new Set(records.map(([t]) => t))], 'readwrite');
  for (const [table, key, value] of records) void tx.objectStore(table).put(value, key);
  await tx.done;
  db.close();
}

/** Every record of every store, for "nothing else changed" assertions. */
export async function dumpDatabase(factory: IDBFactory, name: string, version: number): Promise<Record<string, Record<string, unknown>>> {
  const db = await openDatabase(factory, name, version);
  const dump: Record<string, Record<string, unknown>> = {};
  for (const table of Array.from(db.objectStoreNames)) {
    const tx = db.transaction(table);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    dump[table] = Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
  }
  db.close();
  return dump;
}

/** An in-memory storage area, for tests that need to break it (quota). */
export function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys) {
      const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}
