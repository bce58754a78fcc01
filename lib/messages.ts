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
  approvedOrders: z.array(z.string().max(60)).max(50),
  deadlineText: text.nullable(),
  preparedOrders: z
    .array(z.object({ institution: institution.nullable(), lines: z.array(productQuantity).max(LIMITS.lines), canClaim: z.boolean() }))
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
      }),
    )
    .max(LIMITS.orders),
  claiming: institution.nullable(),
  unread: z.array(shortText).max(LIMITS.unread),
});

/** Hiding an informational notice for the licence year; the background ignores ids it does not let hide. */
const dismissNotice = z.object({ type: z.literal('dismiss-notice'), id: shortText });

/** Step choices a person makes in the sidebar. */
export const sidebarActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('confirm-quantities'), key: shortText }),
  z.object({ type: z.literal('no-reference'), key: shortText }),
  z.object({ type: z.literal('override'), key: shortText, step: z.number().int().min(1).max(7), state: z.enum(['todo', 'done', 'skipped']).nullable() }),
  z.object({ type: z.literal('select-institution'), key: shortText.nullable() }),
  z.object({ type: z.literal('set-collapsed'), collapsed: z.boolean() }),
  z.object({ type: z.literal('set-language'), language: z.enum(['nl', 'en']) }),
  z.object({ type: z.literal('snooze'), hours: z.number().int().min(1).max(24 * 7) }),
  dismissNotice,
]);

export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('observe'), observation: pageObservationSchema }),
  z.object({ type: z.literal('view'), url: z.string().max(4000) }),
  z.object({ type: z.literal('sidebar-action'), action: sidebarActionSchema, url: z.string().max(4000) }),
  // "Pagina melden" pressed: the report's code is not part of the content script, the background adds it to this frame.
  z.object({ type: z.literal('load-page-report') }),
]);

export type SidebarAction = z.infer<typeof sidebarActionSchema>;
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/**
 * Messages only the extension's own pages (popup, options) may send: they read the overview and
 * change settings or data. The background refuses them from shop tabs.
 */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('overview') }),
  z.object({ type: z.literal('snooze'), hours: z.number().int().min(1).max(24 * 7) }),
  dismissNotice,
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
  z.object({ type: z.literal('reset') }),
  z.object({ type: z.literal('diagnostics') }),
  z.object({ type: z.literal('summary') }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;
export type PageAnswer = { ok: true; data: unknown } | { ok: false; error: string };

export { TOGGLE_SIDEBAR_TYPE, type ToggleSidebarMessage } from './toggle-sidebar-message';
