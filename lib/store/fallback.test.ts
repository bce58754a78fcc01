import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openStore } from './db';
import { StoreQuotaError } from './errors';
import { CURRENT_VERSION } from './migrations';
import { defaultSettings } from './settings';
import { storageKey } from './storage-local-backend';
import { customSettings, freshFactory, fullProgress, memoryArea, T0 } from './store.testutil';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** A factory like Firefox's in permanent private browsing: the open request fails. */
function refusingFactory(): IDBFactory {
  return {
    open() {
      const request = {
        error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
        onerror: null as ((event: Event) => void) | null,
      };
      setTimeout(() => request.onerror?.(new Event('error')), 0);
      return request;
    },
  } as unknown as IDBFactory;
}

describe('without IndexedDB', () => {
  it.each([
    ['no factory at all', null, 'indexedDB ontbreekt'],
    ['open throws', { open: () => { throw new DOMException('IndexedDB is disabled', 'InvalidStateError'); } } as unknown as IDBFactory, 'InvalidStateError'],
    ['the open request fails', refusingFactory(), 'did not allow mutations'],
  ])('%s: works on storage.local and tells the user', async (_, factory, detail) => {
    const store = await openStore({ indexedDB: factory });
    expect(store.backend).toBe('storage-local');
    expect(store.problems()).toEqual([
      {
        code: 'no-indexeddb',
        message: { nl: expect.stringMatching(/privé/), en: expect.stringMatching(/private browsing/) },
        detail: expect.stringContaining(detail),
        at: expect.any(Number),
      },
    ]);

    await store.putProgress(fullProgress(2026));
    await store.putSettings(customSettings());
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[storageKey('progress', '2026')]).toEqual(fullProgress(2026));
    expect(stored[storageKey('meta', 'settings')]).toEqual(customSettings());
    expect(await store.getProgress(2026)).toEqual(fullProgress(2026));
  });

  it('a database made by a newer version is left alone and reported', async () => {
    const factory = freshFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open('vinkje', CURRENT_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const store = await openStore({ indexedDB: factory });
    expect(store.backend).toBe('storage-local');
    expect(store.problems().map((p) => p.code)).toEqual(['newer-database']);
  });
});

describe('a full disk', () => {
  it('storage.local: reports the quota, throws a typed error and writes nothing', async () => {
    const area = memoryArea();
    const store = await openStore({ indexedDB: null, storageArea: area });
    await store.putSettings(customSettings());
    const before = new Map(area.data);
    vi.spyOn(area, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

    await expect(store.putProgress(fullProgress(2026))).rejects.toThrow(StoreQuotaError);
    await expect(store.importAll(await store.exportAll())).rejects.toThrow(StoreQuotaError);
    expect(area.data).toEqual(before);
    expect(store.problems().filter((p) => p.code === 'quota')).toEqual([
      expect.objectContaining({ message: expect.objectContaining({ nl: expect.stringMatching(/opslag is vol/) }), detail: expect.stringContaining('voortgang 2026') }),
      expect.objectContaining({ detail: expect.stringContaining('import') }),
    ]);
  });

  it('IndexedDB: an import that runs out of space halfway leaves everything as it was', async () => {
    const store = await openStore({ indexedDB: freshFactory(), now: () => T0 });
    await store.putProgress(fullProgress(2025));
    await store.putSettings(customSettings());
    const before = await store.exportAll();
    const file = { ...before, settings: defaultSettings(), progress: [fullProgress(2026), fullProgress(2027)] };

    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    await expect(store.importAll(file)).rejects.toThrow(StoreQuotaError);
    vi.restoreAllMocks();

    expect(puts).toBe(3);
    expect(await store.exportAll()).toEqual(before);
    expect(store.problems().map((p) => p.code)).toEqual(['quota']);
  });
});
