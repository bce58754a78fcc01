/**
 * The background asks the database once per record and keeps the answer until the database may hold
 * something else: what a page observation costs in database round trips, and what may never go stale.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { openStore } from './db';
import { ReadCache } from './read-cache';
import { freshFactory, fullProgress, writeRaw } from './store.testutil';
import { CURRENT_VERSION } from './migrations';
import { defaultSettings } from './settings';

const NAME = 'vinkje';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Counts the reads that reach the database itself. */
function countDatabaseReads(): { count(): number } {
  const spy = vi.spyOn(IDBObjectStore.prototype, 'get');
  return { count: () => spy.mock.calls.length };
}

describe('the store reads each record from the database once', () => {
  it('asks the database for the year and the settings the first time only', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    await store.putProgress(fullProgress(2026));
    const reads = countDatabaseReads();
    for (let i = 0; i < 5; i++) {
      expect(await store.getProgress(2026)).toEqual(fullProgress(2026));
      expect(await store.getSettings()).toEqual(defaultSettings());
    }
    // The progress was written by this store: known. The settings were never written: asked once.
    expect(reads.count()).toBe(1);
  });

  it('gives what was written last, and a copy: changing what it gave changes nothing stored', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    await store.putProgress(fullProgress(2026));
    const first = await store.getProgress(2026);
    if (!first) throw new Error('no progress');
    first.activeCartKey = 'changed by a caller';
    expect(await store.getProgress(2026)).toEqual(fullProgress(2026));
    const newer = { ...fullProgress(2026), activeCartKey: null };
    await store.putProgress(newer);
    expect(await store.getProgress(2026)).toEqual(newer);
  });

  it('reads the database again after the browser closed it (site data cleared, disk trouble)', async () => {
    const factory = freshFactory();
    const connections = watchConnections(factory);
    const store = await openStore({ indexedDB: factory });
    await store.putProgress(fullProgress(2026));
    // Changed outside this connection, which the browser then closes.
    await writeRaw(factory, NAME, CURRENT_VERSION, [['progress', '2026', { ...fullProgress(2026), activeCartKey: null }]]);
    const ours = connections[0];
    if (!ours) throw new Error('the store opened no connection');
    // The package types the parameter as the class; it takes a connection (what the browser closes).
    forceCloseDatabase(ours as unknown as Parameters<typeof forceCloseDatabase>[0]);
    const reads = countDatabaseReads();
    expect((await store.getProgress(2026))?.activeCartKey).toBeNull();
    expect(reads.count()).toBe(1);
  });

  it('reads the database again after a write that failed', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    await store.putProgress(fullProgress(2026));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(store.putProgress({ ...fullProgress(2026), activeCartKey: null })).rejects.toThrow();
    expect(put).toHaveBeenCalled();
    const reads = countDatabaseReads();
    expect(await store.getProgress(2026)).toEqual(fullProgress(2026));
    expect(reads.count()).toBe(1);
  });
});

describe('ReadCache', () => {
  it('remembers an empty answer too', () => {
    const cache = new ReadCache();
    cache.remember('meta', 'settings', undefined);
    expect(cache.get('meta', 'settings')).toEqual({ found: true, value: undefined });
    expect(cache.get('meta', 'notified')).toEqual({ found: false, value: undefined });
  });

  it('follows committed writes: put, delete and clearing a table', () => {
    const cache = new ReadCache();
    cache.apply([
      { type: 'put', table: 'progress', key: '2026', value: { a: 1 } },
      { type: 'put', table: 'meta', key: 'settings', value: { b: 2 } },
    ]);
    expect(cache.get('progress', '2026').value).toEqual({ a: 1 });
    cache.apply([{ type: 'delete', table: 'progress', key: '2026' }]);
    expect(cache.get('progress', '2026')).toEqual({ found: true, value: undefined });
    cache.apply([{ type: 'clear', table: 'meta' }]);
    expect(cache.get('meta', 'settings').found).toBe(false);
  });

  it('does not keep an answer that was under way while the record changed', () => {
    const cache = new ReadCache();
    const started = cache.readStarts();
    cache.apply([{ type: 'put', table: 'progress', key: '2026', value: { newer: true } }]);
    cache.remember('progress', '2026', { older: true }, started);
    expect(cache.get('progress', '2026').value).toEqual({ newer: true });
  });
});

/** The connections opened on this factory, in order. */
function watchConnections(factory: IDBFactory): IDBDatabase[] {
  const opened: IDBDatabase[] = [];
  const open = factory.open.bind(factory);
  factory.open = (name: string, version?: number) => {
    const request = open(name, version);
    request.addEventListener('success', () => opened.push(request.result));
    return request;
  };
  return opened;
}
