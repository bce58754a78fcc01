/**
 * The printable summary per institution: the steps with when and how they were done, the order and
 * the final cart, for the school's own records. Pure: the year's progress and campaign in, the
 * summary out.
 */
import { normaliseProductName } from './catalogue';
import { daysLeft, type Campaign, type CampaignSource } from './campaign';
import type { OrderStatus } from './observation';
import type { StepId, StepState, YearProgress } from './progress';
import { deadlineView, summarise } from './sidebar-view';
import type { DeadlineView } from './view';
import { stepStates } from './steps';

/** The deadline as the popup and the summary show it. */
export interface DeadlineInfo {
  at: number;
  daysLeft: number;
  confirmed: boolean;
  source: CampaignSource;
  /** The shop's page and the person name different dates (see campaign.ts). */
  conflict: DeadlineView['conflict'];
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

export function deadlineInfo(now: number, campaign: Campaign): DeadlineInfo {
  return { at: campaign.deadlineAt, daysLeft: daysLeft(now, campaign), confirmed: campaign.confirmed, source: campaign.source, conflict: deadlineView(now, campaign).conflict };
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');

/** Per institution, everything worth keeping on paper: steps with dates, the order, the final cart. */
export function buildPrintSummary(now: number, campaign: Campaign, progress: YearProgress): PrintSummary {
  const institutions = Object.values(progress.institutions).map((inst): PrintInstitution => {
    const summary = summarise(inst, progress);
    const prepared = new Map((inst.preparedLines ?? []).map((l) => [normaliseProductName(l.product), l.quantity]));
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
        prepared: prepared.get(normaliseProductName(l.product)) ?? null,
      })),
    };
  });
  return { licenceYear: progress.licenceYear, generatedAt: now, deadline: deadlineInfo(now, campaign), institutions: institutions.sort(byName) };
}
