/**
 * What the extension's own pages (popup, options) may ask of the background: the overview of every
 * institution, the settings, export/import/reset, diagnostics and a printable summary. One small
 * function per message; the data comes back as `{ ok: true, data }`. A request that makes no sense
 * (a lead time of 400 days, 31 February) throws a PageRequestError whose Dutch message reaches the
 * person unchanged; see `answer`.
 */
import { isoDay, isRealDate, localDateOf, type CalendarDate } from '../core/amsterdam-time';
import { daysLeft, deadlineDateOf, isPlausibleDeadline, type Campaign, type CampaignSource } from '../core/campaign';
import { newContractNotice } from '../core/contract-years';
import { nextAction, nonPrimaryExplanation, type Text } from '../core/next-action';
import { PAGE_KINDS, type OrderStatus, type PageKind } from '../core/observation';
import type { StepId, StepState, YearProgress } from '../core/progress';
import { summarise } from '../core/sidebar-view';
import { stepStates } from '../core/steps';
import { warnings } from '../core/urgency';
import type { InstitutionSummary, Language, Notice } from '../core/view';
import type { PageAnswer, PageMessage } from '../messages';
import type { Settings, Store } from '../store/types';
import type { Service } from './service';

export type PagesStore = Pick<
  Store,
  | 'getProgress'
  | 'allProgress'
  | 'getSettings'
  | 'putSettings'
  | 'getPageDeadline'
  | 'exportAll'
  | 'importAll'
  | 'reset'
  | 'problems'
  | 'quarantined'
  | 'backend'
>;
export type PagesService = Pick<Service, 'activeYear' | 'loadProgress' | 'campaignFor' | 'shopUrl' | 'write' | 'dismissNotice' | 'institutionAction'>;

export interface PagesApiDeps {
  store: PagesStore;
  service: PagesService;
  now: () => number;
}

/** A request the person can correct; its message is Dutch and shown as it is. */
export class PageRequestError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
    this.name = 'PageRequestError';
  }
}

// ---- What the pages receive ----

export interface DeadlineInfo {
  at: number;
  daysLeft: number;
  confirmed: boolean;
  source: CampaignSource;
}

export interface PopupInstitution extends InstitutionSummary {
  nextAction: Text;
  /** The shop page where the next action is done. */
  nextUrl: string;
  warnings: Notice[];
}

export interface Overview {
  language: Language;
  licenceYear: number;
  deadline: DeadlineInfo;
  /** Nothing stored yet for any year: Vinkje has not seen the shop. */
  firstRun: boolean;
  snoozedUntil: number | null;
  remindersEnabled: boolean;
  /** About the whole registration or about Vinkje itself, not one institution. */
  notices: Notice[];
  /** What to do while no institution is known yet (log in, open Licenties verlengen). */
  accountAction: { text: Text; url: string };
  institutions: PopupInstitution[];
}

export interface CampaignDates {
  licenceYear: number;
  /** "YYYY-MM-DD" */
  opens: string;
  deadline: string;
  source: CampaignSource;
  confirmed: boolean;
}

export interface SettingsAnswer {
  settings: Settings;
  campaign: CampaignDates;
}

export interface PageVisitInfo {
  kind: PageKind;
  at: number;
  url: string;
  unread: string[];
}

export interface Diagnostics {
  backend: PagesStore['backend'];
  problems: ReturnType<PagesStore['problems']>;
  /** Records set aside because they were damaged: where, why and when (not their content). */
  quarantined: Array<{ table: string; key: string; reason: string; at: number }>;
  /** The deadline a shop page stated for the current licence year, if any. */
  pageDeadline: { licenceYear: number; date: string; seenAt: number } | null;
  /** Newest licence year first. */
  years: Array<{ licenceYear: number; pages: PageVisitInfo[] }>;
}

export interface PrintStep {
  step: StepId;
  state: StepState;
  manual: boolean;
  /** When the step was seen done (or skipped), and what showed it. */
  at: number | null;
  what: string | null;
}

export interface PrintInstitution {
  key: string;
  name: string;
  customerNumber: string | null;
  complete: boolean;
  stepsDone: number;
  steps: PrintStep[];
  orderNumber: string | null;
  orderStatus: OrderStatus | null;
  placedAt: number | null;
  reference: string | null;
  /** When the cart was last seen; its lines are the final quantities as far as Vinkje knows. */
  cartSeenAt: number | null;
  cart: Array<{ product: string; quantity: number | null; quantityText: string; prepared: number | null }>;
}

export interface PrintSummary {
  licenceYear: number;
  generatedAt: number;
  deadline: DeadlineInfo;
  institutions: PrintInstitution[];
}

// ---- Pure parts ----

function deadlineInfo(now: number, campaign: Campaign): DeadlineInfo {
  return { at: campaign.deadlineAt, daysLeft: daysLeft(now, campaign), confirmed: campaign.confirmed, source: campaign.source };
}

export function campaignDates(campaign: Campaign): CampaignDates {
  return {
    licenceYear: campaign.licenceYear,
    opens: isoDay(localDateOf(campaign.opensAt)),
    deadline: isoDay(deadlineDateOf(campaign)),
    source: campaign.source,
    confirmed: campaign.confirmed,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');

/** Per institution, everything worth keeping on paper: steps with dates, the order, the final cart. */
export function buildPrintSummary(now: number, campaign: Campaign, progress: YearProgress): PrintSummary {
  const institutions = Object.values(progress.institutions).map((inst): PrintInstitution => {
    const summary = summarise(inst, progress);
    const prepared = new Map((inst.preparedLines ?? []).map((l) => [l.product.toLowerCase().trim(), l.quantity]));
    return {
      key: inst.key,
      name: summary.name,
      customerNumber: summary.customerNumber,
      complete: summary.complete,
      stepsDone: summary.stepsDone,
      steps: stepStates(inst, progress.account).map((s) => ({
        step: s.step,
        state: s.state,
        manual: s.manual,
        at: s.state === 'todo' ? null : (s.evidence?.at ?? (s.manual ? (inst.overrides[s.step]?.at ?? null) : null)),
        what: s.state === 'todo' ? null : (s.evidence?.what ?? null),
      })),
      orderNumber: inst.orderNumber,
      orderStatus: inst.orderStatus,
      placedAt: inst.placedAt,
      reference: inst.reference,
      cartSeenAt: inst.cartSeenAt,
      cart: (inst.cartLines ?? []).map((l) => ({
        product: l.product,
        quantity: l.quantity,
        quantityText: l.quantityText,
        prepared: prepared.get(l.product.toLowerCase().trim()) ?? null,
      })),
    };
  });
  return { licenceYear: progress.licenceYear, generatedAt: now, deadline: deadlineInfo(now, campaign), institutions: institutions.sort(byName) };
}

export function buildDiagnostics(
  store: Pick<PagesStore, 'backend' | 'problems'>,
  all: YearProgress[],
  quarantined: ReadonlyArray<{ table: string; key: string; reason: string; at: number }>,
  pageDeadline: Diagnostics['pageDeadline'],
): Diagnostics {
  const years = [...all]
    .sort((a, b) => b.licenceYear - a.licenceYear)
    .map((p) => ({
      licenceYear: p.licenceYear,
      pages: PAGE_KINDS.flatMap((kind) => {
        const visit = p.lastPages[kind];
        return visit ? [{ kind, at: visit.at, url: visit.url, unread: [...visit.unread] }] : [];
      }),
    }));
  return {
    backend: store.backend,
    problems: store.problems(),
    quarantined: quarantined.map(({ table, key, reason, at }) => ({ table, key, reason, at })),
    pageDeadline,
    years,
  };
}

// ---- Settings: validated merge ----

export const LEAD_DAYS_MAX = 60;
const LEAD_DAYS_COUNT_MAX = 20;
/** What the pages may change; the chosen institution and the notified keys belong to the sidebar and the alerts. */
type SettingKey = 'language' | 'sidebarCollapsed' | 'reminders' | 'campaignOverrides' | 'snoozedUntil';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const show = (v: unknown) => (typeof v === 'string' ? `‘${v}’` : JSON.stringify(v) ?? String(v));

function parseIsoDay(text: unknown): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date) ? date : null;
}

function mergeReminders(current: Settings['reminders'], patch: unknown, errors: string[]): Settings['reminders'] {
  if (!isObject(patch)) {
    errors.push('Herinneringen: ongeldige waarde.');
    return current;
  }
  const next = { ...current, leadDays: [...current.leadDays] };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'enabled') {
      if (typeof value === 'boolean') next.enabled = value;
      else errors.push('Herinneringen aan of uit: kies ja of nee.');
    } else if (key === 'leadDays') {
      if (!Array.isArray(value) || value.length > LEAD_DAYS_COUNT_MAX) {
        errors.push(`Herinneringen: geef hoogstens ${LEAD_DAYS_COUNT_MAX} aantallen dagen op.`);
        continue;
      }
      const wrong = value.filter((d) => !isWhole(d, 0, LEAD_DAYS_MAX));
      if (wrong.length > 0) {
        errors.push(`Herinneringen: het aantal dagen vóór de deadline moet een heel getal van 0 tot en met ${LEAD_DAYS_MAX} zijn (niet ${wrong.map(show).join(', ')}).`);
        continue;
      }
      next.leadDays = [...new Set(value as number[])].sort((a, b) => b - a);
    } else if (key === 'morningHour') {
      if (isWhole(value, 0, 23)) next.morningHour = value;
      else errors.push(`Herinneringen: het uur moet een heel getal van 0 tot en met 23 zijn (niet ${show(value)}).`);
    } else {
      errors.push(`Onbekende instelling: reminders.${key}.`);
    }
  }
  return next;
}

function mergeOverrides(current: Settings['campaignOverrides'], patch: unknown, errors: string[]): Settings['campaignOverrides'] {
  if (!isObject(patch)) {
    errors.push('Registratiedatums: ongeldige waarde.');
    return current;
  }
  const next = { ...current };
  for (const [yearKey, value] of Object.entries(patch)) {
    if (!/^\d{4}$/.test(yearKey)) {
      errors.push(`Registratiedatums: ${show(yearKey)} is geen licentiejaar.`);
      continue;
    }
    const year = Number(yearKey);
    if (value === null) {
      // Back to the page's date or the estimate.
      delete next[yearKey];
      continue;
    }
    if (!isObject(value)) {
      errors.push(`Registratiedatums voor licentiejaar ${year}: ongeldige waarde.`);
      continue;
    }
    const before = errors.length;
    const deadline = parseIsoDay(value.deadline);
    if (!deadline) {
      errors.push(`Deadline voor licentiejaar ${year}: ${show(value.deadline)} is geen bestaande datum (JJJJ-MM-DD).`);
    } else if (!isPlausibleDeadline(year, deadline)) {
      errors.push(`Deadline voor licentiejaar ${year}: de datum moet tussen 1 september ${year - 1} en 31 januari ${year} liggen.`);
    }
    const hasOpens = value.opens !== undefined && value.opens !== null && value.opens !== '';
    const opens = hasOpens ? parseIsoDay(value.opens) : null;
    if (hasOpens && !opens) errors.push(`Opening voor licentiejaar ${year}: ${show(value.opens)} is geen bestaande datum (JJJJ-MM-DD).`);
    if (opens && deadline && isoDay(opens) > isoDay(deadline)) {
      errors.push(`Licentiejaar ${year}: de registratie kan niet openen na de deadline.`);
    }
    for (const key of Object.keys(value)) {
      if (key !== 'deadline' && key !== 'opens') errors.push(`Onbekende instelling: campaignOverrides.${yearKey}.${key}.`);
    }
    if (errors.length > before || !deadline) continue;
    next[yearKey] = opens ? { deadline: isoDay(deadline), opens: isoDay(opens) } : { deadline: isoDay(deadline) };
  }
  return next;
}

/** The current settings with the patch applied, or every reason the patch was refused. */
export function mergeSettings(current: Settings, patch: Record<string, unknown>): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  let next: Settings = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    switch (key as SettingKey) {
      case 'language':
        if (value === 'nl' || value === 'en') next = { ...next, language: value };
        else errors.push(`Taal: kies ‘nl’ of ‘en’ (niet ${show(value)}).`);
        break;
      case 'sidebarCollapsed':
        if (typeof value === 'boolean') next = { ...next, sidebarCollapsed: value };
        else errors.push('Zijbalk ingeklapt: kies ja of nee.');
        break;
      case 'reminders':
        next = { ...next, reminders: mergeReminders(next.reminders, value, errors) };
        break;
      case 'campaignOverrides':
        next = { ...next, campaignOverrides: mergeOverrides(next.campaignOverrides, value, errors) };
        break;
      case 'snoozedUntil':
        if (value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0)) next = { ...next, snoozedUntil: value };
        else errors.push('Uitstellen: ongeldig tijdstip.');
        break;
      default:
        errors.push(`Onbekende instelling: ${key}.`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: next };
}

// ---- The API ----

function warningNotice(w: ReturnType<typeof warnings>[number]): Notice {
  return { id: w.id, level: w.level, text: { nl: `${w.message.nl} ${w.action.nl}`, en: `${w.message.en} ${w.action.en}` } };
}

export function createPagesApi({ store, service, now }: PagesApiDeps) {
  async function current() {
    const at = now();
    const licenceYear = await service.activeYear(at);
    const settings = await store.getSettings();
    const campaign = await service.campaignFor(licenceYear, settings);
    return { at, licenceYear, settings, campaign };
  }

  async function overview(): Promise<Overview> {
    const { at, licenceYear, settings, campaign } = await current();
    const progress = await service.loadProgress(licenceYear);
    const found = warnings(at, campaign, progress);

    const notices: Notice[] = store.problems().map((p, i) => ({ id: `store-${p.code}-${i}`, level: 'warning' as const, text: p.message }));
    if (progress.account.primaryContact === false) notices.push({ id: 'not-primary', level: 'critical', text: nonPrimaryExplanation() });
    const contract = newContractNotice(licenceYear, campaign, progress.contractNoticeDismissedAt);
    if (contract) notices.push(contract);
    notices.push(...found.filter((w) => w.institutionKey === null).map(warningNotice));

    const institutions: PopupInstitution[] = [];
    for (const inst of Object.values(progress.institutions)) {
      const next = nextAction(progress, inst.key);
      institutions.push({
        ...summarise(inst, progress),
        nextAction: next.text,
        nextUrl: await service.shopUrl(next.target),
        warnings: found.filter((w) => w.institutionKey === inst.key).map(warningNotice),
      });
    }
    // Those that still need work first; within each group alphabetical.
    // Those that still need work first, those not taking part this year last; within each group alphabetical.
    const rank = (i: PopupInstitution) => (i.takingPart ? Number(i.complete) : 2);
    institutions.sort((a, b) => rank(a) - rank(b) || byName(a, b));

    const accountNext = nextAction(progress, null);
    return {
      language: settings.language,
      licenceYear,
      deadline: deadlineInfo(at, campaign),
      firstRun: (await store.allProgress()).length === 0,
      snoozedUntil: settings.snoozedUntil !== null && settings.snoozedUntil > at ? settings.snoozedUntil : null,
      remindersEnabled: settings.reminders.enabled,
      notices,
      accountAction: { text: accountNext.text, url: await service.shopUrl(accountNext.target) },
      institutions,
    };
  }

  // The changes below run in the background's one writer, so they cannot overwrite a tab's change.
  function snooze(hours: number): Promise<{ snoozedUntil: number }> {
    return service.write(async (inQueue) => {
      const settings = await store.getSettings();
      const snoozedUntil = now() + hours * 3_600_000;
      await store.putSettings({ ...settings, snoozedUntil });
      await inQueue.refresh();
      return { snoozedUntil };
    });
  }

  async function getSettings(): Promise<SettingsAnswer> {
    const { settings, campaign } = await current();
    return { settings, campaign: campaignDates(campaign) };
  }

  async function putSettings(patch: Record<string, unknown>): Promise<SettingsAnswer> {
    await service.write(async (inQueue) => {
      const merged = mergeSettings(await store.getSettings(), patch);
      if (!merged.ok) throw new PageRequestError(merged.errors);
      await store.putSettings(merged.settings);
      await inQueue.refresh();
    });
    return getSettings();
  }

  function importFile(file: unknown) {
    return service.write(async (inQueue) => {
      const result = await store.importAll(file);
      // A refused file changed nothing, so there is nothing to recompute.
      if (result.ok) await inQueue.refresh();
      return result;
    });
  }

  function reset(): Promise<{ reset: true }> {
    return service.write(async (inQueue) => {
      await store.reset();
      await inQueue.refresh();
      return { reset: true as const };
    });
  }

  async function diagnostics(): Promise<Diagnostics> {
    const licenceYear = await service.activeYear(now());
    const page = await store.getPageDeadline(licenceYear);
    const pageDeadline = page ? { licenceYear, date: page.date, seenAt: page.seenAt } : null;
    return buildDiagnostics(store, await store.allProgress(), await store.quarantined(), pageDeadline);
  }

  async function summary(): Promise<PrintSummary> {
    const { at, licenceYear, campaign } = await current();
    return buildPrintSummary(at, campaign, await service.loadProgress(licenceYear));
  }

  async function handle(message: PageMessage): Promise<unknown> {
    switch (message.type) {
      case 'overview':
        return overview();
      case 'snooze':
        return snooze(message.hours);
      case 'dismiss-notice':
        await service.dismissNotice(message.id);
        return overview();
      case 'institution-action':
        await service.institutionAction(message.action);
        return overview();
      case 'get-settings':
        return getSettings();
      case 'put-settings':
        return putSettings(message.settings);
      case 'export':
        return store.exportAll();
      case 'import':
        return importFile(message.file);
      case 'reset':
        return reset();
      case 'diagnostics':
        return diagnostics();
      case 'summary':
        return summary();
    }
  }

  /** `handle` as a PageAnswer: a PageRequestError becomes `{ ok: false, error }`; anything else is rethrown for the router to log. */
  async function answer(message: PageMessage): Promise<PageAnswer> {
    try {
      return { ok: true, data: await handle(message) };
    } catch (error) {
      if (error instanceof PageRequestError) return { ok: false, error: error.message };
      throw error;
    }
  }

  return { handle, answer };
}

export type PagesApi = ReturnType<typeof createPagesApi>;
