import { describe, expect, it } from 'vitest';
import { TABLES } from './backend';
import { openStore } from './db';
import { StoreClosedError } from './errors';
import { CURRENT_VERSION, type SettingsV1 } from './migrations';
import type { StoreProblem } from './problems';
import { freshFactory, fullProgress } from './store.testutil';

const NAME = 'vinkje';

function open(factory: IDBFactory, version: number, onBlocked?: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => onBlocked?.();
  });
}

describe('another connection', () => {
  it('an older one that stays open blocks the upgrade: reported, and the upgrade continues once it closes', async () => {
    const factory = freshFactory();
    const v1Settings: SettingsV1 = {
      language: 'nl',
      sidebarCollapsed: false,
      selectedInstitution: {},
      remindersEnabled: true,
      leadDays: [5],
      campaignOverrides: {},
      snoozedUntil: null,
    };
    // An old tab: version 1, and no versionchange handler, so it never steps aside by itself.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(NAME, 1);
      request.onupgradeneeded = () => {
        for (const table of TABLES) request.result.createObjectStore(table);
        request.transaction?.objectStore('meta').put(v1Settings, 'settings');
      };
      request.onsuccess = () => resolve(request.result);
    });

    let blocked: (p: StoreProblem) => void = () => undefined;
    const wasBlocked = new Promise<StoreProblem>((resolve) => (blocked = resolve));
    let opened = false;
    const opening = openStore({ indexedDB: factory, onProblem: (p) => p.code === 'blocked' && blocked(p) }).then((s) => {
      opened = true;
      return s;
    });

    expect((await wasBlocked).message.nl).toMatch(/ander venster/);
    expect(opened).toBe(false);
    old.close();
    const store = await opening;
    expect(store.backend).toBe('indexeddb');
    expect(store.problems().map((p) => p.code)).toEqual(['blocked']);
    expect((await store.getSettings()).reminders).toEqual({ enabled: true, leadDays: [5], morningHour: 9 });
  });

  it('a newer version elsewhere is not blocked by us; we report it and stop', async () => {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory });
    await store.putProgress(fullProgress(2026));

    let blocked = false;
    const newer = await open(factory, CURRENT_VERSION + 1, () => (blocked = true));
    expect(blocked).toBe(false);
    expect(newer.version).toBe(CURRENT_VERSION + 1);
    expect(store.problems().map((p) => p.code)).toEqual(['version-change']);
    await expect(store.getProgress(2026)).rejects.toThrow(StoreClosedError);
    newer.close();
  });

  it('a delete elsewhere (a reset in another window) is not blocked; we carry on with an empty store', async () => {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory });
    await store.putProgress(fullProgress(2026));

    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase(NAME);
      request.onsuccess = () => resolve();
      request.onblocked = () => reject(new Error('blocked'));
    });
    expect(await store.getProgress(2026)).toBeNull();
    await store.putProgress(fullProgress(2027));
    expect(await store.allProgress()).toEqual([fullProgress(2027)]);
    expect(store.problems()).toEqual([]);
  });
});
