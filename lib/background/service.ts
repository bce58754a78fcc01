/**
 * The background's work, with the browser and the clock passed in so every path can be tested:
 * record what a page showed, apply the person's choices, derive the sidebar's view, and keep the
 * badge, reminders and notifications in step with the stored progress.
 */
import { applyObservation, countsForCampaign } from '../core/apply-observation';
import { applyUserAction, type UserAction } from '../core/user-actions';
import { reattributePage } from '../core/reattribute';
import { activeLicenceYear, resolveCampaign, isPlausibleDeadline, type Campaign } from '../core/campaign';
import { isComplete } from '../core/steps';
import { parseDeadlineText } from '../core/dutch-date';
import { emptyYearProgress, STEP, type YearProgress } from '../core/progress';
import { dismissNotice as withNoticeDismissed } from '../core/contract-years';
import { buildSidebarView } from '../core/sidebar-view';
import type { PageKind, PageObservation } from '../core/observation';
import { supersedes } from '../core/supersedes';
import type { Notice, SidebarView } from '../core/view';
import type { SidebarAction } from '../messages';
import { isoDay, parseIsoDay } from '../core/amsterdam-time';
import { keyAfterRekey } from '../core/ensure-institution';
import type { Settings, Store } from '../store/types';
import { refreshReminders, type ReminderApis } from './reminder-notifications';
import { lastReminderMoment, reminderMissed } from './missed-reminder';
import { shopUrlFor } from '../site/shop-links';
import { createWriteQueue } from './write-queue';

/** What the popup may do to one institution. */
type InstitutionAction = Extract<UserAction, { type: 'set-taking-part' | 'forget-institution' }>;

export interface ServiceDeps {
  store: Store;
  now: () => number;
  alerts: ReminderApis;
  /** Where a failure goes that no caller hears any more (a write after the view was answered). */
  log?: (message: string, detail?: unknown) => void;
}


export function createService(deps: ServiceDeps) {
  const { store, now } = deps;
  // Everything that changes stored state runs through this one queue (see write-queue.ts).
  const writer = createWriteQueue();

  async function loadProgress(year: number): Promise<YearProgress> {
    return (await store.getProgress(year)) ?? emptyYearProgress(year);
  }

  /** The licence year everything is about at `at` (see activeLicenceYear: January keeps an unfinished one). */
  async function activeYear(at = now()): Promise<number> {
    const candidate = activeLicenceYear(at, () => true);
    const progress = await store.getProgress(candidate);
    const unfinished = progress !== null && Object.values(progress.institutions).some((i) => !isComplete(i, progress.account));
    return activeLicenceYear(at, () => unfinished);
  }

  async function campaignFor(year: number, settings: Settings): Promise<Campaign> {
    const page = await store.getPageDeadline(year);
    const user = settings.campaignOverrides[String(year)];
    const pageDate = page ? parseIsoDay(page.date) : null;
    const userDate = user ? parseIsoDay(user.deadline) : null;
    const userOpens = user?.opens ? parseIsoDay(user.opens) : null;
    const choice = (await store.getProgress(year))?.deadlineChoice;
    const choicePage = choice ? parseIsoDay(choice.pageDate) : null;
    const choiceUser = choice ? parseIsoDay(choice.userDate) : null;
    return resolveCampaign(year, {
      pageDeadline: pageDate && page ? { date: pageDate, seenAt: page.seenAt } : null,
      userDeadline: userDate ? { date: userDate, opens: userOpens } : null,
      choice: choice && choicePage && choiceUser ? { pageDate: choicePage, userDate: choiceUser, keep: choice.keep } : null,
    });
  }

  function storeNotices(): Notice[] {
    return store.problems().map((p, i) => ({ id: `store-${p.code}-${i}`, level: 'warning' as const, text: p.message }));
  }

  async function view(year: number, page: PageKind, observation: PageObservation | null): Promise<SidebarView> {
    return viewOf(year, page, observation, await loadProgress(year), await store.getSettings());
  }

  /** The view of progress and settings as given (about to be stored), not as read from the store. */
  async function viewOf(year: number, page: PageKind, observation: PageObservation | null, progress: YearProgress, settings: Settings): Promise<SidebarView> {
    return buildSidebarView({
      now: now(),
      progress,
      campaign: await campaignFor(year, settings),
      observation,
      page,
      language: settings.language,
      collapsed: settings.sidebarCollapsed,
      selectedKey: settings.selectedInstitution[String(year)] ?? null,
      storeNotices: storeNotices(),
      snoozedUntil: settings.snoozedUntil,
    });
  }

  /**
   * Badge, reminder alarm and notifications for the current licence year. With notify false (the
   * midnight wake-up) only the badge and the alarms.
   */
  async function refreshInQueue(reminderDue = false, notify = true): Promise<void> {
    const at = now();
    const year = await activeYear(at);
    const settings = await store.getSettings();
    const progress = await loadProgress(year);
    const campaign = await campaignFor(year, settings);
    const handledUpTo = await store.getRemindedUpTo();
    // A reminder moment spent with the browser closed is said at the next chance, once. Never in the
    // night (notify false): the next morning's alarm comes first.
    const missed = notify && reminderMissed(handledUpTo, lastReminderMoment(at, campaign, progress, settings));
    const due = reminderDue || missed;
    await refreshReminders({ now: at, progress, campaign, settings, store, apis: deps.alerts, reminderDue: due, notify });
    // Only after the notifications were created: one that failed is caught up the next time.
    if (handledUpTo === null || (due && notify)) await store.putRemindedUpTo(at);
  }

  /** Kept per tab so a view asked for later still knows which page the tab shows. */
  const lastObservationByTab = new Map<number, PageObservation>();

  /**
   * `shown`: called with the view as soon as it is known, before what the page changed is stored and
   * the badge and reminders follow it (an IndexedDB write with its schema check, the badge, the
   * alarms: 10-16 ms of a page's round trip in the service worker). The job itself, and with it the
   * queue, still ends only once all of that is done.
   */
  async function observeInQueue(reported: PageObservation, tabId: number | undefined, shown: (view: SidebarView) => void = () => {}): Promise<SidebarView> {
    // The time comes from the background's own clock: a page cannot file progress under another year.
    const observation: PageObservation = { ...reported, seenAt: now() };
    const year = await activeYear(observation.seenAt);
    if (tabId !== undefined) lastObservationByTab.set(tabId, observation);
    const deadline = observation.deadlineText ? parseDeadlineText(observation.deadlineText) : null;
    if (deadline && isPlausibleDeadline(year, deadline.date)) {
      const iso = isoDay(deadline.date);
      const known = await store.getPageDeadline(year);
      if (known?.date !== iso) await store.putPageDeadline(year, { date: iso, seenAt: observation.seenAt });
    }
    const before = await loadProgress(year);
    // A cart or order outside the registration season (an Adobe order in spring) is not the registration.
    const settings = await store.getSettings();
    const campaign = await campaignFor(year, settings);
    const chosenKey = settings.selectedInstitution[String(year)] ?? null;
    const after = countsForCampaign(observation, campaign) ? applyObservation(before, observation, { chosenKey }) : before;
    if (after === before) return view(year, observation.kind, observation);
    const followed = keyAfterRekey(before, after, chosenKey);
    const settingsAfter =
      followed !== chosenKey && followed !== null ? { ...settings, selectedInstitution: { ...settings.selectedInstitution, [String(year)]: followed } } : settings;
    const result = await viewOf(year, observation.kind, observation, after, settingsAfter);
    shown(result);
    await store.putProgress(after);
    if (settingsAfter !== settings) await store.putSettings(settingsAfter);
    await refreshInQueue();
    return result;
  }

  async function sidebarActionInQueue(action: SidebarAction, tabId: number | undefined): Promise<SidebarView> {
    const observation = tabId !== undefined ? (lastObservationByTab.get(tabId) ?? null) : null;
    const year = await activeYear();
    const settings = await store.getSettings();
    switch (action.type) {
      case 'set-collapsed':
        await store.putSettings({ ...settings, sidebarCollapsed: action.collapsed });
        break;
      case 'set-language':
        await store.putSettings({ ...settings, language: action.language });
        break;
      case 'select-institution': {
        const previousChoice = settings.selectedInstitution[String(year)] ?? null;
        const selectedInstitution = { ...settings.selectedInstitution };
        if (action.key) selectedInstitution[String(year)] = action.key;
        else delete selectedInstitution[String(year)];
        await store.putSettings({ ...settings, selectedInstitution });
        // On a cart page that names no institution, the choice corrects whose cart it is.
        if (action.key && observation) {
          const chosen = action.key;
          await changeProgressInQueue(year, (before) => reattributePage(before, observation, previousChoice, chosen));
        }
        break;
      }
      case 'snooze':
        await store.putSettings({ ...settings, snoozedUntil: now() + action.hours * 3_600_000 });
        await refreshInQueue();
        break;
      case 'dismiss-notice':
        await dismissNoticeInQueue(action.id);
        break;
      case 'choose-deadline':
        await chooseDeadlineInQueue(action.pageDate, action.keep);
        break;
      default: {
        if (action.type === 'override' && (action.step < STEP.login || action.step >= STEP.complete)) break;
        await changeProgressInQueue(year, (before) => applyUserAction(before, action as Parameters<typeof applyUserAction>[1], now()));
      }
    }
    return view(year, observation?.kind ?? 'unknown', observation);
  }

  /** A change to a year's progress: stored, and the badge and reminders refreshed, only when it changed something. */
  async function changeProgressInQueue(year: number, change: (before: YearProgress) => YearProgress): Promise<void> {
    const before = await loadProgress(year);
    const after = change(before);
    if (after === before) return;
    await store.putProgress(after);
    await refreshInQueue();
  }

  /** Which date holds when the shop's page and the person's own differ; remembered for those two dates. */
  async function chooseDeadlineInQueue(pageDate: string, keep: 'page' | 'user'): Promise<void> {
    const year = await activeYear();
    const userDate = (await store.getSettings()).campaignOverrides[String(year)]?.deadline;
    if (!userDate) return;
    await changeProgressInQueue(year, (before) => ({ ...before, deadlineChoice: { pageDate, userDate, keep, at: now() } }));
  }

  /** Hides an informational notice for the active licence year, in the sidebar and the popup alike. */
  async function dismissNoticeInQueue(id: string): Promise<void> {
    const year = await activeYear();
    await changeProgressInQueue(year, (before) => withNoticeDismissed(before, id, now()));
  }

  /** From the popup: not taking part this year (or again), or removing an institution from Vinkje. */
  async function institutionActionInQueue(action: InstitutionAction): Promise<void> {
    await changeProgressInQueue(await activeYear(), (before) => applyUserAction(before, action, now()));
  }

  async function currentView(tabId: number | undefined): Promise<SidebarView> {
    const observation = tabId !== undefined ? (lastObservationByTab.get(tabId) ?? null) : null;
    return view(await activeYear(), observation?.kind ?? 'unknown', observation);
  }

  async function shopUrl(target: PageKind): Promise<string> {
    return shopUrlFor(target, await loadProgress(await activeYear()));
  }

  /**
   * Runs a change to stored state in the one queue. The job gets the refresh that is safe inside it
   * (the public refresh queues itself and would wait for the job forever).
   */
  function write<T>(job: (inQueue: { refresh: () => Promise<void> }) => Promise<T>): Promise<T> {
    return writer.run(() => job({ refresh: () => refreshInQueue() }));
  }

  /**
   * Per tab, the observation still waiting for the writer. A page that floods the background
   * replaces it instead of queueing more work: at most one runs and one waits per tab, and the one
   * that waits is always the latest, so the page's last state is never lost. Earlier callers get
   * the view of that latest observation. Only a newer reading of the same page that says all the
   * waiting one did replaces it (core/supersedes.ts): a claim pressed just before the shop opens the
   * cart is still recorded before that cart, however busy the writer is.
   */
  const waitingByTab = new Map<number, { observation: PageObservation; result: Promise<SidebarView> }>();

  /**
   * The page's view as soon as the job knows it (see observeInQueue), or the job's failure before
   * that. A write that fails after the view was shown is logged here, and the store keeps it as a
   * problem that the next view shows; the queue goes on either way.
   */
  function viewSoon(job: (shown: (view: SidebarView) => void) => Promise<SidebarView>): Promise<SidebarView> {
    return new Promise((resolve, reject) => {
      let answered = false;
      const answer = (view: SidebarView) => {
        answered = true;
        resolve(view);
      };
      writer.run(() => job(answer)).then(resolve, (error: unknown) => {
        if (answered) deps.log?.('Vinkje: what a page changed could not be stored after its view was shown', error);
        reject(error);
      });
    });
  }

  /** Resolves once every change queued before it is stored (and its badge and reminders are done). */
  function settled(): Promise<void> {
    return writer.run(async () => undefined);
  }

  function observe(observation: PageObservation, tabId: number | undefined): Promise<SidebarView> {
    if (tabId === undefined) return viewSoon((shown) => observeInQueue(observation, tabId, shown));
    const waiting = waitingByTab.get(tabId);
    if (waiting && supersedes(observation, waiting.observation)) {
      waiting.observation = observation;
      return waiting.result;
    }
    const entry = { observation, result: Promise.resolve(null as unknown as SidebarView) };
    entry.result = viewSoon((shown) => {
      if (waitingByTab.get(tabId) === entry) waitingByTab.delete(tabId);
      return observeInQueue(entry.observation, tabId, shown);
    });
    waitingByTab.set(tabId, entry);
    return entry.result;
  }

  return {
    activeYear,
    shopUrl,
    observe,
    sidebarAction: (action: SidebarAction, tabId: number | undefined) => writer.run(() => sidebarActionInQueue(action, tabId)),
    dismissNotice: (id: string) => writer.run(() => dismissNoticeInQueue(id)),
    chooseDeadline: (pageDate: string, keep: 'page' | 'user') => writer.run(() => chooseDeadlineInQueue(pageDate, keep)),
    institutionAction: (action: InstitutionAction) => writer.run(() => institutionActionInQueue(action)),
    currentView: async (tabId: number | undefined) => {
      // After the writes under way: a tab that comes back shows what is stored by then.
      await settled();
      return currentView(tabId);
    },
    settled,
    refresh: (reminderDue = false, notify = true) => writer.run(() => refreshInQueue(reminderDue, notify)),
    write,
    loadProgress,
    campaignFor,
    forgetTab: (id: number) => lastObservationByTab.delete(id),
  };
}

export type Service = ReturnType<typeof createService>;
