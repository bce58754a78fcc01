/**
 * The protocol between the content script / popup / options and the background, the single owner of
 * stored state. The background validates every message with these schemas; senders import only the
 * types (so zod never ships in the content script).
 *
 * Content scripts may only record what they saw, ask for the view, and record the user's own step
 * choices made in the sidebar. Everything that deletes, imports or changes settings comes only from
 * the extension's own pages.
 */
import { z } from 'zod';
import { ORDER_STATUSES, PAGE_KINDS } from './core/observation';
import { LIMITS } from './core/bounded-observation';
import { SNOOZE_HOURS_MAX } from './core/reminder-limits';
import { SNAPSHOT_LIMITS } from './core/snapshot-limits';
import type { CampaignSource } from './core/campaign';
import type { LocalText } from './core/format';
import type { PageKind } from './core/observation';
import type { DeadlineInfo, PrintSummary } from './core/print-summary';
import type { InstitutionSummary, Language, Notice } from './core/view';
import type { ExportFile, ImportResult, QuarantinedRecord, RestoreResult, Settings, Store, StoreProblem } from './store/types';

// The same limits the readers' output is bounded to (boundObservation), so a read page always passes.
const text = z.string().max(LIMITS.text);
const shortText = z.string().max(LIMITS.shortText);
const institution = z.object({ name: shortText.min(1), customerNumber: z.string().max(LIMITS.customerNumber).nullable() });
const productQuantity = z.object({
  product: shortText,
  quantity: z.number().int().min(0).max(1e9).nullable(),
  quantityText: z.string().max(LIMITS.quantityText),
});

export const pageObservationSchema = z.object({
  kind: z.enum(PAGE_KINDS),
  url: z.string().max(LIMITS.url),
  seenAt: z.number(),
  loggedIn: z.boolean().nullable(),
  isPrimaryContact: z.boolean().nullable(),
  institution: institution.nullable(),
  institutions: z.array(institution).max(LIMITS.institutions),
  renewalsWaiting: z.number().int().min(0).max(10000).nullable(),
  messages: z.array(text).max(LIMITS.messages),
  approvedWithoutNumber: z.boolean(),
  approvedOrders: z.array(z.string().max(LIMITS.orderField)).max(LIMITS.approvedOrders),
  deadlineText: text.nullable(),
  preparedOrders: z
    .array(z.object({ institution: institution.nullable(), lines: z.array(productQuantity).max(LIMITS.lines), canClaim: z.boolean(), ordered: z.boolean().optional() }))
    .max(LIMITS.groups),
  futureLicenses: z.array(productQuantity).max(LIMITS.lines),
  futureLicensesByInstitution: z
    .array(z.object({ institution: institution.nullable(), lines: z.array(productQuantity).max(LIMITS.lines) }))
    .max(LIMITS.groups),
  cartLines: z.array(productQuantity.extend({ actions: z.array(shortText).max(LIMITS.actions) })).max(LIMITS.lines),
  reference: text.nullable(),
  quantityForm: z.object({ product: shortText, value: z.string().max(LIMITS.quantityText) }).nullable(),
  orderNumber: z.string().max(LIMITS.orderField).nullable(),
  orders: z
    .array(
      z.object({
        orderNumber: z.string().max(LIMITS.orderField),
        date: z.string().max(LIMITS.orderField).nullable(),
        institution: institution.nullable(),
        status: z.enum(ORDER_STATUSES).nullable(),
        statusText: shortText,
        amountCents: z.number().int().nullable(),
        description: shortText.nullable().optional(),
        saysRenewal: z.boolean().optional(),
      }),
    )
    .max(LIMITS.orders),
  claiming: institution.nullable(),
  unread: z.array(shortText).max(LIMITS.unread),
});

/** Hiding an informational notice for the licence year; the background ignores ids it does not let hide. */
const dismissNotice = z.object({ type: z.literal('dismiss-notice'), id: shortText });

/** Which deadline holds when the shop's page and the person's own differ (sidebar and popup alike). */
const chooseDeadline = z.object({ type: z.literal('choose-deadline'), pageDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), keep: z.enum(['page', 'user']) });

/** Step choices a person makes in the sidebar. */
export const sidebarActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('confirm-quantities'), key: shortText }),
  z.object({ type: z.literal('no-reference'), key: shortText }),
  z.object({ type: z.literal('override'), key: shortText, step: z.number().int().min(1).max(7), state: z.enum(['todo', 'done', 'skipped']).nullable() }),
  z.object({ type: z.literal('select-institution'), key: shortText.nullable() }),
  z.object({ type: z.literal('set-collapsed'), collapsed: z.boolean() }),
  z.object({ type: z.literal('set-language'), language: z.enum(['nl', 'en']) }),
  z.object({ type: z.literal('snooze'), hours: z.number().int().min(1).max(SNOOZE_HOURS_MAX) }),
  dismissNotice,
  z.object({ type: z.literal('answer-possible-order'), key: shortText, orderNumber: z.string().max(LIMITS.orderField), isRegistration: z.boolean() }),
  chooseDeadline,
]);

/** A field's live state, which the page's HTML does not carry (see lib/content/page-snapshot.ts). */
const fieldStateSchema = z.object({
  at: z.number().int().min(0),
  tag: z.enum(['INPUT', 'TEXTAREA', 'SELECT']),
  value: z.string().max(SNAPSHOT_LIMITS.fieldValue).optional(),
  checked: z.boolean().optional(),
  selected: z.number().int().min(-1).optional(),
});

/** The page as the content script saw it: read by the background's page reader, not in the shop's page. */
export const pageSnapshotSchema = z.object({
  html: z.string().max(SNAPSHOT_LIMITS.html),
  url: z.string().max(SNAPSHOT_LIMITS.url),
  seenAt: z.number().finite(),
  fields: z.array(fieldStateSchema).max(SNAPSHOT_LIMITS.fields),
  truncated: z.boolean(),
  /** The element a person pressed (its index among the document's elements), for a press the readers may care about. */
  clicked: z.object({ at: z.number().int().min(0), tag: z.string().max(100) }).optional(),
});

export type FieldState = z.infer<typeof fieldStateSchema>;
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

export const contentMessageSchema = z.discriminatedUnion('type', [
  // What the content script sends on every page: the page itself, read in the extension's own document.
  z.object({ type: z.literal('observe-page'), snapshot: pageSnapshotSchema }),
  // An observation already read: what the page reader makes of a snapshot takes this path too; the
  // background's tests and the fuzzing send it directly.
  z.object({ type: z.literal('observe'), observation: pageObservationSchema }),
  z.object({ type: z.literal('view'), url: z.string().max(4000) }),
  z.object({ type: z.literal('sidebar-action'), action: sidebarActionSchema, url: z.string().max(4000) }),
  // "Pagina melden" pressed: the report's code is not part of the content script, the background adds it to this frame.
  z.object({ type: z.literal('load-page-report') }),
  // The person reaches for the panel: the interactive sidebar is not part of the content script, the background adds it to this frame.
  z.object({ type: z.literal('load-sidebar-ui') }),
]);

export type SidebarAction = z.infer<typeof sidebarActionSchema>;

/**
 * The sidebar of a view, drawn in the background (components/sidebar-html.tsx): open, and as the tab
 * it is when collapsed. The shop's page shows it as it is until the person reaches for the panel.
 */
export interface SidebarHtml {
  open: string;
  collapsed: string;
}
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/**
 * Messages only the extension's own pages (popup, options) may send: they read the overview and
 * change settings or data. The background refuses them from shop tabs.
 */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('overview') }),
  z.object({ type: z.literal('snooze'), hours: z.number().int().min(1).max(SNOOZE_HOURS_MAX) }),
  dismissNotice,
  chooseDeadline,
  // From the popup: an institution that does not take part this year, or that the person removes.
  z.object({
    type: z.literal('institution-action'),
    action: z.discriminatedUnion('type', [
      z.object({ type: z.literal('set-taking-part'), key: shortText, takingPart: z.boolean() }),
      z.object({ type: z.literal('forget-institution'), key: shortText }),
    ]),
  }),
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('put-settings'), settings: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('export') }),
  z.object({ type: z.literal('import'), file: z.unknown() }),
  // Checks a file and says what importing it would replace, changing nothing.
  z.object({ type: z.literal('import-preview'), file: z.unknown() }),
  z.object({ type: z.literal('reset') }),
  z.object({ type: z.literal('diagnostics') }),
  z.object({ type: z.literal('summary') }),
  // From the diagnostics: a record set aside as damaged, put back or saved as a file.
  z.object({ type: z.literal('quarantine-restore'), id: z.string().max(1000) }),
  z.object({ type: z.literal('quarantine-export'), id: z.string().max(1000) }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;
export type PageMessageType = PageMessage['type'];

// ---- What the extension's pages get back ----

export interface PopupInstitution extends InstitutionSummary {
  nextAction: LocalText;
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
  accountAction: { text: LocalText; url: string };
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
  backend: Store['backend'];
  problems: StoreProblem[];
  /** Records set aside because they were damaged: where, why and when (not their content). */
  quarantined: Array<{ id: string; table: string; key: string; reason: string; reasonEn?: string; at: number }>;
  /** The deadline a shop page stated for the current licence year, if any. */
  pageDeadline: { licenceYear: number; date: string; seenAt: number } | null;
  /** Newest licence year first. */
  years: Array<{ licenceYear: number; pages: PageVisitInfo[] }>;
}

export type { DeadlineInfo, PrintInstitution, PrintStep, PrintSummary } from './core/print-summary';

/** One licence year in an import preview: the institutions it holds, by name. */
export interface PreviewYear {
  licenceYear: number;
  institutions: string[];
}

export interface ImportPreview {
  /** When the file was made (ISO 8601, as written in the file). */
  exportedAt: string;
  /** What Vinkje holds now, all of which the import replaces; newest licence year first. */
  replaces: PreviewYear[];
  /** What the file brings instead. */
  brings: PreviewYear[];
}

export type ImportPreviewResult = { ok: true; preview: ImportPreview } | { ok: false; errors: LocalText[] };

/** For each message an extension page may send, what its answer carries. */
export interface PageAnswers {
  overview: Overview;
  snooze: { snoozedUntil: number };
  'dismiss-notice': Overview;
  'institution-action': Overview;
  'choose-deadline': Overview;
  'get-settings': SettingsAnswer;
  'put-settings': SettingsAnswer;
  export: ExportFile;
  import: ImportResult;
  'import-preview': ImportPreviewResult;
  reset: { reset: true };
  diagnostics: Diagnostics;
  summary: PrintSummary;
  'quarantine-restore': RestoreResult;
  /** The record as it was set aside, raw value included, for the person to keep. */
  'quarantine-export': QuarantinedRecord;
}

/**
 * The answer to message type T: its data, or why not. A refusal the person can act on carries its
 * reasons in both languages (`reasons`) and the Dutch ones as `error`; the router's own failures
 * ('failed', 'malformed message') carry only `error`.
 */
export type PageAnswer<T extends PageMessageType = PageMessageType> =
  | { ok: true; data: PageAnswers[T] }
  | { ok: false; error: string; reasons?: LocalText[] };

export { TOGGLE_SIDEBAR_TYPE, type ToggleSidebarMessage } from './toggle-sidebar-message';
