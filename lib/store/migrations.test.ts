import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TABLES } from './backend';
import { openStore } from './db';
import { openDatabase } from './idb-backend';
import { CURRENT_VERSION, MIGRATIONS, pendingMigrations, type SettingsV1 } from './migrations';
import { defaultSettings } from './settings';
import { STORAGE_VERSION_KEY, storageKey } from './storage-local-backend';
import { customSettings, dumpDatabase, freshFactory, fullProgress, T0, writeRaw } from './store.testutil';

const NAME = 'vinkje';

/** Raw data as each older version stored it, and what the current code must read from it. */
const OLDER_VERSIONS: Record<number, { settingsRaw: SettingsV1 }> = {
  1: {
    settingsRaw: {
      language: 'en',
      sidebarCollapsed: true,
      selectedInstitution: { '2026': '100231' },
      remindersEnabled: false,
      leadDays: [10, 2],
      campaignOverrides: { '2026': { deadline: '2025-12-12', opens: '2025-11-12' }, '2027': { deadline: '2026-12-11' } },
      snoozedUntil: T0 + 86_400_000,
    },
  },
};
// customSettings() is the same user choice in today's shape, with the morning hour v1 did not have.
const EXPECTED_SETTINGS = { ...customSettings(), reminders: { enabled: false, leadDays: [10, 2], morningHour: 9 } };

/** Counts writes to any object store while `run` runs. */
async function countWrites(run: () => Promise<void>): Promise<Array<{ op: string; store: string; key: unknown }>> {
  const writes: Array<{ op: string; store: string; key: unknown }> = [];
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
    writes.push({ op: 'put', store: this.name, key });
    return originalPut.call(this, value, key);
  });
  const del = vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key) {
    writes.push({ op: 'delete', store: this.name, key });
    return originalDelete.call(this, key);
  });
  try {
    await run();
  } finally {
    put.mockRestore();
    del.mockRestore();
  }
  return writes;
}
const originalPut = IDBObjectStore.prototype.put;
const originalDelete = IDBObjectStore.prototype.delete;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the migration list', () => {
  it('has one step per version, from 1 up, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
    expect(pendingMigrations(0).map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(pendingMigrations(1, 2).map((m) => m.version)).toEqual([2]);
    expect(pendingMigrations(CURRENT_VERSION)).toEqual([]);
  });

  it('every older version has test data', () => {
    expect(Object.keys(OLDER_VERSIONS).map(Number)).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });
});

describe('opening an IndexedDB database', () => {
  it('creates every store in a new database and writes nothing', async () => {
    const factory = freshFactory();
    const writes = await countWrites(async () => {
      await openStore({ indexedDB: factory });
    });
    expect(writes).toEqual([]);
    const dump = await dumpDatabase(factory, NAME, CURRENT_VERSION);
    expect(Object.keys(dump).sort()).toEqual([...TABLES].sort());
    expect(Object.values(dump).every((records) => Object.keys(records).length === 0)).toBe(true);
  });

  it.each(Object.entries(OLDER_VERSIONS))('from version %s: migrates the settings and writes nothing else', async (version, data) => {
    const factory = freshFactory();
    const others = {
      progress: { '2026': fullProgress(2026) },
      pageDeadlines: { '2026': { date: '2025-12-12', seenAt: T0 } },
      notified: ['deadline-7|-|2025-12-05'],
    };
    await writeRaw(factory, NAME, Number(version), [
      ['meta', 'settings', data.settingsRaw],
      ['meta', 'notified', others.notified],
      ['progress', '2026', others.progress['2026']],
      ['pageDeadlines', '2026', others.pageDeadlines['2026']],
    ]);

    let store: Awaited<ReturnType<typeof openStore>> | undefined;
    const writes = await countWrites(async () => {
      store = await openStore({ indexedDB: factory });
    });
    expect(writes).toEqual([{ op: 'put', store: 'meta', key: 'settings' }]);
    expect(store?.backend).toBe('indexeddb');
    expect(store?.problems()).toEqual([]);
    expect(await store?.getSettings()).toEqual(EXPECTED_SETTINGS);
    store?.close();

    const dump = await dumpDatabase(factory, NAME, CURRENT_VERSION);
    expect(dump).toEqual({
      progress: others.progress,
      pageDeadlines: others.pageDeadlines,
      meta: { settings: EXPECTED_SETTINGS, notified: others.notified },
      quarantine: {},
    });
  });

  it('runs no migration when the version has not changed', async () => {
    const factory = freshFactory();
    await writeRaw(factory, NAME, 1, [['meta', 'settings', OLDER_VERSIONS[1]?.settingsRaw]]);
    (await openStore({ indexedDB: factory })).close();
    const spies = MIGRATIONS.map((m) => (m.migrateData ? vi.spyOn(m, 'migrateData') : null));
    const writes = await countWrites(async () => {
      (await openStore({ indexedDB: factory })).close();
    });
    expect(writes).toEqual([]);
    for (const spy of spies) expect(spy?.mock.calls ?? []).toEqual([]);
  });

  it('leaves settings it does not recognise for the read-time check', async () => {
    const factory = freshFactory();
    await writeRaw(factory, NAME, 1, [['meta', 'settings', 'garbage']]);
    const store = await openStore({ indexedDB: factory });
    expect(await store.getSettings()).toEqual(defaultSettings());
    expect(await store.quarantined()).toMatchObject([{ key: 'settings', raw: 'garbage' }]);
  });

  it('a failing step rolls the whole upgrade back and the session continues in storage.local', async () => {
    const factory = freshFactory();
    const settingsRaw = OLDER_VERSIONS[1]?.settingsRaw;
    await writeRaw(factory, NAME, 1, [['meta', 'settings', settingsRaw]]);
    const step = MIGRATIONS.find((m) => m.version === 2);
    if (!step) throw new Error('no version 2');
    vi.spyOn(step, 'migrateData').mockRejectedValueOnce(new Error('stap 2 kapot'));

    const store = await openStore({ indexedDB: factory });
    expect(store.backend).toBe('storage-local');
    expect(store.problems()).toMatchObject([{ code: 'migration-failed', detail: expect.stringContaining('stap 2 kapot') }]);
    vi.restoreAllMocks();
    // Still version 1 with the v1 record: the next start can try again.
    const db = await openDatabase(factory, NAME, 1);
    expect(db.version).toBe(1);
    expect(await db.get('meta', 'settings')).toEqual(settingsRaw);
    db.close();
  });
});

describe('opening storage.local', () => {
  it.each(Object.entries(OLDER_VERSIONS))('from version %s: migrates the settings and writes nothing else', async (version, data) => {
    const progressKey = storageKey('progress', '2026');
    await fakeBrowser.storage.local.set({
      [STORAGE_VERSION_KEY]: Number(version),
      [storageKey('meta', 'settings')]: data.settingsRaw,
      [progressKey]: fullProgress(2026),
    });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const store = await openStore({ indexedDB: null });
    expect(set.mock.calls).toEqual([[{ [storageKey('meta', 'settings')]: EXPECTED_SETTINGS, [STORAGE_VERSION_KEY]: CURRENT_VERSION }]]);
    expect(await store.getSettings()).toEqual(EXPECTED_SETTINGS);
    expect(await store.getProgress(2026)).toEqual(fullProgress(2026));
  });

  it('a failing step writes nothing, is reported, and the store still opens', async () => {
    const settingsRaw = OLDER_VERSIONS[1]?.settingsRaw;
    await fakeBrowser.storage.local.set({ [STORAGE_VERSION_KEY]: 1, [storageKey('meta', 'settings')]: settingsRaw });
    const step = MIGRATIONS.find((m) => m.version === 2);
    if (!step) throw new Error('no version 2');
    vi.spyOn(step, 'migrateData').mockRejectedValueOnce(new Error('stap 2 kapot'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const store = await openStore({ indexedDB: null });
    expect(set).not.toHaveBeenCalled();
    expect(store.problems().map((p) => p.code)).toEqual(['no-indexeddb', 'migration-failed']);
    expect(await fakeBrowser.storage.local.get(STORAGE_VERSION_KEY)).toEqual({ [STORAGE_VERSION_KEY]: 1 });
  });

  it('writes nothing when the version has not changed', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_VERSION_KEY]: CURRENT_VERSION });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await openStore({ indexedDB: null });
    expect(set).not.toHaveBeenCalled();
  });
});
