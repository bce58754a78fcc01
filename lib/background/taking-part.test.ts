/** From the popup: a school that does not take part this year, or that is removed from Vinkje. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BAKEN, ROC, accountPage, renewalsPage } from '../core/test-support/observations';
import { bootBackground } from './background.testutil';

const T = Date.parse('2025-12-08T10:00+01:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

type Row = { key: string; takingPart: boolean; warnings: Array<{ id: string }> };
const rows = (answer: { data?: unknown }) => (answer.data as { institutions: Row[] }).institutions;

describe('the popup’s choices per school', () => {
  it('not taking part: kept, listed last, without warnings, and stored; taking part again undoes it', async () => {
    const bg = await bootBackground({ at: T });
    await bg.see(accountPage(T), renewalsPage(T + 1000, [{ institution: BAKEN, canClaim: true }, { institution: ROC, canClaim: true }]));
    const out = await bg.fromExtensionPage({ type: 'institution-action', action: { type: 'set-taking-part', key: '100231', takingPart: false } });
    expect(out.ok).toBe(true);
    expect(rows(out).map((r) => [r.key, r.takingPart, r.warnings.map((w) => w.id)])).toEqual([
      ['100587', true, ['D03']],
      ['100231', false, []],
    ]);
    await bg.restartWorker();
    expect(rows(await bg.fromExtensionPage({ type: 'overview' })).find((r) => r.key === '100231')?.takingPart).toBe(false);
    const back = await bg.fromExtensionPage({ type: 'institution-action', action: { type: 'set-taking-part', key: '100231', takingPart: true } });
    expect(rows(back).find((r) => r.key === '100231')?.warnings.map((w) => w.id)).toEqual(['D03']);
  });

  it('removing a school forgets it; a shop tab cannot ask for that', async () => {
    const bg = await bootBackground({ at: T });
    await bg.see(accountPage(T), renewalsPage(T + 1000, [{ institution: BAKEN, canClaim: true }, { institution: ROC, canClaim: true }]));
    const refused = await bg.fromShop({ type: 'institution-action', action: { type: 'forget-institution', key: '100231' } });
    expect(refused.ok).toBe(false);
    const answer = await bg.fromExtensionPage({ type: 'institution-action', action: { type: 'forget-institution', key: '100231' } });
    expect(rows(answer).map((r) => r.key)).toEqual(['100587']);
  });
});
