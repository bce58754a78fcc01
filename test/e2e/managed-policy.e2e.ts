/**
 * Settings an organisation sets by policy, end to end: a real policies.json (3rdparty section), the
 * browser's own storage.managed, Vinkje's background and options page.
 *
 * Firefox only: Chromium reads policies only from machine-wide folders (/etc/chromium/policies) and
 * ignores --policy, so a test cannot give one Chromium run a policy without changing every other.
 */
import { describe, expect, it } from 'vitest';
import { useE2E, browserName } from './setup';
import { waitFor } from './actions';
import { openExtensionPage } from './extension-pages';

const POLICY = {
  '3rdparty': {
    Extensions: {
      'vinkje@vinkje.nl': { language: 'en', reminderHour: 7, openWelcomePage: false, campaignDates: { '2027': { deadline: '2026-12-04' } } },
    },
  },
};

describe.skipIf(browserName !== 'firefox')(`settings from the organisation's policy (${browserName})`, () => {
  const e2e = useE2E({}, { policies: POLICY });

  it('opens no welcome page when the policy says so', () => {
    expect(e2e.browser.openedOnInstall).toEqual([]);
  });

  it('shows the policy’s settings in the options as set by the organisation, and locks them', async () => {
    const page = await openExtensionPage(e2e.browser, 'options.html');
    const shown = await waitFor(
      'managed settings shown',
      () =>
        page.evaluate(() => ({
          lang: document.documentElement.lang,
          notes: [...document.querySelectorAll('[data-testid="vinkje-managed"]')].map((n) => `${n.getAttribute('data-field')}: ${n.textContent}`),
          languageLocked: document.querySelector('input[name="language"]')?.closest('fieldset')?.disabled ?? false,
          hour: (document.querySelector('#vinkje-morning-hour') as HTMLSelectElement | null)?.value,
          hourLocked: (document.querySelector('#vinkje-morning-hour') as HTMLSelectElement | null)?.disabled ?? false,
          deadline: (document.querySelector('#vinkje-deadline-input') as HTMLInputElement | null)?.value,
        })),
      (x) => x.notes.length >= 3,
    );
    expect(shown.lang).toBe('en');
    expect(shown.notes.sort()).toEqual(['campaignDates: Set by your organisation', 'language: Set by your organisation', 'reminderHour: Set by your organisation']);
    expect(shown.languageLocked).toBe(true);
    expect(shown.hour).toBe('7');
    expect(shown.hourLocked).toBe(true);
    expect(shown.deadline).toBe('2026-12-04');
    await page.close();
  });
});
