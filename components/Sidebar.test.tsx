import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyObservation } from '../lib/core/apply-observation';
import { resolveCampaign } from '../lib/core/campaign';
import type { PageObservation } from '../lib/core/observation';
import { emptyYearProgress, type YearProgress } from '../lib/core/progress';
import { buildSidebarView } from '../lib/core/sidebar-view';
import { accountPage, BAKEN, cartLine, cartPage, LYCEUM, renewalsPage, ROC } from '../lib/core/test-support/observations';
import { mount, type Mounted } from './popup/test-support/dom';
import { Sidebar } from './Sidebar';

const T = Date.UTC(2025, 10, 20, 10);
const three = renewalsPage(T - 9000, [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: true },
  { institution: LYCEUM, canClaim: true },
]);
const ROC_CART = [cartLine('Microsoft 365 A3 medewerkers', 1996), cartLine('Microsoft 365 A5 medewerkers (step-up)', 2010)];

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

function show(pages: PageObservation[], page: PageObservation, language: 'nl' | 'en' = 'nl') {
  const progress: YearProgress = pages.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
  const view = buildSidebarView({
    now: T,
    progress,
    campaign: resolveCampaign(2026),
    observation: page,
    page: page.kind,
    language,
    collapsed: false,
    selectedKey: null,
    storeNotices: [],
  });
  const onAction = vi.fn();
  mounted = mount(<Sidebar view={view} page={page.kind} problem={null} onAction={onAction} />);
  return { m: mounted, onAction };
}

describe('the sidebar on a cart that names no institution', () => {
  it('asks whose cart it is, still shows the check, and a choice is sent back', async () => {
    const page = cartPage(T, null, '', ROC_CART);
    const { m, onAction } = show([accountPage(T - 10000), three, page], page);
    expect(m.one('[data-testid="vinkje-institution"]').textContent).toBe('Deze pagina noemt geen instelling');
    expect(m.root.textContent).toContain('Voor welke instelling is deze winkelwagen?');
    expect(m.one('[data-rule="R01"]').getAttribute('data-severity')).toBe('error');
    const select = m.one('.switcher select');
    expect(select.querySelector('option')?.textContent).toBe('Kies…');
    for (const option of Array.from(select.querySelectorAll('option'))) option.toggleAttribute('selected', option.getAttribute('value') === '100587');
    await m.change(select);
    expect(onAction).toHaveBeenCalledWith({ type: 'select-institution', key: '100587' });
  });

  it('says where the institution came from when context decided it', () => {
    const named = cartPage(T - 5000, ROC, '', ROC_CART);
    const page = cartPage(T, null, '', ROC_CART);
    const { m } = show([accountPage(T - 10000), three, named, page], page);
    expect(m.one('[data-testid="vinkje-institution"]').textContent).toBe('ROC Rivierland');
    expect(m.one('[data-attribution]').textContent).toContain('uit de geclaimde winkelwagen');
  });
});

describe('the cart check says what it could not do', () => {
  it('"no errors" carries a reservation while the base packages are unknown', () => {
    const lines = [cartLine('Microsoft 365 A3 medewerkers', 1996)];
    const page = cartPage(T, ROC, '', lines);
    const { m } = show([accountPage(T - 10000), three, page], page);
    const check = m.one('[data-testid="vinkje-cart-check"]');
    expect(check.getAttribute('data-complete')).toBe('false');
    expect(check.textContent).toContain('Geen fouten gevonden in wat Vinkje kon controleren');
    expect(check.textContent).toContain('Toekomstige licenties');
  });

  it('a cart whose lines could not be read shows a line instead of nothing, in English too', () => {
    const page: PageObservation = { ...cartPage(T, ROC, '', []), unread: ['geen winkelwagenregels gevonden', 'referentieveld niet gevonden'] };
    const { m } = show([accountPage(T - 10000), three], page, 'en');
    expect(m.one('[data-testid="vinkje-cart-check"]').getAttribute('data-status')).toBe('no-lines');
    expect(m.one('[data-testid="vinkje-cart-check"]').textContent).toContain('could not read the lines');
    // What was not read is one short line with a count; the details open on request.
    const unread = m.one('[data-testid="vinkje-unread"]');
    expect(unread.getAttribute('data-count')).toBe('2');
    expect(unread.querySelector('summary')?.textContent).toBe('Vinkje could not read 2 things on this page');
  });
});

describe('a notice the person may hide', () => {
  it('licence year 2027 says the rules follow the 2026 contract, with a button that hides it', async () => {
    const now = Date.parse('2026-12-02T10:00+01:00');
    const page = accountPage(now);
    const view = buildSidebarView({
      now,
      progress: applyObservation(emptyYearProgress(2027), page),
      campaign: resolveCampaign(2027),
      observation: page,
      page: page.kind,
      language: 'nl',
      collapsed: false,
      selectedKey: null,
      storeNotices: [],
    });
    const onAction = vi.fn();
    mounted = mount(<Sidebar view={view} page={page.kind} problem={null} onAction={onAction} />);
    expect(mounted.one('[data-notice="new-contract"]').textContent).toContain('producten en regels van 2026');
    await mounted.click(mounted.one('[data-notice="new-contract"] [data-testid="vinkje-dismiss-notice"]'));
    expect(onAction).toHaveBeenCalledWith({ type: 'dismiss-notice', id: 'new-contract' });
    // Warnings cannot be hidden this way.
    expect(mounted.all('[data-notice]:not([data-notice="new-contract"]) [data-testid="vinkje-dismiss-notice"]')).toEqual([]);
  });
});

describe('before the page has been read', () => {
  it('shows the panel’s frame, busy, under a hook of its own, never the read panel’s hooks', () => {
    mounted = mount(<Sidebar view={null} page="unknown" problem={null} onAction={vi.fn()} pending />);
    const frame = mounted.one('[data-testid="vinkje-panel-pending"]');
    expect(frame.getAttribute('aria-busy')).toBe('true');
    expect(frame.textContent).toContain('Deze pagina wordt gelezen…');
    expect(mounted.all('[data-testid="vinkje-panel"], [data-page], [data-step]')).toHaveLength(0);
  });

  it('shows nothing when not asked to (a narrow window starts as the tab once the view is there)', () => {
    mounted = mount(<Sidebar view={null} page="unknown" problem={null} onAction={vi.fn()} />);
    expect(mounted.root.textContent).toBe('');
  });

  it('gives way to the read panel once the view has come', () => {
    const { m } = show([accountPage(T)], accountPage(T));
    expect(m.all('[data-testid="vinkje-panel-pending"]')).toHaveLength(0);
    expect(m.one('[data-testid="vinkje-panel"]').getAttribute('data-page')).toBe('account');
  });
});
