/** Settings the organisation fixed by policy show as such in the options, and cannot be changed there. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SettingsAnswer } from '../../lib/messages';
import { managedInfo, parseManagedSettings } from '../../lib/core/managed-settings';
import { mount, type Mounted } from '../popup/test-support/dom';
import { Options } from './Options';

function settingsAnswer(language: 'nl' | 'en'): SettingsAnswer {
  return {
    settings: {
      language,
      sidebarCollapsed: false,
      selectedInstitution: {},
      reminders: { enabled: false, leadDays: [10, 2], morningHour: 8 },
      campaignOverrides: { '2027': { deadline: '2026-12-04' } },
      snoozedUntil: null,
    },
    campaign: { licenceYear: 2027, opens: '2026-11-11', deadline: '2026-12-04', source: 'user', confirmed: true },
  };
}

let m: Mounted | null = null;
afterEach(() => m?.unmount());

function show(policy: Record<string, unknown>, language: 'nl' | 'en' = 'nl') {
  const save = vi.fn(async () => ({ ok: true as const }));
  m = mount(
    <Options
      settings={settingsAnswer(language)}
      summary={null}
      diagnostics={null}
      unavailable={false}
      onSave={save}
      onExport={async () => ({ ok: true as const, fileName: 'x.json' })}
      onPreviewImport={async () => ({ ok: false as const, errors: [] })}
      onImport={async () => ({ ok: true as const, counts: { progress: 0, pageDeadlines: 0, notified: 0 } })}
      onReset={async () => ({ ok: true as const })}
      onPrint={() => {}}
      onRetry={() => {}}
      managed={managedInfo(parseManagedSettings(policy).managed)}
    />,
  );
  return { m, save };
}

const notes = (m: Mounted) => m.all('[data-testid="vinkje-managed"]');
const disabled = (el: Element | null | undefined) => el?.hasAttribute('disabled') ?? false;

describe('Options with settings set by the organisation', () => {
  it('says "Ingesteld door uw organisatie" at every fixed setting and locks its control', () => {
    const { m } = show({
      language: 'en',
      notificationsEnabled: false,
      reminderLeadDays: [10, 2],
      reminderHour: 8,
      campaignDates: { '2027': { deadline: '2026-12-04' } },
    });
    expect(notes(m).map((n) => n.getAttribute('data-field')).sort()).toEqual([
      'campaignDates',
      'language',
      'notificationsEnabled',
      'reminderHour',
      'reminderLeadDays',
    ]);
    expect(notes(m).every((n) => n.textContent === 'Ingesteld door uw organisatie')).toBe(true);
    expect(disabled(m.one('input[name="language"][value="nl"]').closest('fieldset'))).toBe(true);
    expect(disabled(m.one('input[type="checkbox"]'))).toBe(true);
    expect(disabled(m.one('#vinkje-lead-days'))).toBe(true);
    expect(disabled(m.one('#vinkje-morning-hour'))).toBe(true);
    expect(disabled(m.one('#vinkje-deadline-input').closest('fieldset'))).toBe(true);
    // Nothing is left to save in the reminders.
    expect(disabled(m.one('#vinkje-reminders').closest('section')?.querySelector('button[type="submit"]'))).toBe(true);
  });

  it('says it in English on an English page', () => {
    const { m } = show({ language: 'en' }, 'en');
    expect(notes(m).map((n) => n.textContent)).toEqual(['Set by your organisation']);
  });

  it('leaves what the policy does not set as the user’s to change', () => {
    const { m } = show({ reminderHour: 8 });
    expect(notes(m).map((n) => n.getAttribute('data-field'))).toEqual(['reminderHour']);
    expect(disabled(m.one('input[name="language"][value="nl"]').closest('fieldset'))).toBe(false);
    expect(disabled(m.one('#vinkje-deadline-input').closest('fieldset'))).toBe(false);
    expect(disabled(m.one('#vinkje-morning-hour'))).toBe(true);
  });

  it('shows no note without a policy', () => {
    const { m } = show({});
    expect(notes(m)).toEqual([]);
  });
});
