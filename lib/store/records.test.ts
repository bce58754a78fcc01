import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openStore } from './db';
import { InvalidRecordError } from './errors';
import { NOTIFIED_LIMIT } from './schemas';
import { defaultSettings } from './settings';
import { customSettings, freshFactory, fullProgress, T0 } from './store.testutil';
import type { Store } from './types';

const backends = [
  ['indexeddb', () => openStore({ indexedDB: freshFactory() })],
  ['storage-local', () => openStore({ indexedDB: null })],
] as const;

beforeEach(() => fakeBrowser.reset());

describe.each(backends)('records on %s', (kind, open) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
    expect(store.backend).toBe(kind);
  });

  it('gives back every field of a year’s progress', async () => {
    const progress = fullProgress(2026);
    await store.putProgress(progress);
    expect(await store.getProgress(2026)).toEqual(progress);
    expect(await store.getProgress(2027)).toBeNull();
  });

  it('lists every stored year, oldest first, and overwrites a year in place', async () => {
    await store.putProgress(fullProgress(2027));
    await store.putProgress(fullProgress(2026));
    const changed = { ...fullProgress(2026), activeCartKey: null };
    await store.putProgress(changed);
    expect(await store.allProgress()).toEqual([changed, fullProgress(2027)]);
  });

  it('starts with the default settings and keeps what the user set', async () => {
    expect(await store.getSettings()).toEqual(defaultSettings());
    await store.putSettings(customSettings());
    expect(await store.getSettings()).toEqual(customSettings());
  });

  it('keeps the deadline a shop page stated, per year', async () => {
    expect(await store.getPageDeadline(2026)).toBeNull();
    await store.putPageDeadline(2026, { date: '2025-12-12', seenAt: T0 });
    expect(await store.getPageDeadline(2026)).toEqual({ date: '2025-12-12', seenAt: T0 });
    expect(await store.getPageDeadline(2027)).toBeNull();
  });

  it('remembers a shown notification, once', async () => {
    expect(await store.wasNotified('deadline-7|-|2025-12-05')).toBe(false);
    await store.markNotified('deadline-7|-|2025-12-05');
    await store.markNotified('deadline-7|-|2025-12-05');
    expect(await store.wasNotified('deadline-7|-|2025-12-05')).toBe(true);
    expect((await store.exportAll()).notified).toEqual(['deadline-7|-|2025-12-05']);
  });

  it(`keeps only the newest ${NOTIFIED_LIMIT} notification keys`, async () => {
    const keys = Array.from({ length: NOTIFIED_LIMIT + 3 }, (_, i) => `key-${i}`);
    for (const key of keys) await store.markNotified(key);
    expect(await store.wasNotified('key-0')).toBe(false);
    expect(await store.wasNotified('key-2')).toBe(false);
    expect(await store.wasNotified('key-3')).toBe(true);
    expect(await store.wasNotified(`key-${NOTIFIED_LIMIT + 2}`)).toBe(true);
    expect((await store.exportAll()).notified).toHaveLength(NOTIFIED_LIMIT);
  });

  it('loses no notification key when several are marked at the same moment', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `parallel-${i}`);
    await Promise.all(keys.map((k) => store.markNotified(k)));
    expect(new Set((await store.exportAll()).notified)).toEqual(new Set(keys));
  });

  it('refuses to write a record that does not match its schema, and writes nothing', async () => {
    const bad = { ...fullProgress(2026), activeCartKey: 12 } as unknown as ReturnType<typeof fullProgress>;
    await expect(store.putProgress(bad)).rejects.toThrow(InvalidRecordError);
    await expect(store.putSettings({ ...defaultSettings(), reminders: { enabled: true, leadDays: [7], morningHour: 25 } })).rejects.toThrow(
      /reminders\.morningHour/,
    );
    await expect(store.putPageDeadline(2026, { date: '2025-12-32', seenAt: T0 })).rejects.toThrow(InvalidRecordError);
    expect(await store.allProgress()).toEqual([]);
    expect(await store.getSettings()).toEqual(defaultSettings());
    expect(await store.getPageDeadline(2026)).toBeNull();
    expect(store.problems().filter((p) => p.code !== 'no-indexeddb')).toEqual([]);
  });

  it('reset deletes everything', async () => {
    await store.putProgress(fullProgress(2026));
    await store.putSettings(customSettings());
    await store.putPageDeadline(2026, { date: '2025-12-12', seenAt: T0 });
    await store.markNotified('k');
    await store.reset();
    expect(await store.allProgress()).toEqual([]);
    expect(await store.getSettings()).toEqual(defaultSettings());
    expect(await store.getPageDeadline(2026)).toBeNull();
    expect(await store.wasNotified('k')).toBe(false);
  });

  it('keeps the data for the next session', async () => {
    if (kind === 'indexeddb') {
      const factory = freshFactory();
      const first = await openStore({ indexedDB: factory });
      await first.putProgress(fullProgress(2026));
      first.close();
      const second = await openStore({ indexedDB: factory });
      expect(await second.getProgress(2026)).toEqual(fullProgress(2026));
    } else {
      await store.putProgress(fullProgress(2026));
      const second = await openStore({ indexedDB: null });
      expect(await second.getProgress(2026)).toEqual(fullProgress(2026));
    }
  });
});
