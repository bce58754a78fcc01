import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveCampaign } from '../../lib/core/campaign';
import type { Overview, PopupInstitution } from '../../lib/messages';
import { Popup, type PopupProps } from './Popup';
import { SHOP_LOGIN_URL } from './popup-strings';
import { buttonsNamed, mount, type Mounted } from './test-support/dom';

const campaign = resolveCampaign(2026);

function school(over: Partial<PopupInstitution>): PopupInstitution {
  return {
    key: '100231',
    name: 'Het Baken College',
    customerNumber: '100231',
    stepsDone: 4,
    currentStep: 5,
    complete: false,
    orderNumber: null,
    orderStatus: null,
    nextAction: { nl: 'Klik op ‘Plaats bestelling’.', en: 'Click ‘Plaats bestelling’.' },
    nextUrl: 'https://www.slbdiensten.nl/winkelwagen/',
    warnings: [],
    takingPart: true,
    ...over,
  };
}

function overview(over: Partial<Overview> = {}): Overview {
  return {
    language: 'nl',
    licenceYear: 2026,
    deadline: { at: campaign.deadlineAt, daysLeft: 8, confirmed: true, source: 'confirmed', conflict: null },
    firstRun: false,
    snoozedUntil: null,
    remindersEnabled: true,
    notices: [],
    accountAction: { text: { nl: 'Log in op slbdiensten.nl.', en: 'Log in at slbdiensten.nl.' }, url: 'https://www.slbdiensten.nl/login/' },
    institutions: [],
    ...over,
  };
}

let m: Mounted | null = null;
afterEach(() => m?.unmount());

function show(props: Partial<PopupProps>) {
  const calls = { open: vi.fn(), snooze: vi.fn(), options: vi.fn(), retry: vi.fn(), dismiss: vi.fn(), chooseDeadline: vi.fn() };
  m = mount(
    <Popup
      overview={null}
      unavailable={false}
      onOpen={calls.open}
      onSnooze={calls.snooze}
      onDismissNotice={calls.dismiss}
      onChooseDeadline={calls.chooseDeadline}
      onOpenOptions={calls.options}
      onRetry={calls.retry}
      {...props}
    />,
  );
  return { m, calls };
}

describe('Popup', () => {
  it('on first use explains Vinkje in plain Dutch and opens the SLBdiensten login', async () => {
    const { m, calls } = show({ overview: overview({ firstRun: true }) });
    expect(m.one('[data-testid="vinkje-popup"]').textContent).toContain('1e contactpersoon');
    const [open] = buttonsNamed(m, 'Naar SLBdiensten');
    await m.click(open as HTMLElement);
    expect(calls.open).toHaveBeenCalledWith(SHOP_LOGIN_URL);
    expect(SHOP_LOGIN_URL).toBe('https://www.slbdiensten.nl/login/?redirect=%2Faccount%2F');
  });

  it('shows each school with its progress, order status and a button for the next step', async () => {
    const { m, calls } = show({
      overview: overview({
        institutions: [
          school({ stepsDone: 5, orderNumber: '204600', orderStatus: 'open', nextUrl: 'https://www.slbdiensten.nl/account/openstaand/' }),
          school({ key: '100587', name: 'ROC Rivierland', customerNumber: '100587', stepsDone: 7, complete: true, orderStatus: 'approved' }),
        ],
      }),
    });
    const rows = m.all('[data-testid="vinkje-popup-institution"]');
    expect(rows.map((r) => [r.getAttribute('data-key'), r.getAttribute('data-steps-done')])).toEqual([
      ['100231', '5'],
      ['100587', '7'],
    ]);
    const bar = rows[0]?.querySelector('[role="progressbar"]');
    expect([bar?.getAttribute('aria-valuenow'), bar?.getAttribute('aria-valuemax'), bar?.getAttribute('aria-label')]).toEqual([
      '5',
      '7',
      'Voortgang Het Baken College',
    ]);
    expect(rows[0]?.textContent).toContain('5 van 7');
    expect(rows[0]?.textContent).toContain('Bestelling 204600: Open');
    expect(rows[1]?.textContent).toContain('Goedgekeurd');

    const goOn = rows[0]?.querySelector('button') as HTMLElement;
    expect(goOn.textContent).toBe('Verder in SLBdiensten voor Het Baken College');
    await m.click(goOn);
    expect(calls.open).toHaveBeenCalledWith('https://www.slbdiensten.nl/account/openstaand/');
  });

  it('shows the deadline with its days left, and says when it is not confirmed', () => {
    const { m } = show({ overview: overview({ deadline: { at: campaign.deadlineAt, daysLeft: 3, confirmed: false, source: 'estimate', conflict: null } }) });
    const deadline = m.one('[data-testid="vinkje-deadline"]');
    expect(deadline.getAttribute('data-days-left')).toBe('3');
    expect(deadline.textContent).toBe('Nog 3 dagen tot de deadline: vrijdag 12 december 2025 (geschat, niet bevestigd)');
  });

  it('shows the shop’s date beside the person’s own and passes on the answer', async () => {
    const conflict = {
      pageDate: '2025-12-11',
      pageDateText: { nl: 'donderdag 11 december 2025', en: 'Thursday 11 December 2025' },
      userDateText: { nl: 'vrijdag 12 december 2025', en: 'Friday 12 December 2025' },
    };
    const { m, calls } = show({ overview: overview({ deadline: { at: campaign.deadlineAt, daysLeft: 3, confirmed: true, source: 'page', conflict } }) });
    const box = m.one('[data-testid="vinkje-deadline-conflict"]');
    expect(box.textContent).toContain('De shop noemt donderdag 11 december 2025 als deadline, maar jij vulde vrijdag 12 december 2025 in.');
    await m.click(m.one('[data-testid="vinkje-deadline-keep-user"]'));
    expect(calls.chooseDeadline).toHaveBeenCalledWith('2025-12-11', 'user');
  });

  it('says where a confirmed deadline comes from', () => {
    const { m } = show({ overview: overview({ deadline: { at: campaign.deadlineAt, daysLeft: 3, confirmed: true, source: 'page', conflict: null } }) });
    expect(m.one('[data-testid="vinkje-deadline"]').textContent).toBe('Nog 3 dagen tot de deadline: vrijdag 12 december 2025 (van de SLBdiensten-pagina)');
  });

  it('lists warnings most urgent first, with the level in words', () => {
    const { m } = show({
      overview: overview({
        notices: [
          { id: 'D04', level: 'info', text: { nl: 'Datum geschat.', en: 'Date estimated.' } },
          { id: 'not-primary', level: 'critical', text: { nl: 'Niet de 1e contactpersoon.', en: 'Not the primary contact.' } },
        ],
        institutions: [school({ warnings: [{ id: 'D01', level: 'warning', text: { nl: 'Nog niet goedgekeurd.', en: 'Not approved.' } }] })],
      }),
    });
    expect(m.all('[data-notice]').map((n) => [n.getAttribute('data-notice'), n.textContent])).toEqual([
      ['not-primary', 'Dringend: Niet de 1e contactpersoon.'],
      ['D04', 'Ter info: Datum geschat.'],
      ['D01', 'Let op: Nog niet goedgekeurd.'],
    ]);
  });

  it('an informational notice that may be hidden has a button for it; a warning has none', async () => {
    const { m, calls } = show({
      overview: overview({
        notices: [
          { id: 'new-contract', level: 'info', dismissible: true, text: { nl: 'Nieuw contract.', en: 'New contract.' } },
          { id: 'D04', level: 'info', text: { nl: 'Datum geschat.', en: 'Date estimated.' } },
        ],
      }),
    });
    expect(m.all('[data-testid="vinkje-dismiss-notice"]')).toHaveLength(1);
    await m.click(m.one('[data-notice="new-contract"] [data-testid="vinkje-dismiss-notice"]'));
    expect(calls.dismiss).toHaveBeenCalledWith('new-contract');
  });

  it('snoozes reminders for a day and opens the settings', async () => {
    const { m, calls } = show({ overview: overview({ institutions: [school({})] }) });
    await m.click(buttonsNamed(m, 'Herinneringen 1 dag uitstellen')[0] as HTMLElement);
    expect(calls.snooze).toHaveBeenCalledTimes(1);
    await m.click(buttonsNamed(m, 'Instellingen')[0] as HTMLElement);
    expect(calls.options).toHaveBeenCalledTimes(1);
  });

  it('speaks English when the setting says so', () => {
    const { m } = show({ overview: overview({ language: 'en', institutions: [school({ orderStatus: 'completed' })] }) });
    expect(m.one('[data-testid="vinkje-popup"]').getAttribute('lang')).toBe('en');
    expect(m.one('[data-testid="vinkje-popup-institution"]').textContent).toContain('4 of 7');
    expect(m.one('[data-testid="vinkje-popup-institution"]').textContent).toContain('Completed (Afgehandeld)');
    expect(buttonsNamed(m, 'Snooze reminders for 1 day')).toHaveLength(1);
  });

  it('says when the background cannot be reached, with a way to try again', async () => {
    const { m, calls } = show({ unavailable: true });
    expect(m.one('[role="alert"]').textContent).toContain('kan je voortgang nu niet ophalen');
    await m.click(buttonsNamed(m, 'Opnieuw proberen')[0] as HTMLElement);
    expect(calls.retry).toHaveBeenCalledTimes(1);
  });
});

describe('a school that does not take part, or is removed', () => {
  it('is marked "doet dit jaar niet mee" and can be undone', async () => {
    const choice = vi.fn();
    m = mount(
      <Popup
        overview={overview({ institutions: [school({}), school({ key: '100587', name: 'ROC Rivierland', customerNumber: '100587', takingPart: false })] })}
        unavailable={false}
        onOpen={vi.fn()}
        onSnooze={vi.fn()}
        onOpenOptions={vi.fn()}
        onRetry={vi.fn()}
        onInstitutionChoice={choice}
      />,
    );
    const [baken, roc] = m.all('[data-testid="vinkje-popup-institution"]');
    expect(roc?.getAttribute('data-taking-part')).toBe('false');
    expect(roc?.textContent).toContain('Doet dit jaar niet mee: Vinkje herinnert je niet aan deze instelling.');
    await m.click(baken?.querySelector('[data-testid="vinkje-not-taking-part"]') as HTMLElement);
    expect(choice).toHaveBeenLastCalledWith({ type: 'set-taking-part', key: '100231', takingPart: false });
    await m.click(roc?.querySelector('[data-testid="vinkje-taking-part"]') as HTMLElement);
    expect(choice).toHaveBeenLastCalledWith({ type: 'set-taking-part', key: '100587', takingPart: true });
  });

  it('is removed only after a confirmation, which can be cancelled', async () => {
    const choice = vi.fn();
    m = mount(
      <Popup overview={overview({ institutions: [school({})] })} unavailable={false} onOpen={vi.fn()} onSnooze={vi.fn()} onOpenOptions={vi.fn()} onRetry={vi.fn()} onInstitutionChoice={choice} />,
    );
    await m.click(m.one('[data-testid="vinkje-remove"]'));
    expect(choice).not.toHaveBeenCalled();
    expect(m.root.textContent).toContain('Het Baken College en de voortgang van dit licentiejaar uit Vinkje verwijderen?');
    await m.click(buttonsNamed(m, 'Annuleren')[0] as HTMLElement);
    expect(m.all('[data-testid="vinkje-remove-confirm"]')).toEqual([]);
    await m.click(m.one('[data-testid="vinkje-remove"]'));
    await m.click(m.one('[data-testid="vinkje-remove-confirm"]'));
    expect(choice).toHaveBeenCalledWith({ type: 'forget-institution', key: '100231' });
  });
});
