/**
 * What the sidebar and popup show, derived by the background from stored progress. Plain data: the
 * views render it and send user choices back; they never compute progress themselves.
 */
import type { OrderStatus, PageKind, ProductQuantity } from './observation';
import type { StepId } from './progress';
import type { StepView } from './steps';
import type { Text as Bilingual } from './next-action';

export type Language = 'nl' | 'en';
export type { StepId, StepState } from './progress';
export type { StepView } from './steps';
export type { Text as Bilingual } from './next-action';

export interface InstitutionSummary {
  key: string;
  name: string;
  customerNumber: string | null;
  /** Steps 1–7 done or skipped. */
  stepsDone: number;
  currentStep: StepId;
  complete: boolean;
  orderNumber: string | null;
  orderStatus: OrderStatus | null;
}

export type NoticeLevel = 'info' | 'warning' | 'critical';
export interface Notice {
  id: string;
  level: NoticeLevel;
  text: Bilingual;
}

/** The cart as the local check needs it: lines with last year's (prepared) quantity, and future licences. */
export interface CartForCheck {
  licenceYear: number;
  lines: Array<ProductQuantity & { prepared: number | null }>;
  /** null: the future licences ("toekomstige licenties") have not been seen yet. */
  futureLicenses: ProductQuantity[] | null;
}

export interface SidebarView {
  language: Language;
  collapsed: boolean;
  page: PageKind;
  /** What the reader could not find on this page. */
  unread: string[];
  licenceYear: number;
  deadline: { at: number; daysLeft: number; confirmed: boolean };
  institutions: InstitutionSummary[];
  /** The institution this page is about (or the one the person chose). */
  institution: InstitutionSummary | null;
  steps: StepView[];
  nextAction: Bilingual | null;
  notices: Notice[];
  cart: CartForCheck | null;
}
