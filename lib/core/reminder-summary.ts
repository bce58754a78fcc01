/**
 * One voice for many schools: when a reminder moment finds several institutions that need something,
 * the person gets one notification that sums it up ("3 van 12 instellingen nog niet afgerond;
 * 1 bestelling staat open") instead of one per institution. The popup has the detail per institution.
 */
import type { PageKind } from './observation';
import { takesPart, type YearProgress } from './progress';
import { isComplete, waitsForApproval } from './steps';
import { SERVICEDESK_EMAIL, SERVICEDESK_PHONE } from './next-action';
import type { LocalText } from './format';

/** What a due notification is about, as far as the summary needs to know. */
export interface DueAbout {
  /** D01–D05, or OPEN for the daily reminder of an order still Open. */
  reason: string;
  institutionKey: string | null;
  level: 'info' | 'warning' | 'critical';
}

export interface ReminderSummary {
  title: LocalText;
  message: LocalText;
  /** Where a click should go: the most urgent thing first. */
  target: PageKind;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The summary, or null when the due notifications concern fewer than two institutions (then each is
 * said on its own, with the institution's name).
 */
export function summariseDue(due: readonly DueAbout[], progress: YearProgress): ReminderSummary | null {
  const concerned = new Set(due.map((d) => d.institutionKey).filter((k): k is string => k !== null));
  if (concerned.size < 2) return null;

  const all = Object.values(progress.institutions).filter(takesPart);
  const unfinished = all.filter((i) => !isComplete(i, progress.account)).length;
  const open = all.filter((i) => waitsForApproval(i, progress.account)).length;
  const countOf = (reason: string) => new Set(due.filter((d) => d.reason === reason).map((d) => d.institutionKey)).size;
  const unplaced = countOf('D02');
  const notStarted = countOf('D03');
  const passed = countOf('D05') > 0;
  const critical = due.some((d) => d.level === 'critical');

  const nl: string[] = [`${unfinished} van ${all.length} instellingen nog niet afgerond`];
  const en: string[] = [`${unfinished} of ${all.length} institutions not finished yet`];
  if (open > 0) {
    nl.push(`${open} ${plural(open, 'bestelling staat', 'bestellingen staan')} open`);
    en.push(`${open} ${plural(open, 'order is', 'orders are')} still Open`);
  }
  if (unplaced > 0) {
    nl.push(`${unplaced} ${plural(unplaced, 'winkelwagen is', 'winkelwagens zijn')} nog niet besteld`);
    en.push(`${unplaced} ${plural(unplaced, 'cart is', 'carts are')} not ordered yet`);
  }
  if (notStarted > 0) {
    nl.push(`${notStarted} nog niet begonnen`);
    en.push(`${notStarted} not started yet`);
  }
  const deadline = !passed
    ? { nl: '', en: '' }
    : critical
      ? {
          nl: ` De deadline is voorbij: bel de servicedesk van SLBdiensten, ${SERVICEDESK_PHONE} (of mail ${SERVICEDESK_EMAIL}).`,
          en: ` The deadline has passed: call the SLBdiensten service desk, ${SERVICEDESK_PHONE} (or e-mail ${SERVICEDESK_EMAIL}).`,
        }
      : { nl: ' De geschatte deadline is voorbij.', en: ' The estimated deadline has passed.' };
  return {
    title: critical ? { nl: 'Vinkje: dringend', en: 'Vinkje: urgent' } : { nl: 'Vinkje', en: 'Vinkje' },
    message: {
      nl: `${nl.join('; ')}.${deadline.nl} Open Vinkje in de werkbalk voor wat elke instelling nog moet doen.`,
      en: `${en.join('; ')}.${deadline.en} Open Vinkje in the toolbar to see what each institution still needs.`,
    },
    target: open > 0 ? 'open-orders' : unplaced > 0 ? 'cart' : 'renewals',
  };
}

const SUMMARY_PREFIX = 'SUM|';

/** The event key of a summary: the day and what it summed up, so it can be taken away once outdated. */
export function summaryKey(day: string, due: readonly DueAbout[]): string {
  return `${SUMMARY_PREFIX}${day}|${JSON.stringify(due.map((d) => [d.reason, d.institutionKey]))}`;
}

/**
 * What a summary's event key summed up, or null when the key is not a summary's (or is damaged: a
 * summary Vinkje cannot read back is treated as outdated by the caller).
 */
export function summarisedIn(key: string): Array<{ reason: string; institutionKey: string | null }> | null {
  if (!key.startsWith(SUMMARY_PREFIX)) return null;
  try {
    const list: unknown = JSON.parse(key.slice(key.indexOf('|', SUMMARY_PREFIX.length) + 1));
    if (!Array.isArray(list)) return [];
    return list
      .filter((item): item is [string, string | null] => Array.isArray(item) && typeof item[0] === 'string' && (typeof item[1] === 'string' || item[1] === null))
      .map(([reason, institutionKey]) => ({ reason, institutionKey }));
  } catch {
    return [];
  }
}
