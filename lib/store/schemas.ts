/**
 * The shape of every stored record, checked on every read and before every write. Error messages set
 * here reach the user (import errors, diagnostics), so they come from SCHEMA_MESSAGES, which has them in
 * Dutch and English.
 */
import { z } from 'zod';
import { ISO_DAY_FORMAT, parseIsoDay } from '../core/amsterdam-time';
import { LIMITS } from '../core/bounded-observation';
import { SCHEMA_MESSAGES } from './issue-text';
import { ORDER_STATUSES, PAGE_KINDS } from '../core/observation';
import { STEP_IDS, STEP_STATES, type YearProgress } from '../core/progress';
import { LEAD_DAYS_COUNT_MAX, LEAD_DAYS_MAX, MORNING_HOUR_MAX } from '../core/reminder-limits';

/** How many notification keys are kept: enough for every warning of a whole campaign. */
export const NOTIFIED_LIMIT = 500;

const YEAR_KEY = /^\d{4}$/;

const isRealDay = (text: string): boolean => parseIsoDay(text) !== null;

/** "YYYY-MM-DD" and a day that exists (no 2025-02-30). */
export const isoDaySchema = z
  .string()
  .regex(ISO_DAY_FORMAT, { error: SCHEMA_MESSAGES.isoDay.nl })
  .refine(isRealDay, { error: SCHEMA_MESSAGES.realDay.nl });

/** A licence year used as an object key ("2026"). */
export const yearKeySchema = z.string().regex(YEAR_KEY, { error: SCHEMA_MESSAGES.yearKey.nl });

const licenceYearSchema = z.number().int().min(1000).max(9999);
/**
 * A moment as Date.now() gives it: within the range a Date can hold (±8.64e15 ms, about 275,000 years
 * either way), so every stored or imported time can be shown as a date (a larger number made an
 * import check throw where it should say what is wrong).
 */
const MAX_TIME_MS = 8.64e15;
const timeSchema = z.number().min(-MAX_TIME_MS).max(MAX_TIME_MS);

// ---- YearProgress (mirrors lib/core/progress.ts; the check at the bottom keeps them in step) ----

const institutionSchema = z.object({ name: z.string(), customerNumber: z.string().nullable() });
const productQuantitySchema = z.object({
  product: z.string(),
  quantity: z.number().nullable(),
  quantityText: z.string(),
});
const cartLineSchema = productQuantitySchema.extend({ actions: z.array(z.string()) });
const pageKindSchema = z.enum(PAGE_KINDS);
const stepIdSchema = z.literal(STEP_IDS);

const evidenceSchema = z.object({
  at: timeSchema,
  page: pageKindSchema,
  what: z.string(),
  url: z.string().optional(),
});

const institutionProgressSchema = z.object({
  licenceYear: licenceYearSchema,
  key: z.string(),
  institution: institutionSchema,
  evidence: z.partialRecord(stepIdSchema, evidenceSchema),
  overrides: z.partialRecord(stepIdSchema, z.object({ state: z.enum(STEP_STATES), at: timeSchema })),
  referenceDeclinedAt: timeSchema.nullable(),
  orderNumber: z.string().nullable(),
  orderStatus: z.enum(ORDER_STATUSES).nullable(),
  orderStatusAt: timeSchema.nullable(),
  placedAt: timeSchema.nullable(),
  preparedLines: z.array(productQuantitySchema).nullable(),
  cartLines: z.array(cartLineSchema).nullable(),
  cartSeenAt: timeSchema.nullable(),
  reference: z.string().nullable(),
  futureLicenses: z.array(productQuantitySchema).nullable(),
  claimedAt: timeSchema.nullable(),
  notTakingPartAt: timeSchema.optional(),
  possibleOrders: z
    .array(
      z.object({
        orderNumber: z.string().max(LIMITS.orderField),
        date: z.string().max(LIMITS.orderField).nullable(),
        status: z.enum(ORDER_STATUSES).nullable(),
        page: pageKindSchema,
        seenAt: timeSchema,
      }),
    )
    .max(5)
    .optional(),
});

export const yearProgressSchema = z.object({
  licenceYear: licenceYearSchema,
  account: z.object({
    primaryContact: z.boolean().nullable(),
    login: evidenceSchema.nullable(),
    refusal: z.string().nullable(),
  }),
  institutions: z.record(z.string(), institutionProgressSchema),
  activeCartKey: z.string().nullable(),
  activeCartSource: z.enum(['only-institution', 'chosen']).optional(),
  claimIntent: z.object({ key: z.string(), at: timeSchema }).optional(),
  otherCartAt: timeSchema.optional(),
  // As long as a page may send one (lib/messages.ts), so every order number accepted can be kept.
  otherOrderNumbers: z.array(z.string().max(LIMITS.orderField)).max(20).optional(),
  lastPages: z.partialRecord(
    pageKindSchema,
    z.object({ at: timeSchema, url: z.string(), unread: z.array(z.string()) }),
  ),
  unattributed: z
    .array(
      z.object({
        kind: pageKindSchema,
        url: z.string(),
        seenAt: timeSchema,
        cartLines: z.array(cartLineSchema),
        reference: z.string().nullable(),
        orderNumber: z.string().nullable(),
        futureLicenses: z.array(productQuantitySchema),
      }),
    )
    .optional(),
  contractNoticeDismissedAt: timeSchema.optional(),
  deadlineChoice: z.object({ pageDate: isoDaySchema, userDate: isoDaySchema, keep: z.enum(['page', 'user']), at: timeSchema }).optional(),
});

// ---- Settings ----

export const settingsSchema = z.object({
  language: z.enum(['nl', 'en']),
  sidebarCollapsed: z.boolean(),
  /** Per licence year, the key of the institution the user picked. */
  selectedInstitution: z.record(yearKeySchema, z.string().min(1)),
  reminders: z.object({
    enabled: z.boolean(),
    /** Days before the deadline to remind on. */
    leadDays: z.array(z.number().int().min(0).max(LEAD_DAYS_MAX)).max(LEAD_DAYS_COUNT_MAX),
    /** Amsterdam hour of the reminder mornings. */
    morningHour: z.number().int().min(0).max(MORNING_HOUR_MAX),
  }),
  /** Dates the user entered for a licence year; they win over estimates. */
  campaignOverrides: z.record(yearKeySchema, z.object({ deadline: isoDaySchema, opens: isoDaySchema.optional() })),
  /** Epoch milliseconds until which reminders are quiet, or null. */
  snoozedUntil: timeSchema.nullable(),
});

// ---- Smaller records ----

/** The deadline a shop page stated for a licence year. */
export const pageDeadlineSchema = z.object({ date: isoDaySchema, seenAt: timeSchema });

/** Keys of notifications already shown, oldest first. */
export const notifiedSchema = z.array(z.string().min(1)).max(NOTIFIED_LIMIT);

/** Epoch milliseconds up to which the reminder moments were handled. */
export const remindedUpToSchema = z.number().finite();

/** A stored record that failed its schema, kept as it was so nothing is silently lost. */
export const quarantineEntrySchema = z.object({
  table: z.string(),
  key: z.string(),
  raw: z.unknown(),
  reason: z.string(),
  /** The reason in English; absent in records set aside before Vinkje kept it. */
  reasonEn: z.string().optional(),
  at: timeSchema,
});

export type PageDeadline = z.infer<typeof pageDeadlineSchema>;
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;

// ---- Compile-time check: the YearProgress schema and interface cannot drift apart ----

/** Identical types, optional fields included (mutual assignability would let an optional field slip). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const yearProgressMatches: Same<z.output<typeof yearProgressSchema>, YearProgress> = true;
const yearProgressInputMatches: Same<z.input<typeof yearProgressSchema>, YearProgress> = true;
void yearProgressMatches;
void yearProgressInputMatches;
