import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openStore } from './db';
import { defaultSettings } from './settings';
import { customSettings, freshFactory, fullProgress, T0 } from './store.testutil';
import { EXPORT_VERSION, type ExportFile } from './transfer';
import type { Locale } from '../core/format';
import type { Store } from './types';

beforeEach(() => fakeBrowser.reset());

async function filledStore(): Promise<Store> {
  const store = await openStore({ indexedDB: freshFactory(), now: () => T0 });
  await store.putProgress(fullProgress(2026));
  await store.putProgress(fullProgress(2027));
  await store.putSettings(customSettings());
  await store.putPageDeadline(2026, { date: '2025-12-12', seenAt: T0 });
  await store.markNotified('deadline-7|-|2025-12-05');
  await store.markNotified('order-open|100231|2025-12-08');
  return store;
}

/** Everything a store holds, as one comparable value. */
async function contents(store: Store) {
  const { exportedAt: _, ...rest } = await store.exportAll();
  return rest;
}

describe('export', () => {
  it('is a JSON document with format, version and time', async () => {
    const file = await (await filledStore()).exportAll();
    expect(file).toMatchObject({ format: 'vinkje-export', version: EXPORT_VERSION, exportedAt: new Date(T0).toISOString() });
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    expect(file.progress.map((p) => p.licenceYear)).toEqual([2026, 2027]);
    expect(file.pageDeadlines).toEqual({ '2026': { date: '2025-12-12', seenAt: T0 } });
  });

  it.each([
    ['IndexedDB', () => openStore({ indexedDB: freshFactory() })],
    ['storage.local', () => openStore({ indexedDB: null })],
  ])('imported into a fresh store (%s) restores everything', async (_, open) => {
    const source = await filledStore();
    const text = JSON.stringify(await source.exportAll());
    const target = await open();
    const result = await target.importAll(JSON.parse(text));
    expect(result).toEqual({ ok: true, counts: { progress: 2, pageDeadlines: 1, notified: 2 } });
    expect(await contents(target)).toEqual(await contents(source));
    expect(await target.getProgress(2026)).toEqual(fullProgress(2026));
    expect(await target.wasNotified('order-open|100231|2025-12-08')).toBe(true);
  });

  it('an import replaces what was there', async () => {
    const target = await openStore({ indexedDB: freshFactory() });
    await target.putProgress(fullProgress(2025));
    await target.putPageDeadline(2025, { date: '2024-12-13', seenAt: T0 });
    await target.markNotified('old');
    const file = await (await filledStore()).exportAll();
    await target.importAll(file);
    expect(await target.getProgress(2025)).toBeNull();
    expect(await target.getPageDeadline(2025)).toBeNull();
    expect(await target.wasNotified('old')).toBe(false);
  });
});

/** A deep copy with values replaced (undefined: removed), to build damaged files. */
function withChanges(file: ExportFile, changes: Array<[Array<string | number>, unknown]>): unknown {
  const copy = structuredClone(file) as unknown;
  for (const [path, value] of changes) {
    const parent = path.slice(0, -1).reduce<unknown>((node, part) => (node as Record<string | number, unknown>)[part], copy);
    const last = path[path.length - 1] as string | number;
    if (value === undefined) delete (parent as Record<string | number, unknown>)[last];
    else (parent as Record<string | number, unknown>)[last] = value;
  }
  return copy;
}

describe('a bad import', () => {
  /** The reasons, in the language asked. */
  async function rejected(file: unknown, locale: Locale = 'nl'): Promise<string[]> {
    const store = await filledStore();
    const before = await contents(store);
    const result = await store.importAll(file);
    // Nothing changed, whatever was wrong.
    expect(await contents(store)).toEqual(before);
    if (result.ok) throw new Error('import was accepted');
    return result.errors.map((e) => e[locale]);
  }

  async function validFile(): Promise<ExportFile> {
    return (await filledStore()).exportAll();
  }

  const damaged = async () =>
    withChanges(await validFile(), [
      [['progress', 1, 'institutions', '100231', 'orderStatus'], 'klaar'],
      [['progress', 1, 'institutions', '100231', 'cartLines', 0, 'quantity'], '2000'],
      [['settings', 'reminders', 'morningHour'], undefined],
      [['pageDeadlines', '2026', 'date'], '2025-12-32'],
      [['pageDeadlines', 'volgend'], { date: '2026-12-11', seenAt: T0 }],
      [['notified', 1], 7],
    ]);

  it('names the record and the field of every error, in Dutch', async () => {
    const errors = await rejected(await damaged());
    expect(errors).toEqual(
      expect.arrayContaining([
        'Voortgang licentiejaar 2027 (progress[1]): veld institutions["100231"].orderStatus moet een van "open", "approved", "completed" zijn, maar is "klaar"',
        'Voortgang licentiejaar 2027 (progress[1]): veld institutions["100231"].cartLines[0].quantity moet een getal zijn, maar is "2000"',
        'Instellingen: veld reminders.morningHour ontbreekt',
        'Deadline van de winkelpagina voor 2026: veld date is geen bestaande datum',
        'Getoonde meldingen: veld [1] moet tekst zijn, maar is 7',
        'Deadline van de winkelpagina voor volgend: ongeldige sleutel "volgend": moet een jaartal van vier cijfers zijn',
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('names the same records and fields in English, for an English options page', async () => {
    const errors = await rejected(await damaged(), 'en');
    expect(errors).toEqual(
      expect.arrayContaining([
        'Progress of licence year 2027 (progress[1]): field institutions["100231"].orderStatus must be one of "open", "approved", "completed", but is "klaar"',
        'Progress of licence year 2027 (progress[1]): field institutions["100231"].cartLines[0].quantity must be a number, but is "2000"',
        'Settings: field reminders.morningHour is missing',
        'Deadline from the shop page for 2026: field date is not a real date',
        'Notifications shown: field [1] must be text, but is 7',
        'Deadline from the shop page for volgend: invalid key "volgend": must be a year of four digits',
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('is refused when it is not an export at all', async () => {
    expect(await rejected('hallo')).toEqual(['Dit is geen Vinkje-exportbestand: het bestand bevat geen JSON-object.']);
    expect(await rejected({ format: 'iets-anders' })).toEqual([
      'Dit is geen Vinkje-exportbestand: veld format is "iets-anders" in plaats van "vinkje-export".',
    ]);
    expect(await rejected({ format: 'iets-anders' }, 'en')).toEqual([
      'This is not a Vinkje export file: field format is "iets-anders" instead of "vinkje-export".',
    ]);
  });

  it('is refused when a newer version made it', async () => {
    const errors = await rejected({ ...(await validFile()), version: EXPORT_VERSION + 1 });
    expect(errors).toEqual([expect.stringContaining(`exportversie ${EXPORT_VERSION + 1}`)]);
    expect(await rejected({ ...(await validFile()), version: EXPORT_VERSION + 1 }, 'en')).toEqual([expect.stringContaining('Update Vinkje.')]);
  });

  it('is refused when a part is missing or a year appears twice', async () => {
    const { settings: _, ...withoutSettings } = await validFile();
    expect(await rejected(withoutSettings)).toEqual(['Instellingen: ontbreekt']);
    const file = await validFile();
    expect(await rejected({ ...file, progress: [...file.progress, fullProgress(2026)] })).toEqual([
      'Voortgang licentiejaar 2026 (progress[2]): dit licentiejaar staat al eerder in het bestand.',
    ]);
  });

  it('leaves default settings alone too', async () => {
    const store = await openStore({ indexedDB: freshFactory() });
    const result = await store.importAll({ format: 'vinkje-export', version: 1 });
    expect(result.ok).toBe(false);
    expect(await store.getSettings()).toEqual(defaultSettings());
  });
});

describe('an import that has the right shape but cannot be meant', () => {
  async function refusedWith(changes: Array<[Array<string | number>, unknown]>, locale: Locale = 'nl'): Promise<string[]> {
    const store = await filledStore();
    const before = await contents(store);
    const result = await store.importAll(withChanges(await store.exportAll(), changes));
    expect(await contents(store)).toEqual(before);
    return result.ok ? [] : result.errors.map((e) => e[locale]);
  }

  it('a registration that opens after its deadline, or a deadline outside its licence year', async () => {
    expect(await refusedWith([[['settings', 'campaignOverrides', '2026'], { deadline: '2025-12-12', opens: '2025-12-15' }]])).toEqual([
      'Instellingen: registratiedatums voor licentiejaar 2026: de registratie opent (2025-12-15) na de deadline (2025-12-12).',
    ]);
    expect(await refusedWith([[['settings', 'campaignOverrides', '2027'], { deadline: '2027-06-01' }]])).toEqual([
      'Instellingen: registratiedatums voor licentiejaar 2027: de deadline 2027-06-01 ligt niet tussen 1 september 2026 en 31 januari 2027.',
    ]);
    expect(await refusedWith([[['pageDeadlines', '2026'], { date: '2024-12-13', seenAt: T0 }]])).toEqual([
      'Deadline van de winkelpagina voor 2026: 2024-12-13 ligt niet tussen 1 september 2025 en 31 januari 2026.',
    ]);
    expect(await refusedWith([[['settings', 'campaignOverrides', '2027'], { deadline: '2027-06-01' }]], 'en')).toEqual([
      'Settings: registration dates for licence year 2027: the deadline 2027-06-01 is not between 1 September 2026 and 31 January 2027.',
    ]);
  });

  it('a snooze longer than the week the popup offers, or lead days beyond the options page’s 60', async () => {
    expect(await refusedWith([[['settings', 'snoozedUntil'], T0 + 30 * 86_400_000]])).toEqual([
      expect.stringContaining('Vinkje stelt hoogstens 7 dagen uit'),
    ]);
    expect(await refusedWith([[['settings', 'reminders', 'leadDays'], [90, 7]]])).toEqual(['Instellingen: veld reminders.leadDays[0] mag hoogstens 60 zijn']);
    expect(await refusedWith([[['settings', 'reminders', 'leadDays'], [90, 7]]], 'en')).toEqual(['Settings: field reminders.leadDays[0] may be at most 60']);
  });

  it('a moment no calendar has (beyond the year 275760) is refused with its field, not a crash', async () => {
    expect(await refusedWith([[['settings', 'snoozedUntil'], 8_640_000_000_000_001]])).toEqual([
      'Instellingen: veld snoozedUntil mag hoogstens 8640000000000000 zijn',
    ]);
    expect(await refusedWith([[['settings', 'snoozedUntil'], 8_640_000_000_000_001]], 'en')).toEqual(['Settings: field snoozedUntil may be at most 8640000000000000']);
  });

  it('a snooze within the week is taken', async () => {
    const store = await filledStore();
    const file = withChanges(await store.exportAll(), [[['settings', 'snoozedUntil'], T0 + 6 * 86_400_000]]);
    expect((await store.importAll(file)).ok).toBe(true);
    expect((await store.getSettings()).snoozedUntil).toBe(T0 + 6 * 86_400_000);
  });
});
