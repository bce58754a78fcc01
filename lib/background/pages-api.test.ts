import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyObservation } from '../core/apply-observation';
import { licenceYearFor, resolveCampaign } from '../core/campaign';
import type { PageObservation } from '../core/observation';
import { emptyYearProgress, type YearProgress } from '../core/progress';
import {
  BAKEN,
  ROC,
  accountPage,
  cartLine,
  cartPage,
  historyPage,
  orderRow,
  renewalsPage,
  thankYouPage,
} from '../core/test-support/observations';
import type { Settings } from '../store/types';
import { createPagesApi, PageRequestError, type PagesService, type PagesStore } from './pages-api';
import { mergeSettings } from './settings-patch';
import { createWriteQueue } from './write-queue';

const NOT_AN_EXPORT = { nl: 'Dit is geen exportbestand van Vinkje.', en: 'This is not a Vinkje export file.' };

const minute = 60_000;
/** Thursday 4 December 2025, 09:00 in Amsterdam: licence year 2026, deadline Friday 12 December (8 days). */
const DEC_4 = Date.UTC(2025, 11, 4, 8, 0);

function defaultSettings(): Settings {
  return {
    language: 'nl',
    sidebarCollapsed: false,
    selectedInstitution: {},
    reminders: { enabled: true, leadDays: [14, 7, 3, 1], morningHour: 9 },
    campaignOverrides: {},
    snoozedUntil: null,
  };
}

type Problem = ReturnType<PagesStore['problems']>[number];

/** The store's API kept in memory: just enough behaviour to see what the pages API reads and writes. */
function fakeStore(initial: YearProgress[] = []) {
  const progress = new Map(initial.map((p) => [p.licenceYear, p]));
  const pageDeadlines = new Map<number, { date: string; seenAt: number }>();
  const calls = { reset: 0, importAll: [] as unknown[], putSettings: 0 };
  let settings = defaultSettings();
  let problems: Problem[] = [];
  const store = {
    backend: 'indexeddb' as const,
    getProgress: async (year: number) => progress.get(year) ?? null,
    putProgress: async (p: YearProgress) => void progress.set(p.licenceYear, p),
    allProgress: async () => [...progress.values()],
    getSettings: async () => structuredClone(settings),
    putSettings: async (s: Settings) => {
      calls.putSettings++;
      settings = structuredClone(s);
    },
    getPageDeadline: async (year: number) => pageDeadlines.get(year) ?? null,
    putPageDeadline: async (year: number, v: { date: string; seenAt: number }) => void pageDeadlines.set(year, v),
    exportAll: async () => ({ format: 'vinkje-export', progress: [...progress.values()], settings }),
    importAll: async (file: unknown) => {
      calls.importAll.push(file);
      if (!file || typeof file !== 'object' || !('format' in file)) return { ok: false as const, errors: [NOT_AN_EXPORT] };
      return { ok: true as const, counts: { progress: 1 } };
    },
    reset: async () => {
      calls.reset++;
      progress.clear();
      settings = defaultSettings();
    },
    problems: () => problems,
    quarantined: async () => [{ table: 'progress', key: '2024', raw: { secret: 'x' }, reason: 'licenceYear ontbreekt', at: T }],
  };
  return {
    store: store as unknown as PagesStore,
    calls,
    settings: () => settings,
    setProblems: (p: Problem[]) => (problems = p),
    pageDeadlines,
  };
}

const day = (iso: string) => {
  const [year = 0, month = 0, d = 0] = iso.split('-').map(Number);
  return { year, month, day: d };
};

function fakeService(store: PagesStore) {
  const calls = { refresh: 0 };
  const queue = createWriteQueue();
  const service: PagesService = {
    activeYear: async (at) => licenceYearFor(at ?? Date.now()),
    loadProgress: async (year) => (await store.getProgress(year)) ?? emptyYearProgress(year),
    campaignFor: async (year, settings) => {
      const user = settings.campaignOverrides[String(year)];
      return resolveCampaign(year, { userDeadline: user ? { date: day(user.deadline), opens: user.opens ? day(user.opens) : null } : null });
    },
    settled: () => queue.run(async () => undefined),
    // The real one-writer queue; the refresh it hands out only counts.
    write: (job) =>
      queue.run(() =>
        job({
          refresh: async () => {
            calls.refresh++;
          },
        }),
      ),
    shopUrl: async (target) => `https://www.slbdiensten.nl/test/${target}`,
    // Hiding a notice is the service's job, tested on the real background (new-contract.test.ts).
    dismissNotice: async () => {},
    institutionAction: async () => {},
    // Choosing a deadline is tested on the real background (deadline-choice.test.ts).
    chooseDeadline: async () => {},
  };
  return { service, calls };
}

function setup(initial: YearProgress[] = [], at = DEC_4) {
  const s = fakeStore(initial);
  const f = fakeService(s.store);
  const api = createPagesApi({ store: s.store, service: f.service, now: () => at });
  return { ...s, api, refreshes: () => f.calls.refresh };
}

const seen = (year: number, ...observations: PageObservation[]) => observations.reduce((p, o) => applyObservation(p, o), emptyYearProgress(year));

const T = Date.UTC(2025, 10, 20, 8, 0);
const both = [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: true },
];
/** Het Baken College ordered and waits for approval; ROC Rivierland is approved and done. */
function twoSchools(): YearProgress {
  return seen(
    2026,
    accountPage(T),
    renewalsPage(T + minute, both),
    cartPage(T + 2 * minute, ROC, 'PO-77', [cartLine('Microsoft 365 A3 medewerkers', 2000)]),
    thankYouPage(T + 3 * minute, ROC, '204517'),
    historyPage(T + 4 * minute, [orderRow('204517', ROC, 'approved')]),
    cartPage(T + 5 * minute, BAKEN),
    thankYouPage(T + 6 * minute, BAKEN, '204600'),
    historyPage(T + 7 * minute, [orderRow('204600', BAKEN, 'open'), orderRow('204517', ROC, 'approved')]),
  );
}

const overviewOf = (api: ReturnType<typeof setup>['api']) => api.handle({ type: 'overview' });

describe('overview', () => {
  it('on first use: says so, points at the login page, and tells the registration is open', async () => {
    const { api } = setup();
    const o = await overviewOf(api);
    expect(o.firstRun).toBe(true);
    expect(o.institutions).toEqual([]);
    expect(o.licenceYear).toBe(2026);
    expect(o.deadline).toMatchObject({ daysLeft: 8, confirmed: true, source: 'confirmed' });
    expect(o.accountAction.url).toBe('https://www.slbdiensten.nl/test/login');
    expect(o.notices.map((n) => n.id)).toContain('D03');
  });

  it('lists each institution with its steps, status, next action and its own warnings; the unfinished one first', async () => {
    const { api } = setup([twoSchools()]);
    const o = await overviewOf(api);
    expect(o.firstRun).toBe(false);
    expect(o.institutions.map((i) => [i.name, i.stepsDone, i.orderStatus, i.complete])).toEqual([
      ['Het Baken College', 5, 'open', false],
      ['ROC Rivierland', 7, 'approved', true],
    ]);
    const [baken, roc] = o.institutions;
    expect(baken?.nextUrl).toBe('https://www.slbdiensten.nl/test/open-orders');
    expect(baken?.nextAction.nl).toContain('Openstaande bestellingen');
    // 8 days left: not yet inside the 7-day window for an open order.
    expect(baken?.warnings).toEqual([]);
    expect(roc?.warnings).toEqual([]);
    expect(o.notices).toEqual([]);
  });

  it('puts an open order’s deadline warning on that institution, not on the others or the page', async () => {
    const { api } = setup([twoSchools()], Date.UTC(2025, 11, 11, 8, 0));
    const o = await overviewOf(api);
    const baken = o.institutions.find((i) => i.key === BAKEN.customerNumber);
    expect(baken?.warnings.map((w) => [w.id, w.level])).toEqual([['D01', 'critical']]);
    expect(baken?.warnings[0]?.text.nl).toContain('204600');
    // Its advice is the institution's next action, shown once below it, not twice.
    expect(baken?.nextAction.nl).toContain('Keur de bestelling goed via Openstaande bestellingen.');
    expect(baken?.warnings[0]?.text.nl).not.toContain('Keur de bestelling goed');
    expect(o.institutions.find((i) => i.key === ROC.customerNumber)?.warnings).toEqual([]);
    expect(o.notices.some((n) => n.id === 'D01')).toBe(false);
  });

  it('says when the deadline is only an estimate, and shows the store’s problems', async () => {
    const s = setup([], Date.UTC(2026, 10, 20, 8, 0));
    s.setProblems([{ code: 'no-indexeddb', message: { nl: 'Opslag beperkt.', en: 'Storage limited.' }, at: 0 }]);
    const o = await overviewOf(s.api);
    expect(o.licenceYear).toBe(2027);
    expect(o.deadline).toMatchObject({ confirmed: false, source: 'estimate' });
    expect(o.notices.find((n) => n.id === 'D04')?.text.nl).toContain('niet bevestigd');
    expect(o.notices.find((n) => n.id.startsWith('store-'))).toMatchObject({ level: 'warning', text: { nl: 'Opslag beperkt.' } });
  });

  it('warns on the page when this login is not the 1e contactpersoon', async () => {
    const { api } = setup([seen(2026, { ...accountPage(T, false), institution: BAKEN })]);
    const o = await overviewOf(api);
    expect(o.notices.find((n) => n.id === 'not-primary')?.level).toBe('critical');
  });
});

describe('snooze', () => {
  it('quiets reminders for the asked hours and recomputes the alarms', async () => {
    const s = setup();
    expect(await s.api.handle({ type: 'snooze', hours: 24 })).toEqual({ snoozedUntil: DEC_4 + 24 * 3_600_000 });
    expect(s.settings().snoozedUntil).toBe(DEC_4 + 24 * 3_600_000);
    expect(s.refreshes()).toBe(1);
    expect((await overviewOf(s.api)).snoozedUntil).toBe(DEC_4 + 24 * 3_600_000);
  });
});

describe('settings', () => {
  it('returns the settings with the current year’s campaign dates and where they come from', async () => {
    const { api } = setup();
    expect(await api.handle({ type: 'get-settings' })).toMatchObject({
      settings: { language: 'nl' },
      campaign: { licenceYear: 2026, opens: '2025-11-12', deadline: '2025-12-12', source: 'confirmed', confirmed: true },
    });
  });

  it('stores a valid change, recomputes, and answers with the new campaign', async () => {
    const s = setup([], Date.UTC(2026, 10, 20, 8, 0));
    const answer = await s.api.handle({
      type: 'put-settings',
      settings: { language: 'en', reminders: { leadDays: [3, 10, 3] }, campaignOverrides: { 2027: { deadline: '2026-12-18', opens: '2026-11-16' } } },
    });
    expect(s.settings()).toMatchObject({ language: 'en', reminders: { enabled: true, leadDays: [10, 3], morningHour: 9 } });
    expect(answer).toMatchObject({ campaign: { deadline: '2026-12-18', opens: '2026-11-16', source: 'user', confirmed: true } });
    expect(s.refreshes()).toBe(1);

    await s.api.handle({ type: 'put-settings', settings: { campaignOverrides: { 2027: null } } });
    expect(s.settings().campaignOverrides).toEqual({});
  });

  it('refuses nonsense with reasons in Dutch and English and changes nothing', async () => {
    const s = setup();
    const before = s.settings();
    const answer = await s.api.answer({
      type: 'put-settings',
      settings: { reminders: { leadDays: [7, 61, 1.5], morningHour: 24 }, campaignOverrides: { 2026: { deadline: '2025-02-30' } }, colour: 'red' },
    });
    expect(answer.ok).toBe(false);
    const error = answer.ok ? '' : answer.error;
    expect(error).toContain('0 tot en met 60');
    expect(error).toContain('61, 1.5');
    expect(error).toContain('0 tot en met 23');
    expect(error).toContain('‘2025-02-30’ is geen bestaande datum');
    expect(error).toContain('Onbekende instelling: colour');
    // The same reasons in English, for an options page that speaks English.
    const english = answer.ok ? '' : (answer.reasons ?? []).map((r) => r.en).join('\n');
    expect(english).toContain('0 to 60');
    expect(english).toContain('61, 1.5');
    expect(english).toContain('0 to 23');
    expect(english).toContain('‘2025-02-30’ is not a real date');
    expect(english).toContain('Unknown setting: colour');
    expect(english).not.toContain('Onbekende');
    expect(s.settings()).toEqual(before);
    expect(s.calls.putSettings).toBe(0);
    expect(s.refreshes()).toBe(0);
    await expect(s.api.handle({ type: 'put-settings', settings: { language: 'fr' } })).rejects.toBeInstanceOf(PageRequestError);
  });

  it('refuses a deadline that cannot belong to the licence year, or an opening after the deadline', () => {
    const r1 = mergeSettings(defaultSettings(), { campaignOverrides: { 2026: { deadline: '2026-12-11' } } });
    expect(r1).toEqual({
      ok: false,
      errors: [
        {
          nl: 'Deadline voor licentiejaar 2026: de datum moet tussen 1 september 2025 en 31 januari 2026 liggen.',
          en: 'Deadline for licence year 2026: the date must be between 1 September 2025 and 31 January 2026.',
        },
      ],
    });
    const r2 = mergeSettings(defaultSettings(), { campaignOverrides: { 2026: { deadline: '2025-12-12', opens: '2025-12-15' } } });
    expect(r2.ok).toBe(false);
  });

  it('accepts any set of whole lead days from 0 to 60 and refuses any set with another number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 20 }), (days) => {
        const r = mergeSettings(defaultSettings(), { reminders: { leadDays: days } });
        expect(r.ok && r.settings.reminders.leadDays).toEqual([...new Set(days)].sort((a, b) => b - a));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 10 }),
        fc.oneof(fc.integer({ min: 61 }), fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.string()),
        (days, bad) => {
          expect(mergeSettings(defaultSettings(), { reminders: { leadDays: [...days, bad] } }).ok).toBe(false);
        },
      ),
    );
  });
});

describe('export, import, reset', () => {
  it('exports what the store exports', async () => {
    const { api } = setup([twoSchools()]);
    expect(await api.handle({ type: 'export' })).toMatchObject({ format: 'vinkje-export', progress: [{ licenceYear: 2026 }] });
  });

  it('imports through the store and recomputes only when the file was taken', async () => {
    const s = setup();
    expect(await s.api.handle({ type: 'import', file: { nonsense: true } })).toEqual({ ok: false, errors: [NOT_AN_EXPORT] });
    expect(s.refreshes()).toBe(0);
    expect(await s.api.handle({ type: 'import', file: { format: 'vinkje-export' } })).toEqual({ ok: true, counts: { progress: 1 } });
    expect(s.refreshes()).toBe(1);
  });

  it('resets the store and recomputes', async () => {
    const s = setup([twoSchools()]);
    await s.api.handle({ type: 'reset' });
    expect(s.calls.reset).toBe(1);
    expect(s.refreshes()).toBe(1);
    expect((await overviewOf(s.api)).firstRun).toBe(true);
  });
});

describe('diagnostics', () => {
  it('lists per licence year, newest first, each page kind read with when and what could not be read', async () => {
    const older = seen(2025, { ...accountPage(Date.UTC(2024, 10, 20)), unread: [] });
    const current = seen(2026, accountPage(T), { ...cartPage(T + minute, BAKEN), unread: ['Referentie'] });
    const s = setup([older, current]);
    s.pageDeadlines.set(2026, { date: '2025-12-12', seenAt: T });
    s.setProblems([{ code: 'corrupt-record', message: { nl: '1 record apart gezet.', en: '1 record set aside.' }, at: T }]);
    const d = await s.api.handle({ type: 'diagnostics' });
    expect(d.backend).toBe('indexeddb');
    expect(d.problems.map((p) => p.code)).toEqual(['corrupt-record']);
    expect(d.quarantined).toEqual([{ table: 'progress', key: '2024', reason: 'licenceYear ontbreekt', at: T }]);
    expect(d.pageDeadline).toEqual({ licenceYear: 2026, date: '2025-12-12', seenAt: T });
    expect(d.years.map((y) => y.licenceYear)).toEqual([2026, 2025]);
    expect(d.years[0]?.pages).toEqual([
      { kind: 'account', at: T, url: 'https://www.slbdiensten.nl/account/', unread: [] },
      { kind: 'cart', at: T + minute, url: 'https://www.slbdiensten.nl/winkelwagen/', unread: ['Referentie'] },
    ]);
  });
});

describe('summary', () => {
  it('gives per institution the steps with dates, the order and the final cart quantities', async () => {
    const { api } = setup([twoSchools()]);
    const summary = await api.handle({ type: 'summary' });
    expect(summary.institutions.map((i) => i.name)).toEqual(['Het Baken College', 'ROC Rivierland']);
    const roc = summary.institutions[1];
    expect(roc).toMatchObject({ orderNumber: '204517', orderStatus: 'approved', complete: true, reference: 'PO-77' });
    expect(roc?.cart).toEqual([{ product: 'Microsoft 365 A3 medewerkers', quantity: 2000, quantityText: '2000', prepared: 1996 }]);
    expect(roc?.steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'done']);
    expect(roc?.steps[0]?.at).toBe(T);
    expect(roc?.steps[4]?.at).toBe(T + 3 * minute);
    const baken = summary.institutions[0];
    expect(baken?.steps[5]).toEqual({ step: 6, state: 'todo', manual: false, at: null, what: null });
  });
});
