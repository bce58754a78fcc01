/** The import preview with the real background: what would be replaced, what would come, nothing changed yet. */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { BAKEN, ROC, accountPage, renewalsPage } from '../core/test-support/observations';
import { bootBackground } from './background.testutil';

const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

it('names per licence year the institutions that go and those that come, and changes nothing', async () => {
  const when = at('2025-11-20T10:00+01:00');
  const bg = await bootBackground({ at: when });
  await bg.see(accountPage(when), renewalsPage(when + 60_000, [{ institution: BAKEN, canClaim: true }]));
  const exported = await bg.ask({ type: 'export' });
  if (!exported.ok) throw new Error(exported.error);
  const file = exported.data;
  await bg.see(renewalsPage(when + 120_000, [{ institution: ROC, canClaim: true }]));

  const answer = await bg.ask({ type: 'import-preview', file });
  expect(answer).toEqual({
    ok: true,
    data: {
      ok: true,
      preview: {
        exportedAt: file.exportedAt,
        replaces: [{ licenceYear: 2026, institutions: ['Het Baken College', 'ROC Rivierland'] }],
        brings: [{ licenceYear: 2026, institutions: ['Het Baken College'] }],
      },
    },
  });
  expect(Object.keys((await bg.store.getProgress(2026))?.institutions ?? {})).toHaveLength(2);

  // A file the import would refuse is refused by the preview with the same reasons.
  const wrong = { ...file, settings: { ...file.settings, campaignOverrides: { '2026': { deadline: '2025-12-12', opens: '2025-12-20' } } } };
  const refused = await bg.ask({ type: 'import-preview', file: wrong });
  expect(refused).toEqual({
    ok: true,
    data: {
      ok: false,
      errors: [{ nl: expect.stringContaining('de registratie opent (2025-12-20) na de deadline'), en: expect.stringContaining('the registration opens (2025-12-20) after the deadline') }],
    },
  });
  expect({ ok: true, data: await bg.store.importAll(wrong) }).toEqual(refused);
});
