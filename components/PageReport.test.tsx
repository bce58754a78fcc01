import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyObservation } from '../lib/core/apply-observation';
import { resolveCampaign } from '../lib/core/campaign';
import { emptyObservation, type PageObservation } from '../lib/core/observation';
import { emptyYearProgress } from '../lib/core/progress';
import { buildSidebarView } from '../lib/core/sidebar-view';
import { accountPage, cartPage, ROC } from '../lib/core/test-support/observations';
import { buttonsNamed, mount, type Mounted } from './popup/test-support/dom';
import { Sidebar } from './Sidebar';
import type { PageReportActions } from './PageReport';

const T = Date.UTC(2025, 10, 20, 10);
let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

function show(page: PageObservation, language: 'nl' | 'en' = 'nl', copyWorks = true, buildWorks = true) {
  const progress = [accountPage(T - 10000)].reduce((p, o) => applyObservation(p, o), emptyYearProgress(2026));
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
  const actions: PageReportActions = {
    build: vi.fn(() => (buildWorks ? Promise.resolve('Vinkje – paginarapport\nh1 "Pagina niet gevonden"') : Promise.reject(new Error('not loaded')))),
    copy: vi.fn(() => Promise.resolve(copyWorks)),
    save: vi.fn(),
  };
  mounted = mount(<Sidebar view={view} page={page.kind} problem={null} onAction={vi.fn()} pageReport={actions} />);
  return { m: mounted, actions };
}

describe('"Pagina melden" in the sidebar', () => {
  it('is offered on a page Vinkje does not recognise, and shows the whole report before copy or save', async () => {
    const { m, actions } = show(emptyObservation('unknown', 'https://www.slbdiensten.nl/x/', T));
    expect(actions.build).not.toHaveBeenCalled();
    await m.click(buttonsNamed(m, 'Pagina melden')[0]!);
    await m.settle();
    const text = m.one('[data-testid="vinkje-report-text"]') as HTMLTextAreaElement;
    expect(text.value).toContain('h1 "Pagina niet gevonden"');
    expect(m.one('[data-testid="vinkje-report"]').textContent).toContain('Vinkje verstuurt niets');
    await m.click(buttonsNamed(m, 'Kopiëren')[0]!);
    await m.settle();
    expect(actions.copy).toHaveBeenCalledWith(text.value);
    expect(m.one('.report__status').textContent).toBe('Gekopieerd.');
    await m.click(buttonsNamed(m, 'Opslaan als bestand')[0]!);
    expect(actions.save).toHaveBeenCalledWith(text.value);
  });

  it('is offered on a page read only in part, in English too, and says when copying failed', async () => {
    const page: PageObservation = { ...cartPage(T, ROC, '', []), unread: ['geen winkelwagenregels gevonden'] };
    const { m } = show(page, 'en', false);
    await m.click(buttonsNamed(m, 'Report this page')[0]!);
    await m.settle();
    await m.click(buttonsNamed(m, 'Copy')[0]!);
    await m.settle();
    expect(m.one('.report__status').textContent).toContain('select the text and copy it yourself');
  });

  it('says so when the report could not be made (its code did not load), and can be asked again', async () => {
    const { m, actions } = show(emptyObservation('unknown', 'https://www.slbdiensten.nl/x/', T), 'nl', true, false);
    await m.click(buttonsNamed(m, 'Pagina melden')[0]!);
    await m.settle();
    expect(m.root.textContent).toContain('Vinkje kon het rapport niet maken');
    expect(m.all('[data-testid="vinkje-report"]')).toEqual([]);
    await m.click(buttonsNamed(m, 'Pagina melden')[0]!);
    expect(actions.build).toHaveBeenCalledTimes(2);
  });

  it('is not offered on a page read completely', () => {
    const { m } = show(cartPage(T, ROC));
    expect(buttonsNamed(m, 'Pagina melden')).toEqual([]);
  });
});
