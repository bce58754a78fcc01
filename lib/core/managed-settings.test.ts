import { describe, expect, it } from 'vitest';
import { applyManaged, keepUserValues, managedFields, parseManagedSettings } from './managed-settings';

const user = {
  language: 'nl' as const,
  sidebarCollapsed: true,
  reminders: { enabled: true, leadDays: [14, 7, 3, 1], morningHour: 9 },
  campaignOverrides: { '2026': { deadline: '2025-12-12' } },
};

describe('a policy as IT writes it', () => {
  it('reads every key of the schema', () => {
    const { managed, problems } = parseManagedSettings({
      campaignDates: { '2027': { opens: '2026-11-09', deadline: '2026-12-04' } },
      language: 'en',
      reminderLeadDays: [3, 10, 3],
      reminderHour: 8,
      notificationsEnabled: false,
      openWelcomePage: false,
    });
    expect(problems).toEqual([]);
    expect(managed).toEqual({
      campaignDates: { '2027': { opens: '2026-11-09', deadline: '2026-12-04' } },
      language: 'en',
      reminderLeadDays: [10, 3],
      reminderHour: 8,
      notificationsEnabled: false,
      openWelcomePage: false,
    });
    expect(managedFields(managed).sort()).toEqual(['campaignDates', 'language', 'notificationsEnabled', 'openWelcomePage', 'reminderHour', 'reminderLeadDays']);
  });

  it('leaves out a value that does not fit, says which, and keeps the rest', () => {
    const { managed, problems } = parseManagedSettings({
      language: 'de',
      reminderHour: 25,
      reminderLeadDays: [7, -1],
      notificationsEnabled: 'no',
      campaignDates: { '2027': { deadline: '2026-02-30' }, '2028': { deadline: '2027-12-10' } },
      colour: 'green',
    });
    expect(managed).toEqual({ campaignDates: { '2028': { deadline: '2027-12-10' } } });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['language', 'reminderHour', 'reminderLeadDays', 'notificationsEnabled', 'campaignDates.2027', 'colour']);
  });

  it('is no policy at all when the area is empty or not an object', () => {
    expect(parseManagedSettings({}).managed).toEqual({});
    expect(parseManagedSettings(null).managed).toEqual({});
  });
});

describe('managed values over the user’s own', () => {
  const managed = parseManagedSettings({ language: 'en', reminderHour: 7, campaignDates: { '2027': { deadline: '2026-12-04' } } }).managed;

  it('win where set, and leave everything else as the user has it', () => {
    expect(applyManaged(user, managed)).toEqual({
      language: 'en',
      sidebarCollapsed: true,
      reminders: { enabled: true, leadDays: [14, 7, 3, 1], morningHour: 7 },
      campaignOverrides: { '2026': { deadline: '2025-12-12' }, '2027': { deadline: '2026-12-04' } },
    });
  });

  it('are never stored as the user’s choice when the applied settings are saved again', () => {
    const applied = applyManaged(user, managed);
    const saved = keepUserValues({ ...applied, sidebarCollapsed: false }, user, managed);
    expect(saved).toEqual({ ...user, sidebarCollapsed: false });
  });
});
