import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { applyObservation } from '../lib/core/apply-observation';
import { resolveCampaign } from '../lib/core/campaign';
import type { PageObservation } from '../lib/core/observation';
import { emptyYearProgress, type YearProgress } from '../lib/core/progress';
import { buildSidebarView } from '../lib/core/sidebar-view';
import type { SidebarView } from '../lib/core/view';
import { accountPage, BAKEN, cartLine, cartPage, LYCEUM, renewalsPage, ROC } from '../lib/core/test-support/observations';
import { mount, type Mounted } from './popup/test-support/dom';
import { Sidebar } from './Sidebar';
import { renderSidebarHtml } from './sidebar-html';

const T = Date.UTC(2025, 10, 20, 10);
const three = renewalsPage(T - 9000, [
  { institution: BAKEN, canClaim: true },
  { institution: ROC, canClaim: true },
  { institution: LYCEUM, canClaim: true },
]);
// Too few base packages for the A3 licenses: the check has an error to show.
const SHORT_CART = [cartLine('Microsoft 365 A3 medewerkers', 1996), cartLine('Microsoft 365 A5 medewerkers (step-up)', 2010)];

function viewOf(pages: PageObservation[], page: PageObservation, language: 'nl' | 'en' = 'nl'): SidebarView {
  const progress: YearProgress = pages.reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
  return buildSidebarView({ now: T, progress, campaign: resolveCampaign(2026), observation: page, page: page.kind, language, collapsed: false, selectedKey: null, storeNotices: [] });
}

/** What a person and the test hooks see of a drawn panel: each element's tag, hooks and state, and the text. */
function seen(root: Element) {
  const elements = Array.from(root.querySelectorAll('*')).map((el) =>
    [el.tagName.toLowerCase(), ...Array.from(el.attributes).filter((a) => /^(data-|aria-|class$|role$|lang$|type$)/.test(a.name)).map((a) => `${a.name}=${a.value}`).sort()].join(' '),
  );
  return { elements, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

function drawn(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="c">${html}</div></body></html>`);
  return document.getElementById('c') as unknown as Element;
}

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

describe('the sidebar the background draws for the shop’s page', () => {
  const unnamed = cartPage(T, null, '', SHORT_CART);
  const cases: Array<[string, SidebarView]> = [
    ['a cart with a shortage that names no institution', viewOf([accountPage(T - 10000), three, unnamed], unnamed)],
    ['the same cart in English', viewOf([accountPage(T - 10000), three, unnamed], unnamed, 'en')],
    ['the licenses page', viewOf([accountPage(T - 10000), three], three)],
  ];

  it.each(cases)('is what the interactive sidebar draws: %s', (_, view) => {
    const html = renderSidebarHtml(view);
    mounted = mount(<Sidebar view={view} page={view.page} problem={null} onAction={() => undefined} pageReport={{ build: async () => '', copy: async () => true, save: () => undefined }} />);
    expect(seen(drawn(html.open))).toEqual(seen(mounted.root));
  });

  it('carries the cart check’s finding and every step, with their hooks', () => {
    const view = cases[0]![1];
    const panel = drawn(renderSidebarHtml(view).open);
    expect(panel.querySelector('[data-testid="vinkje-panel"]')?.getAttribute('data-page')).toBe('cart');
    expect(panel.querySelector('[data-rule="R01"]')?.getAttribute('data-severity')).toBe('error');
    expect(panel.querySelectorAll('[data-step]').length).toBe(7);
    expect(panel.textContent).toContain('Voor welke instelling is deze winkelwagen?');
  });

  it('draws the tab for a collapsed panel, with the steps done', () => {
    const tab = drawn(renderSidebarHtml(cases[2]![1]).collapsed);
    expect(tab.querySelector('[data-testid="vinkje-panel"]')?.getAttribute('data-collapsed')).toBe('true');
    expect(tab.querySelector('button')?.textContent).toMatch(/Vinkje \d\/7/);
  });

  it('keeps what the shop’s page said as text, never as markup', () => {
    const view = cases[2]![1];
    const hostile = { ...view, institution: view.institution && { ...view.institution, name: '<img src=x onerror=alert(1)>Baken' } };
    const panel = drawn(renderSidebarHtml(hostile as SidebarView).open);
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('[data-testid="vinkje-institution"]')?.textContent).toBe('<img src=x onerror=alert(1)>Baken');
  });
});
