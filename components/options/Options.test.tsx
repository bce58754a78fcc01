import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveCampaign } from '../../lib/core/campaign';
import type { Diagnostics, ImportPreviewResult, PrintSummary, SettingsAnswer } from '../../lib/messages';
import { buttonsNamed, mount, type Mounted } from '../popup/test-support/dom';
import { Options, type OptionsProps } from './Options';

const campaign = resolveCampaign(2027);
const T = Date.UTC(2026, 10, 20, 8, 0);

/** The settings of someone who chose English. */
function inEnglish(): SettingsAnswer {
  return { ...settingsAnswer(), settings: { ...settingsAnswer().settings, language: 'en' } };
}

function settingsAnswer(over: Partial<SettingsAnswer['campaign']> = {}): SettingsAnswer {
  return {
    settings: {
      language: 'nl',
      sidebarCollapsed: false,
      selectedInstitution: {},
      reminders: { enabled: true, leadDays: [14, 7, 3, 1], morningHour: 9 },
      campaignOverrides: {},
      snoozedUntil: null,
    },
    campaign: { licenceYear: 2027, opens: '2026-11-11', deadline: '2026-12-11', source: 'estimate', confirmed: false, ...over },
  };
}

const summary: PrintSummary = {
  licenceYear: 2027,
  generatedAt: T,
  deadline: { at: campaign.deadlineAt, daysLeft: 21, confirmed: false, source: 'estimate', conflict: null },
  institutions: [
    {
      key: '100231',
      name: 'Het Baken College',
      customerNumber: '100231',
      complete: false,
      stepsDone: 3,
      steps: [1, 2, 3, 4, 5, 6, 7].map((step) => ({
        step: step as 1,
        state: step <= 3 ? ('done' as const) : ('todo' as const),
        manual: step === 3,
        at: step <= 3 ? T : null,
        what: step <= 2 ? 'Winkelwagen geclaimd' : null,
      })),
      orderNumber: null,
      orderStatus: null,
      placedAt: null,
      reference: null,
      cartSeenAt: T,
      cart: [{ product: 'Microsoft 365 A3 medewerkers', quantity: 2000, quantityText: '2.000', prepared: 1996 }],
    },
  ],
};

const diagnostics: Diagnostics = {
  backend: 'storage-local',
  problems: [{ code: 'no-indexeddb', message: { nl: 'Geen database.', en: 'No database.' }, at: T }],
  quarantined: [],
  pageDeadline: null,
  years: [{ licenceYear: 2027, pages: [{ kind: 'cart', at: T, url: 'https://www.slbdiensten.nl/winkelwagen/', unread: ['Referentie'] }] }],
};

let m: Mounted | null = null;
afterEach(() => m?.unmount());

function show(over: Partial<OptionsProps> = {}) {
  const calls = {
    save: vi.fn(async (_patch: Record<string, unknown>) => ({ ok: true as const })),
    exportAll: vi.fn(async () => ({ ok: true as const, fileName: 'vinkje-export-2026-11-20.json' })),
    importFile: vi.fn(async (_file: unknown) => ({ ok: true as const, counts: { progress: 2, pageDeadlines: 1, notified: 0 } })),
    previewImport: vi.fn(async (_file: unknown): Promise<ImportPreviewResult> => ({
      ok: true,
      preview: {
        exportedAt: '2026-11-18T10:00:00.000Z',
        replaces: [
          { licenceYear: 2027, institutions: ['Het Baken College', 'ROC Rivierland'] },
          { licenceYear: 2026, institutions: [] },
        ],
        brings: [{ licenceYear: 2027, institutions: ['Het Baken College'] }],
      },
    })),
    reset: vi.fn(async () => ({ ok: true as const })),
    print: vi.fn(),
  };
  m = mount(
    <Options
      settings={settingsAnswer()}
      summary={summary}
      diagnostics={diagnostics}
      unavailable={false}
      onSave={calls.save}
      onExport={calls.exportAll}
      onPreviewImport={calls.previewImport}
      onImport={calls.importFile}
      onReset={calls.reset}
      onPrint={calls.print}
      onRetry={() => {}}
      {...over}
    />,
  );
  return { m, calls };
}

/** A chosen file as the file input offers it. */
async function choose(m: Mounted, name: string, text: string) {
  const input = m.one('[data-testid="vinkje-import"]');
  Object.defineProperty(input, 'files', { configurable: true, value: [{ name, size: text.length, text: async () => text }] });
  input.dispatchEvent(new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event('change', { bubbles: true }));
  await m.settle();
}

describe('Options: import', () => {
  it('refuses a file that is not JSON with a precise Dutch reason, without sending it', async () => {
    const { m, calls } = show();
    await choose(m, 'kapot.json', '{ "format": "vinkje-export", }');
    const result = m.one('[data-testid="vinkje-import-result"]');
    expect(result.getAttribute('data-result')).toBe('error');
    expect(result.textContent).toContain('Het bestand is niet geïmporteerd; er is niets veranderd.');
    expect(result.textContent).toMatch(/geen geldig JSON-bestand \(regel 1, teken \d+\)/u);
    expect(calls.importFile).not.toHaveBeenCalled();
  });

  it('shows what the file would replace and asks first; cancelled, nothing is imported', async () => {
    const { m, calls } = show();
    await choose(m, 'goed.json', '{"format":"vinkje-export"}');
    expect(calls.previewImport).toHaveBeenCalledWith({ format: 'vinkje-export' });
    const preview = m.one('[data-testid="vinkje-import-preview"]');
    expect(preview.textContent).toContain('Wil je je gegevens vervangen door dit bestand?');
    expect(m.all('[data-testid="vinkje-import-replaces"] li').map((li) => li.textContent)).toEqual([
      'Licentiejaar 2027: Het Baken College, ROC Rivierland',
      'Licentiejaar 2026: geen instellingen',
    ]);
    expect(m.all('[data-testid="vinkje-import-brings"] li').map((li) => li.textContent)).toEqual(['Licentiejaar 2027: Het Baken College']);
    expect(preview.textContent).toContain('Uit het bestand (gemaakt 18 nov');
    expect(calls.importFile).not.toHaveBeenCalled();

    await m.click(m.one('[data-testid="vinkje-import-cancel"]'));
    expect(m.all('[data-testid="vinkje-import-preview"]')).toHaveLength(0);
    expect(m.one('[data-testid="vinkje-import-result"]').textContent).toBe('Niet geïmporteerd; er is niets veranderd.');
    expect(calls.importFile).not.toHaveBeenCalled();
  });

  it('in English too', async () => {
    const { m } = show({ settings: { ...settingsAnswer(), settings: { ...settingsAnswer().settings, language: 'en' } } });
    await choose(m, 'goed.json', '{"format":"vinkje-export"}');
    const preview = m.one('[data-testid="vinkje-import-preview"]');
    expect(preview.textContent).toContain('Replace your data with this file?');
    expect(m.all('[data-testid="vinkje-import-replaces"] li')[1]?.textContent).toBe('Licence year 2026: no institutions');
    expect(m.one('[data-testid="vinkje-import-confirm"]').textContent).toBe('Yes, replace');
  });

  const opensLate = {
    nl: 'Instellingen: registratiedatums voor licentiejaar 2027: de registratie opent na de deadline.',
    en: 'Settings: registration dates for licence year 2027: the registration opens after the deadline.',
  };

  it('a file the check refuses gets its reasons and no question', async () => {
    const { m, calls } = show();
    calls.previewImport.mockResolvedValueOnce({ ok: false, errors: [opensLate] });
    await choose(m, 'fout.json', '{"format":"vinkje-export"}');
    expect(m.all('[data-testid="vinkje-import-preview"]')).toHaveLength(0);
    expect(m.one('[data-testid="vinkje-import-result"]').getAttribute('data-result')).toBe('error');
    expect(m.all('[data-testid="vinkje-import-result"] li').map((li) => li.textContent)).toEqual([opensLate.nl]);
  });

  it('gives the reasons a file is refused in English when English is chosen', async () => {
    const { m, calls } = show({ settings: inEnglish() });
    calls.previewImport.mockResolvedValueOnce({ ok: false, errors: [opensLate] });
    await choose(m, 'fout.json', '{"format":"vinkje-export"}');
    const result = m.one('[data-testid="vinkje-import-result"]');
    expect(result.querySelector('p')?.textContent).toBe('The file was not imported; nothing was changed. What is wrong:');
    expect(m.all('[data-testid="vinkje-import-result"] li').map((li) => li.textContent)).toEqual([opensLate.en]);
  });

  it('sends a JSON file once confirmed and shows what was imported, or every reason the store refused it', async () => {
    const { m, calls } = show();
    await choose(m, 'goed.json', '{"format":"vinkje-export"}');
    await m.click(m.one('[data-testid="vinkje-import-confirm"]'));
    await m.settle();
    expect(calls.importFile).toHaveBeenCalledWith({ format: 'vinkje-export' });
    expect(m.one('[data-testid="vinkje-import-result"]').textContent).toBe(
      'Geïmporteerd: voortgang van 2 licentiejaren, 1 deadline van de winkelpagina en 0 eerder getoonde meldingen.',
    );

    calls.importFile.mockResolvedValueOnce({
      ok: false,
      errors: [
        { nl: 'Instellingen: taal ontbreekt', en: 'Settings: language is missing' },
        { nl: 'Voortgang licentiejaar 2026: fout', en: 'Progress of licence year 2026: wrong' },
      ],
    } as never);
    await choose(m, 'fout.json', '{"format":"vinkje-export"}');
    await m.click(m.one('[data-testid="vinkje-import-confirm"]'));
    await m.settle();
    const items = m.all('[data-testid="vinkje-import-result"] li').map((li) => li.textContent);
    expect(items).toEqual(['Instellingen: taal ontbreekt', 'Voortgang licentiejaar 2026: fout']);
  });
});

describe('Options: settings', () => {
  it('refuses lead days out of range with a clear message and saves nothing', async () => {
    const { m, calls } = show();
    const field = m.one('#vinkje-lead-days');
    await m.type(field, '14, 99');
    await m.submit(m.one('#vinkje-lead-days').closest('form') as HTMLElement);
    expect(m.one('#vinkje-lead-days-error').textContent).toContain('99 dagen kan niet');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(calls.save).not.toHaveBeenCalled();

    await m.type(field, '10,2');
    await m.submit(field.closest('form') as HTMLElement);
    await m.settle();
    expect(calls.save).toHaveBeenCalledWith({ reminders: { enabled: true, leadDays: [10, 2], morningHour: 9 } });
  });

  it('shows where the campaign dates come from and confirms an estimate as it is', async () => {
    const { m, calls } = show();
    expect(m.one('[data-source]').textContent).toBe('geschat, niet bevestigd');
    const confirm = buttonsNamed(m, 'Datums bevestigen')[0] as HTMLElement;
    await m.submit(confirm.closest('form') as HTMLElement);
    await m.settle();
    expect(calls.save).toHaveBeenCalledWith({ campaignOverrides: { 2027: { deadline: '2026-12-11', opens: '2026-11-11' } } });
  });

  const outsideYear = {
    nl: 'Deadline voor licentiejaar 2027: de datum moet tussen 1 september 2026 en 31 januari 2027 liggen.',
    en: 'Deadline for licence year 2027: the date must be between 1 September 2026 and 31 January 2027.',
  };

  async function refusedDeadline(m: Mounted) {
    const form = m.one('#vinkje-deadline-input').closest('form') as HTMLElement;
    await m.type(m.one('#vinkje-deadline-input'), '2027-03-01');
    await m.submit(form);
    await m.settle();
    return form.parentElement?.textContent ?? '';
  }

  it('shows the background’s reasons when a save is refused', async () => {
    const { m, calls } = show();
    calls.save.mockResolvedValueOnce({ ok: false, errors: [outsideYear] } as never);
    const text = await refusedDeadline(m);
    expect(text).toContain('Niet opgeslagen:');
    expect(text).toContain('tussen 1 september 2026 en 31 januari 2027');
  });

  it('shows the reasons a save is refused in English when English is chosen', async () => {
    const { m, calls } = show({ settings: inEnglish() });
    calls.save.mockResolvedValueOnce({ ok: false, errors: [outsideYear] } as never);
    const text = await refusedDeadline(m);
    expect(text).toContain('between 1 September 2026 and 31 January 2027');
    expect(text).not.toContain('tussen');
  });
});

describe('Options: reset, summary, diagnostics', () => {
  it('wipes only after a second, explicit confirmation in the page', async () => {
    const { m, calls } = show();
    await m.click(buttonsNamed(m, 'Alles wissen…')[0] as HTMLElement);
    expect(calls.reset).not.toHaveBeenCalled();
    expect(m.one('[data-testid="vinkje-reset-confirm"]').textContent).toContain('Weet je het zeker?');
    await m.click(buttonsNamed(m, 'Annuleren')[0] as HTMLElement);
    expect(m.all('[data-testid="vinkje-reset-confirm"]')).toHaveLength(0);
    expect(calls.reset).not.toHaveBeenCalled();

    await m.click(buttonsNamed(m, 'Alles wissen…')[0] as HTMLElement);
    await m.click(buttonsNamed(m, 'Ja, alles wissen')[0] as HTMLElement);
    await m.settle();
    expect(calls.reset).toHaveBeenCalledTimes(1);
    expect(m.root.textContent).toContain('Alles is gewist.');
  });

  it('prints a summary per school with steps, dates and the final quantities', async () => {
    const { m, calls } = show();
    const section = m.one('[data-testid="vinkje-summary"]');
    expect(section.getAttribute('class')).not.toContain('no-print');
    const school = section.querySelector('[data-key="100231"]');
    expect(school?.querySelector('[data-step="3"]')?.textContent).toContain('zelf afgevinkt');
    expect(school?.querySelector('[data-step="5"]')?.getAttribute('data-state')).toBe('todo');
    expect(school?.querySelector('table.cart tbody')?.textContent).toBe('Microsoft 365 A3 medewerkers2.0001.996');
    await m.click(buttonsNamed(m, 'Afdrukken')[0] as HTMLElement);
    expect(calls.print).toHaveBeenCalledTimes(1);
  });

  it('shows the storage backend, its problems and what was read on each page', () => {
    const { m } = show();
    const d = m.one('[data-testid="vinkje-diagnostics"]');
    expect(d.querySelector('[data-backend]')?.textContent).toBe('extensie-opslag (reserve)');
    expect(d.textContent).toContain('Geen database.');
    expect(d.querySelector('[data-page="cart"]')?.textContent).toContain('Referentie');
  });

  const stillUnusable = { nl: 'Het gegeven is nog steeds niet te gebruiken.', en: 'The record still cannot be used.' };

  it('a record set aside can be saved as a file or restored; a refusal says why', async () => {
    const record = { id: 'q1', table: 'progress', key: '2026', reason: 'veld institutions moet een object zijn', at: T };
    const aside = {
      onRestore: vi.fn(async (_id: string) => ({ ok: false as const, errors: [stillUnusable] })),
      onSave: vi.fn(async (_id: string) => ({ ok: true as const, fileName: 'vinkje-apart-progress-2026.json' })),
    };
    const { m } = show({ diagnostics: { ...diagnostics, quarantined: [record] }, aside });
    const item = m.one('[data-aside="q1"]');
    expect(item.textContent).toContain('progress/2026: veld institutions moet een object zijn');
    await m.click(m.one('[data-testid="vinkje-aside-save"]'));
    await m.settle();
    expect(aside.onSave).toHaveBeenCalledWith('q1');
    expect(item.textContent).toContain('Bewaard als vinkje-apart-progress-2026.json');
    await m.click(m.one('[data-testid="vinkje-aside-restore"]'));
    await m.settle();
    expect(aside.onRestore).toHaveBeenCalledWith('q1');
    expect(item.textContent).toContain('Niet teruggezet:');
    expect(item.textContent).toContain('Het gegeven is nog steeds niet te gebruiken.');
  });

  it('says why a record was set aside, and why it was not restored, in English when English is chosen', async () => {
    const record = { id: 'q1', table: 'progress', key: '2026', reason: 'veld institutions moet een object zijn', reasonEn: 'field institutions must be an object', at: T };
    const aside = {
      onRestore: vi.fn(async (_id: string) => ({ ok: false as const, errors: [stillUnusable] })),
      onSave: vi.fn(async (_id: string) => ({ ok: true as const, fileName: 'vinkje-apart-progress-2026.json' })),
    };
    const { m } = show({ settings: inEnglish(), diagnostics: { ...diagnostics, quarantined: [record] }, aside });
    await m.click(m.one('[data-testid="vinkje-aside-restore"]'));
    await m.settle();
    const item = m.one('[data-aside="q1"]');
    expect(item.textContent).toContain('progress/2026: field institutions must be an object');
    expect(item.textContent).toContain('Not restored:The record still cannot be used.');
  });

  it('a problem that happened again and again is one line that says how often', () => {
    const repeated = { code: 'quota' as const, message: { nl: 'De opslag is vol.', en: 'The storage is full.' }, at: T, count: 4 };
    const { m } = show({ diagnostics: { ...diagnostics, problems: [repeated] } });
    const lines = m.all('[data-problem]');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.textContent).toContain('De opslag is vol. (4 keer)');
  });

  it('exports on request and says where the file went', async () => {
    const { m, calls } = show();
    await m.click(m.one('[data-testid="vinkje-export"]'));
    await m.settle();
    expect(calls.exportAll).toHaveBeenCalledTimes(1);
    expect(m.root.textContent).toContain('vinkje-export-2026-11-20.json');
  });
});
