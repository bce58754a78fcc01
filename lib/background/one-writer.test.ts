/**
 * Several shop tabs and the options page change stored state at the same moment. Every change goes
 * through one writer, so none overwrites another's read-modify-write: the end state is the one the
 * same messages leave when delivered one by one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BAKEN, LYCEUM, ROC, accountPage, cartPage, renewalsPage } from '../core/test-support/observations';
import { bootBackground, type TestBackground } from './background.testutil';

const AT = Date.parse('2025-11-20T10:00+01:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** What the tabs and the options page send, each with who sends it. */
function messages(bg: TestBackground): Array<() => Promise<{ ok: boolean }>> {
  const observe = (observation: ReturnType<typeof accountPage>, tab: number) => () =>
    bg.fromShop({ type: 'observe', observation }, observation.url, tab);
  const act = (action: unknown, tab: number) => () => bg.fromShop({ type: 'sidebar-action', action, url: 'https://www.slbdiensten.nl/' }, undefined, tab);
  return [
    observe(renewalsPage(AT, [{ institution: BAKEN, canClaim: true }, { institution: ROC, canClaim: false }]), 1),
    observe(cartPage(AT, ROC, 'R-1'), 2),
    act({ type: 'set-language', language: 'en' }, 3),
    observe(cartPage(AT, LYCEUM, 'L-1'), 3),
    act({ type: 'set-collapsed', collapsed: true }, 1),
    () => bg.fromExtensionPage({ type: 'put-settings', settings: { reminders: { enabled: false, leadDays: [14, 3], morningHour: 8 } } }),
    observe(cartPage(AT, BAKEN, 'B-1'), 4),
    act({ type: 'snooze', hours: 2 }, 2),
  ];
}

async function endState(bg: TestBackground) {
  const settings = await bg.store.getSettings();
  return { progress: await bg.store.allProgress(), settings };
}

async function prepared(): Promise<TestBackground> {
  const bg = await bootBackground({ at: AT });
  await bg.see(accountPage(AT));
  return bg;
}

describe('one writer', () => {
  it('interleaved observations and actions from several tabs end as when applied one by one', async () => {
    const oneByOne = await prepared();
    for (const send of messages(oneByOne)) expect(await send()).toMatchObject({ ok: true });
    const expected = await endState(oneByOne);
    oneByOne.store.close();

    const together = await prepared();
    const answers = await Promise.all(messages(together).map((send) => send()));
    expect(answers.every((a) => a.ok)).toBe(true);
    const actual = await endState(together);

    expect(actual.settings).toEqual(expected.settings);
    expect(actual.progress).toEqual(expected.progress);
    // Sanity: the concurrent run did store each tab's institution and each settings change.
    expect(actual.settings.language).toBe('en');
    expect(actual.settings.sidebarCollapsed).toBe(true);
  });
});

describe('a page that floods the background', () => {
  it('is throttled per tab, and its latest observation is the one kept', async () => {
    const bg = await prepared();
    const writes = vi.spyOn(bg.store, 'putProgress');
    const flood = Array.from({ length: 200 }, (_, i) => cartPage(AT, BAKEN, `PO-${i}`));
    // Another tab's observation in the middle of the flood is not swallowed by it.
    const other = bg.fromShop({ type: 'observe', observation: cartPage(AT, ROC, 'R-9') }, undefined, 2);
    const answers = await Promise.all([...flood.map((observation) => bg.fromShop({ type: 'observe', observation }, undefined, 1)), other]);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(4);
    const progress = await bg.store.getProgress(2026);
    expect(progress?.institutions[BAKEN.customerNumber ?? '']?.reference).toBe('PO-199');
    expect(progress?.institutions[ROC.customerNumber ?? '']?.reference).toBe('R-9');
  });

  it('never drops a claim pressed just before the cart opens, however busy the writer is', async () => {
    const bg = await prepared();
    await bg.see(renewalsPage(AT, [{ institution: BAKEN, canClaim: true }, { institution: ROC, canClaim: true }]));
    // The tab is still being read (its pages change), the claim is pressed, and the cart that
    // names no institution follows, all before the writer gets to the claim.
    const busy = renewalsPage(AT, [{ institution: BAKEN, canClaim: true }, { institution: ROC, canClaim: true }]);
    const claim = { ...renewalsPage(AT + 1, [{ institution: BAKEN, canClaim: true }, { institution: ROC, canClaim: true }]), claiming: ROC };
    const cart = cartPage(AT + 2, null, 'R-1');
    const answers = await Promise.all([busy, claim, cart].map((observation) => bg.fromShop({ type: 'observe', observation }, undefined, 1)));
    expect(answers.every((a) => a.ok)).toBe(true);
    const progress = await bg.store.getProgress(2026);
    expect(progress?.institutions[ROC.customerNumber ?? '']?.reference).toBe('R-1');
    expect(progress?.activeCartKey).toBe(ROC.customerNumber);
  });
});
