/**
 * Keeps the toolbar badge, the next reminder alarm and the notifications in step with the progress.
 * Recomputed from storage every time (a restarted service worker loses nothing), and each event is
 * notified once: its key is remembered in the store.
 */
import { summarisedIn, summariseDue, summaryKey, type DueAbout } from '../core/reminder-summary';
import { institutionAt } from '../core/institution-records';
import { badgeFor, warnings, type Warning } from '../core/warnings';
import { eventKey, upcomingReminderTimes } from '../core/reminders';
import { waitsForApproval } from '../core/steps';
import { deadlineDateOf, type Campaign } from '../core/campaign';
import { addDays, atLocalTime, isoDay, localDateOf, startOfLocalDay } from '../core/amsterdam-time';
import type { PageKind } from '../core/observation';
import type { YearProgress } from '../core/progress';
import type { Language } from '../core/view';
import type { Settings, Store } from '../store/types';
import { makeNotificationId, readNotificationId } from './notification-ids';

export const REMINDER_ALARM = 'vinkje-reminder';
/** Wakes the background at the next Amsterdam midnight, when the badge's day count changes. */
export const DAY_ALARM = 'vinkje-day';

export interface ReminderApis {
  /** The badge and the button's tooltip (which says whether the deadline is only an estimate). */
  setBadge(text: string, color: string, title: string): Promise<void>;
  /** Sets (or with null clears) the one reminder alarm. */
  scheduleAlarm(name: string, when: number | null): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  /** Ids of Vinkje's notifications still on screen. */
  shownNotifications(): Promise<string[]>;
  clearNotification(id: string): Promise<void>;
}

export interface DueReminder {
  key: string;
  /** What it is about, for the one summary when several institutions are due at once. */
  about: DueAbout;
  /** Encodes where a click should take the person: `<kind>|<institution key>`. */
  id: string;
  title: string;
  message: string;
}

/** Notification ids carry the page to open on a click. */
export function notificationId(target: PageKind, institutionKey: string | null, key: string): string {
  return makeNotificationId({ target, institutionKey, key });
}

export function targetOfNotification(id: string): PageKind | null {
  return readNotificationId(id)?.target ?? null;
}

function fromWarning(w: Warning, now: number, progress: YearProgress, language: Language): DueReminder {
  const key = eventKey(w.id, w.institutionKey, now);
  const name = w.institutionKey ? institutionAt(progress, w.institutionKey)?.institution.name : null;
  return {
    key,
    about: { reason: w.id, institutionKey: w.institutionKey, level: w.level },
    id: notificationId(w.target, w.institutionKey, key),
    title: name ? `Vinkje: ${name}` : 'Vinkje',
    message: `${w.message[language]} ${w.action[language]}`,
  };
}

/**
 * What should be notified now. Warnings and critical warnings always; informational ones (not
 * started yet) only at a reminder moment. An order still waiting for approval is reminded at its own
 * moments too (an hour after placing, then every morning), even while the deadline is far.
 */
export function dueReminders(now: number, campaign: Campaign, progress: YearProgress, reminderDue: boolean, language: Language = 'nl'): DueReminder[] {
  const alerts: DueReminder[] = [];
  for (const w of warnings(now, campaign, progress)) {
    if (w.id === 'D04') continue; // an unconfirmed date is shown in the popup, not pushed
    if (w.level === 'info' && !reminderDue) continue;
    alerts.push(fromWarning(w, now, progress, language));
  }
  if (reminderDue) {
    for (const inst of Object.values(progress.institutions)) {
      if (inst.placedAt === null || !waitsForApproval(inst, progress.account)) continue;
      if (alerts.some((a) => a.key === eventKey('D01', inst.key, now))) continue;
      const key = `OPEN|${inst.key}|${isoDay(localDateOf(now))}`; // one per Amsterdam day, like eventKey
      alerts.push({
        key,
        about: { reason: 'OPEN', institutionKey: inst.key, level: 'warning' },
        id: notificationId('open-orders', inst.key, key),
        title: `Vinkje: ${inst.institution.name}`,
        message: openOrderReminder(inst.orderNumber, language),
      });
    }
  }
  return alerts;
}

function openOrderReminder(orderNumber: string | null, language: Language): string {
  const order = orderNumber ? ` ${orderNumber}` : '';
  return language === 'en'
    ? `Order${order} is still Open. Approve it via Openstaande bestellingen (open orders).`
    : `Bestelling${order} staat nog open. Keur hem goed via Openstaande bestellingen.`;
}

/** The next moment something may need saying, after now. */
export function nextReminder(now: number, campaign: Campaign, progress: YearProgress, settings: Settings): number | null {
  if (!settings.reminders.enabled) return null;
  const times = upcomingReminderTimes(now, campaign, progress, settings.reminders);
  if (settings.snoozedUntil && settings.snoozedUntil > now) times.push(settings.snoozedUntil);
  // The morning after the deadline: say once that it passed (D05), instead of falling silent.
  times.push(atLocalTime(addDays(deadlineDateOf(campaign), 1), settings.reminders.morningHour));
  const future = times.filter((t) => t > now);
  return future.length ? Math.min(...future) : null;
}

/**
 * Whether what a notification said still holds. A warning's event key starts with its id (eventKey),
 * an open-order reminder's with OPEN; neither id contains "|", so the first part is always the id.
 */
function reasonHolds(
  key: string,
  institutionKey: string | null,
  stillTrue: ReadonlySet<string>,
  openOrder: (institutionKey: string | null) => boolean,
): boolean {
  const end = key.indexOf('|');
  const reason = end === -1 ? key : key.slice(0, end);
  if (reason === 'OPEN') return openOrder(institutionKey);
  if (/^D0\d$/.test(reason)) return stillTrue.has(`${reason}|${institutionKey ?? '-'}`);
  return true; // not a kind this version knows: leave it
}

export async function refreshReminders(input: {
  now: number;
  progress: YearProgress;
  campaign: Campaign;
  settings: Settings;
  store: Store;
  apis: ReminderApis;
  reminderDue?: boolean;
  /** false: only the badge and the alarms (a new day begins at midnight: no notification in the night). */
  notify?: boolean;
}): Promise<void> {
  const { now, progress, campaign, settings, store, apis } = input;
  const badge = badgeFor(now, campaign, progress);
  await apis.setBadge(badge.text, badge.color, badge.title[settings.language]);
  await apis.scheduleAlarm(REMINDER_ALARM, nextReminder(now, campaign, progress, settings));
  // The day count in the badge changes at midnight (and "!" once the deadline day is over).
  await apis.scheduleAlarm(DAY_ALARM, badge.text === '' ? null : startOfLocalDay(addDays(localDateOf(now), 1)));
  // A notification whose warning no longer applies (the order was approved) is taken away.
  const stillTrue = new Set(warnings(now, campaign, progress).map((w) => `${w.id}|${w.institutionKey ?? '-'}`));
  const openOrder = (key: string | null) => {
    const inst = key === null ? null : institutionAt(progress, key);
    return Boolean(inst && waitsForApproval(inst, progress.account));
  };
  for (const id of await apis.shownNotifications()) {
    const ref = readNotificationId(id);
    // A summary goes as soon as one thing it said no longer holds (an order approved, a cart ordered).
    const summed = ref ? summarisedIn(ref.key) : null;
    if (summed) {
      const holds = (d: { reason: string; institutionKey: string | null }) =>
        d.reason === 'OPEN' ? openOrder(d.institutionKey) : stillTrue.has(`${d.reason}|${d.institutionKey ?? '-'}`);
      if (summed.length === 0 || !summed.every(holds)) await apis.clearNotification(id);
      continue;
    }
    if (ref && !reasonHolds(ref.key, ref.institutionKey, stillTrue, openOrder)) await apis.clearNotification(id);
  }
  if (input.notify === false || !settings.reminders.enabled) return;
  if (settings.snoozedUntil !== null && now < settings.snoozedUntil) return;
  const fresh: DueReminder[] = [];
  for (const alert of dueReminders(now, campaign, progress, input.reminderDue ?? false, settings.language)) {
    if (!(await store.wasNotified(alert.key))) fresh.push(alert);
  }
  // Several institutions at once: one notification that sums up, the detail is in the popup.
  // Each is marked only once the browser created it, so one it failed to show comes at the next chance.
  const summary = summariseDue(fresh.map((a) => a.about), progress);
  if (summary) {
    const id = notificationId(summary.target, null, summaryKey(isoDay(localDateOf(now)), fresh.map((a) => a.about)));
    await apis.notify(id, summary.title[settings.language], summary.message[settings.language]);
    for (const alert of fresh) await store.markNotified(alert.key);
    return;
  }
  for (const alert of fresh) {
    await apis.notify(alert.id, alert.title, alert.message);
    await store.markNotified(alert.key);
  }
}
