/**
 * A record set aside as damaged, seen from the extension's pages with the real background: its notice
 * stays after the background restarts, and the diagnostics can export it or try to restore it.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { BAKEN, accountPage, renewalsPage } from '../core/test-support/observations';
import { CURRENT_VERSION } from '../store/migrations';
import { writeRaw } from '../store/store.testutil';
import { bootBackground } from './background.testutil';

const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

it('the notice survives a restart; the record can be exported whole, and is only restored when it fits', async () => {
  const when = at('2025-11-20T10:00+01:00');
  const bg = await bootBackground({ at: when });
  await bg.see(accountPage(when), renewalsPage(when + 60_000, [{ institution: BAKEN, canClaim: true }]));
  const damaged = { licenceYear: 2026, institutions: 'kapot' };
  // Damaged on disk while the browser was closed: the running background keeps what it wrote itself
  // (lib/store/read-cache.ts), the next one reads the record from the database and finds the damage.
  await writeRaw(bg.factory, 'vinkje', CURRENT_VERSION, [['progress', '2026', damaged]]);
  await bg.restartWorker();

  const noticeIds = async () => {
    const answer = await bg.ask({ type: 'overview' });
    return answer.ok ? answer.data.notices.map((n) => n.id) : [];
  };
  const aside = async () => {
    const answer = await bg.ask({ type: 'diagnostics' });
    return answer.ok ? answer.data.quarantined : [];
  };
  expect(await noticeIds()).toContain('store-corrupt-record-0');
  await bg.restartWorker();
  expect(await noticeIds()).toContain('store-corrupt-record-0');

  const waiting = await aside();
  expect(waiting).toMatchObject([{ key: '2026' }]);
  const id = waiting[0]?.id ?? '';

  const exported = await bg.ask({ type: 'quarantine-export', id });
  expect(exported).toMatchObject({ ok: true, data: { table: 'progress', key: '2026', raw: damaged } });

  const restored = await bg.ask({ type: 'quarantine-restore', id });
  expect(restored).toMatchObject({ ok: true, data: { ok: false, errors: [{ nl: expect.stringContaining('niet te gebruiken'), en: expect.stringContaining('still cannot be used') }] } });
  expect(await aside()).toHaveLength(1);

  // A shop page cannot ask for it.
  expect((await bg.fromShop({ type: 'quarantine-export', id })).ok).toBe(false);
});
