import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openStore } from './db';
import { CURRENT_VERSION } from './migrations';
import { defaultSettings } from './settings';
import { STORAGE_VERSION_KEY, storageKey } from './storage-local-backend';
import { dumpDatabase, freshFactory, fullProgress, memoryArea, T0, writeRaw } from './store.testutil';

const NAME = 'vinkje';

beforeEach(() => fakeBrowser.reset());

function damagedProgress(): unknown {
  const progress = fullProgress(2026);
  const baken = progress.institutions['100231'];
  return { ...progress, institutions: { ...progress.institutions, '100231': { ...baken, orderStatus: 'klaar' } } };
}

describe('a damaged record in IndexedDB', () => {
  it('is set aside with its raw value, reported with the field, and read as missing', async () => {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory, now: () => T0 });
    await store.putProgress(fullProgress(2027));
    await writeRaw(factory, NAME, CURRENT_VERSION, [['progress', '2026', damagedProgress()]]);

    expect(await store.getProgress(2026)).toBeNull();
    const problems = store.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'corrupt-record', at: T0 });
    expect(problems[0]?.message.nl).toMatch(/apart gezet/);
    expect(problems[0]?.message.en).toMatch(/set aside/);
    expect(problems[0]?.detail).toContain('progress/2026');
    expect(problems[0]?.detail).toContain('institutions["100231"].orderStatus');

    expect(await store.quarantined()).toEqual([
      {
        id: expect.any(String),
        table: 'progress',
        key: '2026',
        raw: damagedProgress(),
        reason: expect.stringMatching(/^veld .*orderStatus/),
        // Kept in English too, for the diagnostics in English.
        reasonEn: expect.stringMatching(/^field .*orderStatus/),
        at: T0,
      },
    ]);
    // Moved, not copied: reading again finds nothing and reports nothing new; the good year is untouched.
    expect(await store.getProgress(2026)).toBeNull();
    expect(store.problems()).toHaveLength(1);
    expect(await store.allProgress()).toEqual([fullProgress(2027)]);
    expect(Object.keys((await dumpDatabase(factory, NAME, CURRENT_VERSION)).progress ?? {})).toEqual(['2027']);
  });

  it('a year stored under another year’s key is set aside too', async () => {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory });
    await writeRaw(factory, NAME, CURRENT_VERSION, [['progress', '2026', fullProgress(2025)]]);
    expect(await store.allProgress()).toEqual([]);
    expect(store.problems()[0]?.detail).toMatch(/licenceYear 2025 hoort niet bij sleutel 2026/);
  });

  it('damaged settings give the defaults, and the raw settings are kept aside', async () => {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory });
    const raw = { ...defaultSettings(), language: 'fr' };
    await writeRaw(factory, NAME, CURRENT_VERSION, [['meta', 'settings', raw]]);
    expect(await store.getSettings()).toEqual(defaultSettings());
    expect(store.problems()[0]?.detail).toMatch(/veld language moet een van "nl", "en" zijn, maar is "fr"/);
    expect((await store.quarantined())[0]?.raw).toEqual(raw);
  });

  it('a damaged page deadline or notification list reads as missing', async () => {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory });
    await writeRaw(factory, NAME, CURRENT_VERSION, [
      ['pageDeadlines', '2026', { date: '12-12-2025', seenAt: T0 }],
      ['meta', 'notified', 'not a list'],
    ]);
    expect(await store.getPageDeadline(2026)).toBeNull();
    expect(await store.wasNotified('not a list')).toBe(false);
    expect(store.problems().map((p) => p.detail)).toEqual([
      expect.stringMatching(/pageDeadlines\/2026: veld date moet een datum zijn in de vorm JJJJ-MM-DD/),
      expect.stringMatching(/meta\/notified: moet een lijst zijn/),
    ]);
    expect(await store.quarantined()).toHaveLength(2);
  });

  it('an export skips damaged records but reports them', async () => {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory });
    await store.putProgress(fullProgress(2027));
    await writeRaw(factory, NAME, CURRENT_VERSION, [['progress', '2026', damagedProgress()]]);
    const file = await store.exportAll();
    expect(file.progress.map((p) => p.licenceYear)).toEqual([2027]);
    expect(store.problems().map((p) => p.code)).toEqual(['corrupt-record']);
  });
});

describe('a damaged record in storage.local', () => {
  it('is set aside and reported the same way', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_VERSION_KEY]: CURRENT_VERSION, [storageKey('progress', '2026')]: damagedProgress() });
    const store = await openStore({ indexedDB: null, now: () => T0 });
    expect(await store.getProgress(2026)).toBeNull();
    expect(store.problems().map((p) => p.code)).toEqual(['no-indexeddb', 'corrupt-record']);
    expect(await store.quarantined()).toMatchObject([{ table: 'progress', key: '2026', raw: damagedProgress() }]);
    expect(await fakeBrowser.storage.local.get(storageKey('progress', '2026'))).toEqual({});
  });
});

describe('a problem that keeps happening', () => {
  it('is listed once, with how often it happened', async () => {
    // A damaged record that cannot be set aside (the storage refuses every write) is met on every read.
    const area = memoryArea({ [STORAGE_VERSION_KEY]: CURRENT_VERSION, [storageKey('progress', '2026')]: damagedProgress() });
    area.set = () => Promise.reject(new Error('disk trouble'));
    let clock = T0;
    const heard: string[] = [];
    const store = await openStore({ indexedDB: null, storageArea: area, now: () => clock, onProblem: (p) => heard.push(p.code) });
    for (let i = 0; i < 3; i++) {
      clock += 60_000;
      expect(await store.getProgress(2026)).toBeNull();
    }
    const corrupt = store.problems().filter((p) => p.code === 'corrupt-record');
    expect(corrupt).toHaveLength(1);
    expect(corrupt[0]).toMatchObject({ count: 3, at: T0 + 3 * 60_000, detail: expect.stringContaining('progress/2026') });
    expect(heard).toEqual(['no-indexeddb', 'corrupt-record']);
  });
});

describe('a record set aside', () => {
  async function withDamagedYear() {
    const factory = freshFactory();
    const store = await openStore({ indexedDB: factory, now: () => T0 });
    await writeRaw(factory, NAME, CURRENT_VERSION, [['progress', '2026', damagedProgress()]]);
    expect(await store.getProgress(2026)).toBeNull();
    const [aside] = await store.quarantined();
    if (!aside) throw new Error('nothing set aside');
    return { factory, store, aside };
  }

  it('is still reported after a restart, until it is restored', async () => {
    const { factory, store } = await withDamagedYear();
    store.close();
    const restarted = await openStore({ indexedDB: factory, now: () => T0 });
    expect(restarted.problems().map((p) => [p.code, p.detail])).toEqual([['corrupt-record', '1 eerder apart gezet gegeven staat nog bij de diagnose']]);
  });

  it('is restored once it fits (here: repaired by hand in the raw data), and the notice goes', async () => {
    const { factory, store, aside } = await withDamagedYear();
    const refused = await store.restoreQuarantined(aside.id);
    expect(refused).toEqual({ ok: false, errors: [{ nl: expect.stringContaining('.orderStatus moet een van'), en: expect.stringContaining('.orderStatus must be one of') }] });
    expect(await store.quarantined()).toHaveLength(1);

    // A record a newer version of the schema would accept, simulated by putting a repaired copy aside.
    await writeRaw(factory, NAME, CURRENT_VERSION, [['quarantine', aside.id, { ...aside, id: undefined, raw: fullProgress(2026) }]]);
    expect(await store.restoreQuarantined(aside.id)).toEqual({ ok: true });
    expect(await store.getProgress(2026)).toEqual(fullProgress(2026));
    expect(await store.quarantined()).toEqual([]);
    expect(store.problems()).toEqual([]);
  });

  it('is not put over a newer record in its place', async () => {
    const { factory, store, aside } = await withDamagedYear();
    await writeRaw(factory, NAME, CURRENT_VERSION, [['quarantine', aside.id, { ...aside, id: undefined, raw: fullProgress(2026) }]]);
    const newer = { ...fullProgress(2026), activeCartKey: null };
    await store.putProgress(newer);
    const result = await store.restoreQuarantined(aside.id);
    expect(result.ok).toBe(false);
    expect(await store.getProgress(2026)).toEqual(newer);
    expect(await store.quarantined()).toHaveLength(1);
  });

  it('is part of the export, and comes along (once) when that file is imported', async () => {
    const { store, aside } = await withDamagedYear();
    const file = await store.exportAll();
    expect(file.quarantine).toEqual([{ table: 'progress', key: '2026', raw: damagedProgress(), reason: aside.reason, reasonEn: aside.reasonEn, at: T0 }]);

    const elsewhere = await openStore({ indexedDB: freshFactory(), now: () => T0 });
    expect(await elsewhere.importAll(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true, counts: { quarantined: 1 } });
    expect(await elsewhere.quarantined()).toMatchObject([{ table: 'progress', key: '2026', raw: damagedProgress() }]);
    // Imported again: still one.
    await elsewhere.importAll(JSON.parse(JSON.stringify(file)));
    expect(await elsewhere.quarantined()).toHaveLength(1);
  });
});
