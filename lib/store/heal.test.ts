/**
 * Storage that heals: what Vinkje wrote to storage.local while IndexedDB failed is moved back into
 * IndexedDB when it works again, and a reset or an import clears both.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openStore } from './db';
import { defaultSettings } from './settings';
import { STORAGE_PREFIX } from './storage-local-backend';
import { customSettings, freshFactory, fullProgress, T0 } from './store.testutil';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const fallbackLeft = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(STORAGE_PREFIX) && !k.endsWith('/version'));
/** A session in which the browser refused IndexedDB (as in permanent private browsing). */
const withoutIndexedDb = () => openStore({ indexedDB: null, now: () => T0 });

describe('back from the storage.local fallback', () => {
  it('what was written meanwhile is in IndexedDB at the next start, next to what was there before', async () => {
    const factory = freshFactory();
    const before = await openStore({ indexedDB: factory });
    await before.putProgress(fullProgress(2025));
    await before.markNotified('D03|100231|2024-11-28');
    before.close();

    const meanwhile = await withoutIndexedDb();
    expect(meanwhile.backend).toBe('storage-local');
    await meanwhile.putProgress(fullProgress(2026));
    await meanwhile.putSettings(customSettings());
    await meanwhile.markNotified('D03|100231|2025-11-28');

    const healed = await openStore({ indexedDB: factory });
    expect(healed.backend).toBe('indexeddb');
    expect(healed.problems()).toEqual([]);
    expect((await healed.allProgress()).map((p) => p.licenceYear)).toEqual([2025, 2026]);
    expect(await healed.getProgress(2026)).toEqual(fullProgress(2026));
    expect(await healed.getSettings()).toEqual(customSettings());
    // Nothing is notified twice: both sessions' keys are kept.
    expect(await healed.wasNotified('D03|100231|2024-11-28')).toBe(true);
    expect(await healed.wasNotified('D03|100231|2025-11-28')).toBe(true);
    expect(await fallbackLeft()).toEqual([]);
    healed.close();

    // Moved once: the next start finds it in IndexedDB alone.
    const later = await openStore({ indexedDB: factory });
    expect(await later.getProgress(2026)).toEqual(fullProgress(2026));
  });

  it('when the move fails, Vinkje stays on the fallback, says so, and loses nothing', async () => {
    const factory = freshFactory();
    (await openStore({ indexedDB: factory })).close();
    const meanwhile = await withoutIndexedDb();
    await meanwhile.putProgress(fullProgress(2026));

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const stuck = await openStore({ indexedDB: factory });
    expect(stuck.backend).toBe('storage-local');
    expect(stuck.problems().map((p) => p.code)).toEqual(['fallback-not-merged']);
    expect(stuck.problems()[0]?.message.en).toContain('nothing is lost');
    expect(await stuck.getProgress(2026)).toEqual(fullProgress(2026));

    put.mockRestore();
    const healed = await openStore({ indexedDB: factory });
    expect(healed.backend).toBe('indexeddb');
    expect(await healed.getProgress(2026)).toEqual(fullProgress(2026));
  });

  it('a reset on the fallback also empties IndexedDB once it works again', async () => {
    const factory = freshFactory();
    const before = await openStore({ indexedDB: factory });
    await before.putProgress(fullProgress(2025));
    await before.putSettings(customSettings());
    before.close();

    const meanwhile = await withoutIndexedDb();
    await meanwhile.putProgress(fullProgress(2026));
    await meanwhile.reset();

    const healed = await openStore({ indexedDB: factory });
    expect(healed.backend).toBe('indexeddb');
    expect(await healed.allProgress()).toEqual([]);
    expect(await healed.getSettings()).toEqual(defaultSettings());
    expect(await fallbackLeft()).toEqual([]);
  });

  it('an import on the fallback replaces IndexedDB’s older data too', async () => {
    const factory = freshFactory();
    const before = await openStore({ indexedDB: factory });
    await before.putProgress(fullProgress(2025));
    const file = await before.exportAll();
    await before.putProgress(fullProgress(2024));
    before.close();

    const meanwhile = await withoutIndexedDb();
    expect((await meanwhile.importAll(file)).ok).toBe(true);

    const healed = await openStore({ indexedDB: factory });
    expect((await healed.allProgress()).map((p) => p.licenceYear)).toEqual([2025]);
  });

  it('a reset on IndexedDB also clears what was left in the fallback', async () => {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory });
    // Left there by another window that fell back while this one was open.
    await fakeBrowser.storage.local.set({ [`${STORAGE_PREFIX}progress/2026`]: fullProgress(2026) });
    await store.reset();
    expect(await fallbackLeft()).toEqual([]);
    store.close();
    expect(await (await openStore({ indexedDB: factory })).allProgress()).toEqual([]);
  });
});
