/**
 * Settings set by the organisation's policy (a fake storage.managed), through the real background:
 * they win over the user's own, changing them from a page does not stick, and once the policy is
 * lifted the user's own settings are back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bootBackground } from './background.testutil';
import { readManagedSettings } from './managed-settings';

const NOW = Date.parse('2026-11-20T10:00:00+01:00');

interface SettingsData {
  settings: { language: string; reminders: { enabled: boolean; leadDays: number[]; morningHour: number } };
  campaign: { deadline: string };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('managed settings in the background', () => {
  it('win over the user’s settings and keep the user’s own underneath', async () => {
    const bg = await bootBackground({ at: NOW });
    await bg.fromExtensionPage({ type: 'put-settings', settings: { language: 'nl', reminders: { enabled: true } } });
    await fakeBrowser.storage.managed.set({
      language: 'en',
      notificationsEnabled: false,
      reminderLeadDays: [10, 2],
      reminderHour: 8,
      campaignDates: { '2027': { opens: '2026-11-09', deadline: '2026-12-04' } },
    });

    const answer = await bg.fromExtensionPage({ type: 'get-settings' });
    const data = answer.data as SettingsData;
    expect(data.settings.language).toBe('en');
    expect(data.settings.reminders).toEqual({ enabled: false, leadDays: [10, 2], morningHour: 8 });
    expect(data.campaign.deadline).toContain('2026-12-04');

    // The options page cannot change what the policy fixes, but can change the rest.
    await bg.fromExtensionPage({ type: 'put-settings', settings: { language: 'nl' } });
    expect(((await bg.fromExtensionPage({ type: 'get-settings' })).data as SettingsData).settings.language).toBe('en');

    // Policy lifted: the user's own choices, never the managed ones, are what was kept.
    await fakeBrowser.storage.managed.clear();
    const after = ((await bg.fromExtensionPage({ type: 'get-settings' })).data as SettingsData).settings;
    expect(after.language).toBe('nl');
    expect(after.reminders.enabled).toBe(true);
    expect(after.reminders.morningHour).toBe(9);
  });

  it('switches the deadline notifications off when the policy says so', async () => {
    const deadlineMorning = Date.parse('2026-12-11T09:30:00+01:00');
    const bg = await bootBackground({ at: NOW });
    await fakeBrowser.storage.managed.set({ notificationsEnabled: false, campaignDates: { '2027': { deadline: '2026-12-11' } } });
    await bg.fromExtensionPage({ type: 'get-settings' });
    const shown = await bg.runUntil(deadlineMorning);
    expect(shown.filter((n) => n.id.includes('deadline'))).toEqual([]);
  });
});

describe('reading storage.managed', () => {
  it('treats a browser without a managed area, or one that refuses, as no policy', async () => {
    expect(await readManagedSettings(undefined)).toEqual({ managed: {}, problems: [] });
    const refusing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedSettings(refusing)).toEqual({ managed: {}, problems: [] });
  });
});
