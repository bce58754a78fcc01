import { describe, expect, it } from 'vitest';
import { buildSidebarView, type SidebarViewInput } from './sidebar-view';
import { applyObservation } from './apply-observation';
import { resolveCampaign } from './campaign';
import { emptyObservation, type PageObservation } from './observation';
import { emptyYearProgress, type YearProgress } from './progress';
import { accountPage, BAKEN, cartLine, cartPage, historyPage, orderRow, renewalsPage, ROC, LYCEUM } from './test-support/observations';

const NOW = Date.UTC(2025, 10, 20, 10); // 20 Nov 2025, inside the 2026 registration
const campaign = resolveCampaign(2026);

function progressAfter(...pages: PageObservation[]): YearProgress {
  return pages.reduce((p, obs) => applyObservation(p, obs), emptyYearProgress(2026));
}

function view(progress: YearProgress, observation: PageObservation | null, extra: Partial<SidebarViewInput> = {}) {
  return buildSidebarView({
    now: NOW,
    progress,
    campaign,
    observation,
    page: observation?.kind ?? 'unknown',
    language: 'nl',
    collapsed: false,
    selectedKey: null,
    storeNotices: [],
    ...extra,
  });
}

const allThree = renewalsPage(NOW - 5000, [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: true },
  { institution: LYCEUM, canClaim: true },
]);

describe('which institution the sidebar is about', () => {
  it('the one the page names', () => {
    const progress = progressAfter(accountPage(NOW - 9000), allThree, cartPage(NOW - 4000, ROC));
    expect(view(progress, cartPage(NOW, ROC)).institution?.name).toBe('ROC Rivierland');
  });

  it('on a page naming none, the one the person chose, else the one worked on last', () => {
    const progress = progressAfter(accountPage(NOW - 9000), allThree, cartPage(NOW - 4000, BAKEN));
    const history = historyPage(NOW, [orderRow('203988', LYCEUM, 'approved')]);
    const withoutName = { ...history, orders: [] };
    expect(view(progress, withoutName).institution?.name).toBe('Het Baken College');
    expect(view(progress, withoutName, { selectedKey: ROC.customerNumber }).institution?.name).toBe('ROC Rivierland');
  });

  it('before any institution is known, still shows the 7 steps with the login ticked', () => {
    const v = view(progressAfter(accountPage(NOW)), accountPage(NOW));
    expect(v.institution).toBeNull();
    expect(v.steps.map((s) => s.state)).toEqual(['done', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });
});

describe('what the sidebar says', () => {
  it('a colleague who is not the 1e contactpersoon gets the explanation once, naming the service desk', () => {
    const v = view(progressAfter(accountPage(NOW, false)), accountPage(NOW, false));
    const texts = [...v.notices.map((n) => n.text.nl), v.nextAction?.nl ?? ''];
    expect(texts.filter((t) => t.includes('servicedesk@slbdiensten.nl'))).toHaveLength(1);
    expect(v.steps[0]?.state).toBe('todo');
  });

  it('warns before a second claim while another cart is unfinished', () => {
    const progress = progressAfter(accountPage(NOW - 9000), allThree, cartPage(NOW - 4000, BAKEN));
    const again = renewalsPage(NOW, [
      { institution: BAKEN, canClaim: false },
      { institution: ROC, canClaim: true },
    ]);
    const v = view(applyObservation(progress, again), again);
    expect(v.notices.find((n) => n.id === 'second-claim')?.text.nl).toContain('Rond eerst Het Baken College af');
  });

  it('shows the store’s problems to the person', () => {
    const problem = { id: 'store-no-indexeddb-0', level: 'warning' as const, text: { nl: 'Vinkje bewaart nu in de extensieopslag.', en: 'x' } };
    const v = view(progressAfter(accountPage(NOW)), accountPage(NOW), { storeNotices: [problem] });
    expect(v.notices).toContainEqual(problem);
  });

  it('a page that is not recognised keeps its reading gaps visible', () => {
    const unknown = { ...emptyObservation('unknown', 'https://www.slbdiensten.nl/iets/', NOW), unread: ['geen titel gevonden'] };
    const v = view(progressAfter(accountPage(NOW)), unknown);
    expect(v.page).toBe('unknown');
    expect(v.unread).toEqual(['geen titel gevonden']);
  });
});

describe('deadline warnings in the sidebar', () => {
  it('an Open order close to the deadline is shown as critical even though its advice is the next action', () => {
    const nearDeadline = Date.UTC(2025, 11, 11, 10); // the day before the 2026 deadline
    const progress = progressAfter(accountPage(nearDeadline - 9000), allThree, historyPage(nearDeadline - 5000, [orderRow('204388', ROC, 'open')]));
    const v = view(progress, historyPage(nearDeadline, [orderRow('204388', ROC, 'open')]), { now: nearDeadline, selectedKey: ROC.customerNumber });
    const d01 = v.notices.find((n) => n.id === 'D01');
    expect(d01?.level).toBe('critical');
    expect(d01?.text.nl).toContain('ROC Rivierland');
  });
});

describe('the cart check in the view', () => {
  const lines = [cartLine('Microsoft 365 A3 medewerkers', 1996), cartLine('Microsoft 365 A5 medewerkers (step-up)', 100)];
  const progress = progressAfter(accountPage(NOW - 9000), allThree, cartPage(NOW - 4000, BAKEN, '', lines));

  it('is there on the cart and the quantity page only', () => {
    expect(view(progress, cartPage(NOW, BAKEN, '', lines)).cartCheck).not.toBeNull();
    expect(view(progress, accountPage(NOW)).cartCheck).toBeNull();
  });

  it('on the quantity page, checks the value being typed before it is submitted', () => {
    const typing = (value: string): PageObservation => ({
      ...emptyObservation('quantity', 'https://www.slbdiensten.nl/winkelwagen/regel/2/wijzigen/', NOW),
      quantityForm: { product: 'Microsoft 365 A5 medewerkers (step-up)', value },
    });
    const tooMany = view(progress, typing('2.500')).cartCheck!;
    expect(tooMany.live).toBe(true);
    expect(tooMany.findings.find((f) => f.rule === 'R01')?.message.nl).toContain('2.500');
    expect(view(progress, typing('1.996')).cartCheck!.findings.some((f) => f.rule === 'R01')).toBe(false);
    expect(view(progress, typing('abc')).cartCheck!.findings.some((f) => f.rule === 'R08')).toBe(true);
  });
});
