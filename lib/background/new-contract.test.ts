/**
 * Licence year 2027 comes after the contract the rules follow: the sidebar and the popup say so once,
 * and hiding it in one hides it in both, for good (a worker restart included).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountPage } from '../core/test-support/observations';
import type { Notice, SidebarView } from '../core/view';
import { bootBackground } from './background.testutil';

const DEC_2_2026 = Date.parse('2026-12-02T10:00+01:00');
const DEC_3_2025 = Date.parse('2025-12-03T10:00+01:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const ids = (notices: Notice[]) => notices.map((n) => n.id);

async function sidebarNotices(bg: Awaited<ReturnType<typeof bootBackground>>) {
  const answer = await bg.fromShop({ type: 'view', url: 'https://www.slbdiensten.nl/account/' });
  return ids((answer.view as SidebarView).notices);
}
async function popupNotices(bg: Awaited<ReturnType<typeof bootBackground>>) {
  const answer = await bg.fromExtensionPage({ type: 'overview' });
  return ids((answer.data as { notices: Notice[] }).notices);
}

describe('a licence year past the known contract', () => {
  it('is said in the sidebar and the popup until the person hides it; hidden in one, gone from both', async () => {
    const bg = await bootBackground({ at: DEC_2_2026 });
    await bg.see(accountPage(DEC_2_2026));
    expect(await sidebarNotices(bg)).toContain('new-contract');
    expect(await popupNotices(bg)).toContain('new-contract');

    const answer = await bg.fromShop({ type: 'sidebar-action', url: 'https://www.slbdiensten.nl/account/', action: { type: 'dismiss-notice', id: 'new-contract' } });
    expect(answer.ok).toBe(true);
    expect(ids((answer.view as SidebarView).notices)).not.toContain('new-contract');
    expect(await popupNotices(bg)).not.toContain('new-contract');

    await bg.restartWorker();
    expect(await sidebarNotices(bg)).not.toContain('new-contract');
  });

  it('can be hidden from the popup as well', async () => {
    const bg = await bootBackground({ at: DEC_2_2026 });
    const answer = await bg.fromExtensionPage({ type: 'dismiss-notice', id: 'new-contract' });
    expect(answer.ok).toBe(true);
    expect(ids((answer.data as { notices: Notice[] }).notices)).not.toContain('new-contract');
    expect(await sidebarNotices(bg)).not.toContain('new-contract');
  });

  it('goes once the person confirms the year’s deadline in the options', async () => {
    const bg = await bootBackground({ at: DEC_2_2026 });
    await bg.fromExtensionPage({ type: 'put-settings', settings: { campaignOverrides: { 2027: { deadline: '2026-12-11' } } } });
    expect(await popupNotices(bg)).not.toContain('new-contract');
  });

  it('is not said in licence year 2026 (control)', async () => {
    const bg = await bootBackground({ at: DEC_3_2025 });
    await bg.see(accountPage(DEC_3_2025));
    expect(await sidebarNotices(bg)).not.toContain('new-contract');
    expect(await popupNotices(bg)).not.toContain('new-contract');
  });
});
