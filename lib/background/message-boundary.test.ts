/**
 * The background's message boundary, tested on the running background: whatever arrives from the wrong
 * sender or in the wrong shape is refused, logged, and leaves the stored data exactly as it was.
 * Every case is checked against the store's contents, not only against the answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { emptyObservation, type PageObservation } from '../core/observation';
import { BAKEN, accountPage, cartPage, renewalsPage, thankYouPage } from '../core/test-support/observations';
import { SHOP_PAGE, bootBackground, deliver, type TestBackground } from './background.testutil';

const T = Date.parse('2025-12-03T10:00+01:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Everything stored, in a form that can be compared (the export's own timestamp left out). */
async function stored(bg: TestBackground) {
  const { exportedAt: _ignored, ...data } = await bg.store.exportAll();
  return { data, quarantined: await bg.store.quarantined() };
}

/** A background that has seen Het Baken College's claimed cart. */
async function withProgress(): Promise<TestBackground> {
  const bg = await bootBackground({ at: T });
  await bg.see(accountPage(T), renewalsPage(T + 1000, [{ institution: BAKEN, canClaim: true }]), cartPage(T + 2000, BAKEN, 'PO-17'));
  return bg;
}

/** An observation that, if accepted, would change the store (an order placed). */
const placed = (): PageObservation => thankYouPage(T + 60_000, BAKEN, '204517');

async function expectRefused(bg: TestBackground, send: () => Promise<{ ok: boolean; data?: unknown }>, logged: RegExp) {
  const before = await stored(bg);
  const logsBefore = bg.logs.length;
  const badgeBefore = await bg.badge();
  const answer = await send();
  expect(answer.ok).toBe(false);
  expect(answer.data).toBeUndefined();
  expect(bg.logs.length).toBeGreaterThan(logsBefore);
  expect(bg.logs.at(-1)?.message).toMatch(logged);
  expect(await stored(bg)).toEqual(before);
  expect(await bg.badge()).toEqual(badgeBefore);
  expect(bg.shown).toEqual([]);
}

describe('who may send', () => {
  it('control: the same observation from a shop tab is recorded', async () => {
    const bg = await withProgress();
    const answer = await bg.fromShop({ type: 'observe', observation: placed() }, 'https://www.slbdiensten.nl/bestelling/bedankt/');
    expect(answer.ok).toBe(true);
    expect((await bg.store.getProgress(2026))?.institutions['100231']?.orderNumber).toBe('204517');
  });

  const senders: Array<[string, object]> = [
    ['another extension', { id: 'some-other-extension', url: SHOP_PAGE, origin: 'https://www.slbdiensten.nl', tab: { id: 7 } }],
    ['a tab on another site', { url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 7 } }],
    ['the shop over plain http', { url: 'http://www.slbdiensten.nl/account/', origin: 'http://www.slbdiensten.nl', tab: { id: 7 } }],
    ['a look-alike host', { url: 'https://www.slbdiensten.nl.evil.example/account/', origin: 'https://www.slbdiensten.nl.evil.example', tab: { id: 7 } }],
    ['a host that only ends in the name', { url: 'https://evilslbdiensten.nl/account/', origin: 'https://evilslbdiensten.nl', tab: { id: 7 } }],
    ['a foreign frame inside a shop tab', { url: SHOP_PAGE, origin: 'https://evil.example', tab: { id: 7 } }],
    ['a shop address without a tab', { url: SHOP_PAGE, origin: 'https://www.slbdiensten.nl' }],
    ['no address at all', { tab: { id: 7 } }],
  ];

  it.each(senders)('%s is refused and nothing changes', async (_label, sender) => {
    const bg = await withProgress();
    await expectRefused(
      bg,
      () => deliver({ type: 'observe', observation: placed() }, { id: fakeBrowser.runtime.id, ...sender }),
      /rejected/,
    );
  });
});

describe('what a shop tab may send', () => {
  const malformed: Array<[string, unknown]> = [
    ['not an object', 'observe'],
    ['null', null],
    ['an unknown type', { type: 'delete-everything' }],
    ['an observation with fields missing', { type: 'observe', observation: { kind: 'thank-you', url: SHOP_PAGE, orderNumber: '204517' } }],
    ['a time that is text', { type: 'observe', observation: { ...placed(), seenAt: '2025-12-03' } }],
    ['an unknown page kind', { type: 'observe', observation: { ...placed(), kind: 'admin' } }],
    ['a quantity that is text', { type: 'observe', observation: { ...cartPage(T, BAKEN), cartLines: [{ product: 'A3', quantity: '2000', quantityText: '2000', actions: [] }] } }],
    ['an oversized reference', { type: 'observe', observation: { ...cartPage(T, BAKEN), reference: 'x'.repeat(2001) } }],
    ['an oversized institution name', { type: 'observe', observation: { ...placed(), institution: { name: 'B'.repeat(301), customerNumber: '1' } } }],
    ['an oversized address', { type: 'observe', observation: { ...placed(), url: `${SHOP_PAGE}${'a'.repeat(4001)}` } }],
    ['a step that does not exist', { type: 'sidebar-action', url: SHOP_PAGE, action: { type: 'override', key: '100231', step: 9, state: 'done' } }],
    ['a snooze of a year', { type: 'sidebar-action', url: SHOP_PAGE, action: { type: 'snooze', hours: 24 * 365 } }],
  ];

  it.each(malformed)('%s is refused as malformed and nothing changes', async (_label, message) => {
    const bg = await withProgress();
    await expectRefused(bg, () => bg.fromShop(message), /malformed/);
  });

  it('may record its own step choices (control)', async () => {
    const bg = await withProgress();
    const answer = await bg.fromShop({ type: 'sidebar-action', url: SHOP_PAGE, action: { type: 'no-reference', key: '100231' } });
    expect(answer.ok).toBe(true);
    expect((await bg.store.getProgress(2026))?.institutions['100231']?.referenceDeclinedAt).toBe(T + 2000);
  });

  const pageOnly: Array<[string, unknown]> = [
    ['overview', { type: 'overview' }],
    ['export', { type: 'export' }],
    ['reset', { type: 'reset' }],
    ['put-settings', { type: 'put-settings', settings: { language: 'en', reminders: { enabled: false } } }],
    ['snooze', { type: 'snooze', hours: 24 }],
    ['get-settings', { type: 'get-settings' }],
    ['diagnostics', { type: 'diagnostics' }],
    ['summary', { type: 'summary' }],
  ];

  it.each(pageOnly)('cannot send the page message %s', async (_label, message) => {
    const bg = await withProgress();
    await expectRefused(bg, () => bg.fromShop(message), /extension’s own pages only/);
  });

  it('cannot import, even a valid export file', async () => {
    const bg = await withProgress();
    const exported = await bg.fromExtensionPage({ type: 'export' });
    const file = structuredClone(exported.data) as { settings: { language: string }; progress: unknown[] };
    file.settings.language = 'en';
    file.progress = [];
    await expectRefused(bg, () => bg.fromShop({ type: 'import', file }), /extension’s own pages only/);
  });
});

describe('what the extension’s own pages may send', () => {
  it('read the overview, change settings, export, import and reset', async () => {
    const bg = await withProgress();
    const overview = await bg.fromExtensionPage({ type: 'overview' });
    expect(overview.ok).toBe(true);
    expect((overview.data as { institutions: Array<{ name: string }> }).institutions.map((i) => i.name)).toEqual(['Het Baken College']);

    expect((await bg.fromExtensionPage({ type: 'put-settings', settings: { language: 'en' } })).ok).toBe(true);
    expect((await bg.store.getSettings()).language).toBe('en');

    const exported = await bg.fromExtensionPage({ type: 'export' });
    expect(exported.ok).toBe(true);

    expect((await bg.fromExtensionPage({ type: 'reset' })).ok).toBe(true);
    expect(await bg.store.allProgress()).toEqual([]);
    expect((await bg.store.getSettings()).language).toBe('nl');

    expect((await bg.fromExtensionPage({ type: 'import', file: exported.data })).ok).toBe(true);
    expect(Object.keys((await bg.store.getProgress(2026))?.institutions ?? {})).toEqual(['100231']);
    expect((await bg.store.getSettings()).language).toBe('en');
  });

  it('may not send observations: those come from shop tabs only', async () => {
    const bg = await withProgress();
    await expectRefused(bg, () => bg.fromExtensionPage({ type: 'observe', observation: placed() }), /shop tabs only/);
  });

  it('a malformed page message is refused too', async () => {
    const bg = await withProgress();
    await expectRefused(bg, () => bg.fromExtensionPage({ type: 'put-settings', settings: 'en' }), /malformed/);
    await expectRefused(bg, () => bg.fromExtensionPage({ type: 'snooze', hours: -5 }), /malformed/);
  });

  it('an unreadable page observation from a shop tab is harmless: an empty page of kind unknown changes nothing worth notifying', async () => {
    const bg = await withProgress();
    const before = (await stored(bg)).data.progress;
    const answer = await bg.fromShop({ type: 'observe', observation: emptyObservation('unknown', SHOP_PAGE, T + 5000) });
    expect(answer.ok).toBe(true);
    const after = (await stored(bg)).data.progress;
    // Only the visit is remembered (for diagnostics); no step moved.
    expect(after[0]?.institutions).toEqual(before[0]?.institutions);
    expect(bg.shown).toEqual([]);
  });
});

describe('institution names every object answers to', () => {
  const odd = ['__proto__', 'constructor', 'toString'].map((name) => ({ name, customerNumber: null }));
  type ViewLike = { institutions: Array<{ key: string; name: string }>; institution: { key: string; name: string } | null };

  it('"__proto__", "constructor" and "toString" arrive, are stored and can be chosen in the sidebar like any other', async () => {
    const bg = await bootBackground({ at: T });
    await bg.see(accountPage(T), renewalsPage(T + 1000, odd.map((institution) => ({ institution, canClaim: true }))));
    const shown = (await bg.fromShop({ type: 'view', url: SHOP_PAGE })).view as ViewLike;
    expect(shown.institutions.map((i) => i.name).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    const progress = await bg.store.getProgress(2026);
    expect(Object.keys(progress?.institutions ?? {}).sort()).toEqual(shown.institutions.map((i) => i.key).sort());

    // A cart page that names no institution; the person picks each odd name in turn.
    await bg.see(cartPage(T + 2000, null, 'PO-1'));
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const key = shown.institutions.find((i) => i.name === name)?.key ?? null;
      const answer = await bg.fromShop({ type: 'sidebar-action', action: { type: 'select-institution', key }, url: SHOP_PAGE });
      expect(answer.ok).toBe(true);
      expect((answer.view as ViewLike).institution?.name).toBe(name);
      expect((await bg.store.getSettings()).selectedInstitution['2026']).toBe(key);
    }
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a hard cap on size', () => {
  it('a multi-megabyte observation is refused before it is validated, and changes nothing', async () => {
    const bg = await withProgress();
    const huge = { ...placed(), messages: Array.from({ length: 40 }, () => 'x'.repeat(100_000)) };
    await expectRefused(bg, () => bg.fromShop({ type: 'observe', observation: huge }), /oversized/);
  });

  it('a million tiny entries are refused as well', async () => {
    const bg = await withProgress();
    const many = { ...placed(), unread: new Array<string>(1_200_000).fill('') };
    await expectRefused(bg, () => bg.fromShop({ type: 'observe', observation: many }), /oversized/);
  });
});
